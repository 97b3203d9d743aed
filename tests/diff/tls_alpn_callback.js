// tls: a server's ALPNCallback picks the protocol from the client's offers (with the name it
// asked for); no choice fails the handshake, a choice not offered is the server's error;
// clients without ALPN never reach it. It and ALPNProtocols exclude each other.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));
try { tls.createServer({ key, cert, ALPNCallback: () => 'x', ALPNProtocols: ['a'] }); } catch (e) { console.log(e.code, e.message); }
const server = tls.createServer({ key, cert, ALPNCallback: ({ servername, protocols }) => {
  console.log('callback', servername, protocols);
  if (protocols.includes('none')) return undefined;
  if (protocols.includes('bad')) return 'zzz';
  if (protocols.includes('throw')) throw new Error('callback failed');
  return protocols[protocols.length - 1];
} }, (s) => { console.log('server alpn', s.alpnProtocol); s.end(); });
server.on('tlsClientError', (e) => console.log('tlsClientError', e.code, String(e.code).startsWith('ERR_SSL') ? '' : e.message));
server.listen(0, '127.0.0.1', async () => {
  for (const protos of [['h2', 'http/1.1'], ['none'], ['bad', 'x'], ['throw'], ['one'], undefined]) {
    await new Promise((resolve) => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false, ALPNProtocols: protos, servername: 'localhost' }, () => console.log('client alpn', c.alpnProtocol));
      c.on('error', (e) => console.log('client error', e.code));
      c.on('close', resolve);
      c.resume();
    });
  }
  server.close();
});
