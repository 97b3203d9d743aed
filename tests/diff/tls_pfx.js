// tls with PKCS#12 (pfx): a server whose key and certificate come from a .pfx file, with the
// passphrase as an option or inside a { buf, passphrase } entry; a client trusting the PEM
// certificate; Node's errors for a wrong or missing passphrase, data that is not PKCS#12,
// a pfx of the wrong type, and one in a legacy scheme (40-bit RC2) that Node no longer reads.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const dir = process.env.PACK_TEST_CERTS;
const pfx = fs.readFileSync(path.join(dir, 'server.pfx'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));

const attempt = (label, options) => {
  try {
    tls.createSecureContext(options);
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
attempt('passphrase option', { pfx, passphrase: 'sekrit' });
attempt('entry passphrase', { pfx: [{ buf: pfx, passphrase: 'sekrit' }] });
attempt('wrong passphrase', { pfx, passphrase: 'nope' });
attempt('no passphrase', { pfx });
attempt('not pkcs12', { pfx: Buffer.from('not a pfx file') });
attempt('number', { pfx: 42 });
attempt('triple DES', { pfx: fs.readFileSync(path.join(dir, 'server-3des.pfx')), passphrase: 'sekrit' });
attempt('RC2', { pfx: fs.readFileSync(path.join(dir, 'server-rc2.pfx')), passphrase: 'sekrit' });
attempt('RC2 wrong passphrase', { pfx: fs.readFileSync(path.join(dir, 'server-rc2.pfx')), passphrase: 'nope' });
// Written only where the openssl command is installed.
if (fs.existsSync(path.join(dir, 'server-key-rc2.pfx'))) {
  attempt('key in RC2', { pfx: fs.readFileSync(path.join(dir, 'server-key-rc2.pfx')), passphrase: 'sekrit' });
}

function serve(options) {
  return new Promise((resolve) => {
    const server = tls.createServer(options, (socket) => socket.end('hello over pfx'));
    server.listen(0, '127.0.0.1', () => {
      const client = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: cert }, () => {
        console.log('client', client.authorized, client.getPeerCertificate().subject.CN);
      });
      let text = '';
      client.setEncoding('utf8');
      client.on('data', (d) => (text += d));
      client.on('close', () => {
        console.log('received', JSON.stringify(text));
        server.close(resolve);
      });
    });
  });
}

(async () => {
  await serve({ pfx, passphrase: 'sekrit' });
  await serve({ pfx: [{ buf: pfx, passphrase: 'sekrit' }] });
})();
