// TLS: a server with a self-signed certificate, clients that trust it (ca), that do not,
// that check another name, and one that does not care; ALPN; what each side sees.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));

const server = tls.createServer({ key, cert, ALPNProtocols: ['h2', 'echo'] }, (socket) => {
  console.log('server secure', socket.encrypted, socket.alpnProtocol, socket.servername, socket.getProtocol());
  socket.setEncoding('utf8');
  socket.on('data', (d) => socket.write(`echo:${d}`));
  socket.on('end', () => socket.end());
});
server.on('tlsClientError', (err) => console.log('server tlsClientError', err.code));

function attempt(label, options) {
  return new Promise((resolve) => {
    const socket = tls.connect({ port: server.address().port, host: '127.0.0.1', ...options }, () => {
      const peer = socket.getPeerCertificate();
      console.log(label, 'secure', socket.authorized, socket.authorizationError, socket.alpnProtocol, socket.getProtocol(), JSON.stringify(socket.getCipher()));
      console.log(label, 'peer', JSON.stringify(peer.subject), peer.subjectaltname, peer.ca, peer.bits, peer.exponent, typeof peer.valid_from, peer.fingerprint256.length, peer.raw.length > 100);
      socket.write('hello');
      socket.setEncoding('utf8');
      socket.once('data', (d) => {
        console.log(label, 'got', d);
        socket.end();
      });
    });
    socket.on('error', (err) => console.log(label, 'error', err.code, err.message));
    socket.on('close', () => {
      console.log(label, 'closed');
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await attempt('trusted', { ca: cert, servername: 'localhost', ALPNProtocols: ['echo'] });
  await attempt('by ip', { ca: [cert] });
  await attempt('untrusted', {});
  await attempt('wrong name', { ca: cert, servername: 'example.com' });
  await attempt('unchecked', { rejectUnauthorized: false, servername: 'example.com' });
  await attempt('custom check', { ca: cert, checkServerIdentity: (host, c) => { console.log('checking', host, c.subject.CN); return undefined; } });
  console.log('identity', tls.checkServerIdentity('a.example.com', { subject: { CN: 'x' }, subjectaltname: 'DNS:*.example.com' }));
  const bad = tls.checkServerIdentity('a.b.example.com', { subject: { CN: 'x' }, subjectaltname: 'DNS:*.example.com, IP Address:10.0.0.1' });
  console.log('identity bad', bad.code, bad.message, bad.reason, bad.host);
  const ip = tls.checkServerIdentity('10.0.0.2', { subject: {}, subjectaltname: 'DNS:x.com, IP Address:10.0.0.1' });
  console.log('identity ip', ip.message);
  server.close(() => console.log('server closed'));
});
