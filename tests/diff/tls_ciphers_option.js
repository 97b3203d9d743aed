// The tls `ciphers` option: OpenSSL cipher lists (names, keywords, ! and - exclusions, TLS 1.3
// names) on servers and clients, the suite each handshake agrees on, Node's errors for a list
// that names nothing, and the handshake errors when the two sides share no suite.
const tls = require('tls');
const fs = require('fs');
const { X509Certificate } = require('crypto');

const dir = process.env.PACK_TEST_CERTS;
const key = fs.readFileSync(`${dir}/key.pem`);
const cert = fs.readFileSync(`${dir}/cert.pem`);
// The suites' names follow the certificate's key.
const auth = new X509Certificate(cert).publicKey.asymmetricKeyType === 'rsa' ? 'RSA' : 'ECDSA';

for (const ciphers of ['NOPE', `ECDHE-${auth}-AES256-GCM-SHA384`, 'HIGH:!aNULL:!MD5', 'TLS_AES_128_GCM_SHA256', '', '!HIGH', 'DEFAULT:@SECLEVEL=2', 5]) {
  try {
    tls.createSecureContext({ ciphers });
    console.log(JSON.stringify(ciphers), 'ok');
  } catch (err) {
    console.log(JSON.stringify(ciphers), err.name, err.code, err.message);
  }
}
try {
  tls.connect({ port: 1, ciphers: 'NOPE' });
} catch (err) {
  console.log('connect', err.code);
}

function run(label, serverOptions, clientOptions) {
  return new Promise((resolve) => {
    const lines = [];
    const server = tls.createServer({ key, cert, ...serverOptions }, (socket) => socket.end('x'));
    server.on('tlsClientError', (err) => lines.push(`server error ${err.code}`));
    server.listen(0, '127.0.0.1', () => {
      const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert, servername: 'localhost', ...clientOptions }, () => {
        const { name, version } = client.getCipher();
        lines.push(`cipher ${name} ${version}`);
      });
      client.on('error', (err) => lines.push(`client error ${err.code}`));
      client.on('close', () => {
        server.close(() => {
          console.log(label, lines.sort().join('; '));
          resolve();
        });
      });
      client.resume();
    });
  });
}

(async () => {
  const v12 = { maxVersion: 'TLSv1.2' };
  await run('server picks', { ...v12, ciphers: `ECDHE-${auth}-AES256-GCM-SHA384` }, {});
  await run('client picks', v12, { ciphers: `ECDHE-${auth}-CHACHA20-POLY1305` });
  await run('keywords', v12, { ciphers: `ECDHE+AESGCM:!AES128` });
  await run('exclusion', { ...v12, ciphers: 'HIGH:-AESGCM' }, {});
  await run('nothing shared', { ...v12, ciphers: `ECDHE-${auth}-AES128-GCM-SHA256` }, { ciphers: `ECDHE-${auth}-AES256-GCM-SHA384` });
  await run('tls 1.3 client', {}, { ciphers: 'TLS_CHACHA20_POLY1305_SHA256' });
  await run('tls 1.3 server', { ciphers: 'TLS_AES_128_GCM_SHA256' }, {});
  await run('default', {}, {});
})();
