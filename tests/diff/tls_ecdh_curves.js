// The ecdhCurve option on servers and clients, and getEphemeralKeyInfo: the group a handshake
// agreed on as a client sees it (a server gets null), before and after the handshake; lists
// OpenSSL refuses.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));

function exchange(label, serverOptions, clientOptions) {
  return new Promise((resolve) => {
    const lines = [];
    const server = tls.createServer({ key, cert, ...serverOptions }, (socket) => {
      lines.push(`server sees ${JSON.stringify(socket.getEphemeralKeyInfo())}`);
      socket.end('ok');
    });
    server.listen(0, '127.0.0.1', () => {
      const socket = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert, servername: 'localhost', ...clientOptions });
      lines.push(`before ${JSON.stringify(socket.getEphemeralKeyInfo())}`);
      socket.on('secureConnect', () => {
        lines.push(`client ${socket.getProtocol()} ${JSON.stringify(socket.getEphemeralKeyInfo())}`);
      });
      socket.on('error', (err) => lines.push(`error ${err.code}`));
      socket.resume();
      socket.on('close', () => {
        lines.push(`after close ${JSON.stringify(socket.getEphemeralKeyInfo())}`);
        server.close(() => {
          console.log(label);
          for (const line of lines.sort()) console.log(`  ${line}`);
          resolve();
        });
      });
    });
  });
}

(async () => {
  await exchange('defaults', {}, {});
  await exchange('server P-384', { ecdhCurve: 'P-384' }, {});
  await exchange('server prime256v1', { ecdhCurve: 'prime256v1' }, {});
  await exchange('client P-256', {}, { ecdhCurve: 'P-256' });
  await exchange('client secp384r1:X25519', {}, { ecdhCurve: 'secp384r1:X25519' });
  await exchange('server auto, TLS 1.2', { ecdhCurve: 'auto', maxVersion: 'TLSv1.2' }, {});
  await exchange('client P-256, TLS 1.2', { maxVersion: 'TLSv1.2' }, { ecdhCurve: 'P-256' });
  await exchange('lower-case x25519', { ecdhCurve: 'x25519' }, {});
  for (const list of ['nope', '', 'X25519::P-256', 'p-256', 'auto:P-256', 5]) {
    try {
      tls.createSecureContext({ ecdhCurve: list });
      console.log(JSON.stringify(list), 'accepted');
    } catch (err) {
      console.log(JSON.stringify(list), err.name, err.code, err.message);
    }
  }
  console.log('default', tls.DEFAULT_ECDH_CURVE);
})();
