// TLS servers: SNI through SNICallback and addContext, ALPN the client cannot agree on,
// plaintext sent to a TLS port, a handshake that never comes, and a client over a socket it
// connected itself.
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));

const names = [];
const server = tls.createServer({
  SNICallback(servername, cb) {
    names.push(servername);
    cb(null, tls.createSecureContext({ key, cert }));
  },
  ALPNProtocols: ['x-only'],
  handshakeTimeout: 200,
}, (socket) => {
  socket.end(`hello ${socket.servername} ${socket.alpnProtocol}`);
});
server.on('tlsClientError', (err) => console.log('tlsClientError', err.code));

function connect(label, options) {
  return new Promise((resolve) => {
    const socket = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert, ...options });
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => (data += d));
    socket.on('error', (err) => console.log(label, 'error', err.code));
    socket.on('close', () => {
      console.log(label, 'closed', JSON.stringify(data));
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await connect('sni', { servername: 'localhost' });
  await connect('alpn agreed', { servername: 'localhost', ALPNProtocols: ['x-only'] });
  await new Promise((resolve) => {
    const plain = net.connect(port, '127.0.0.1', () => plain.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    plain.on('data', () => {});
    plain.on('error', () => {});
    plain.on('close', () => {
      console.log('plaintext closed');
      resolve();
    });
  });
  await new Promise((resolve) => {
    // A client that never starts the handshake: the server gives up on it after its timeout.
    const silent = net.connect(port, '127.0.0.1');
    silent.on('error', () => {});
    server.once('tlsClientError', () => silent.destroy());
    silent.on('close', () => {
      console.log('silent closed');
      resolve();
    });
  });
  await new Promise((resolve) => {
    const raw = net.connect(port, '127.0.0.1', () => {
      const socket = tls.connect({ socket: raw, ca: cert, servername: 'localhost' }, () => {
        console.log('over own socket', socket.authorized, socket.encrypted);
      });
      socket.setEncoding('utf8');
      socket.on('data', (d) => console.log('over own socket got', d));
      socket.on('close', resolve);
    });
  });
  console.log('names', names.join(','));
  server.close();
});
