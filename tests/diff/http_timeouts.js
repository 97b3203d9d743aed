// Timeouts: a slow head gets 408 (headersTimeout), an idle keep-alive connection is closed
// after keepAliveTimeout, server.setTimeout and request.setTimeout fire 'timeout'.
const http = require('http');
const net = require('net');

const server = http.createServer({ headersTimeout: 200, requestTimeout: 400, connectionsCheckingInterval: 50, keepAliveTimeout: 100 }, (req, res) => {
  if (req.url === '/slow') {
    setTimeout(() => res.end('late'), 600);
    return;
  }
  res.end('fast');
});
server.setTimeout(300, (socket) => {
  console.log('server timeout event');
  socket.destroy();
});
console.log('defaults', http.createServer().headersTimeout, http.createServer().requestTimeout, http.createServer().keepAliveTimeout, http.createServer().timeout);

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  // Half a head, then silence.
  await new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n'));
    let data = '';
    socket.on('data', (c) => (data += c));
    socket.on('close', () => {
      console.log('slow head answer', JSON.stringify(data));
      resolve();
    });
  });
  // Keep-alive: after one answer the connection closes by itself.
  await new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    let data = '';
    const started = Date.now();
    socket.on('data', (c) => (data += c));
    socket.on('close', () => {
      console.log('keep-alive closed', data.endsWith('fast'), Date.now() - started >= 100);
      resolve();
    });
  });
  // The client gives up first.
  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: '/slow', agent: false, timeout: 100 });
    req.on('timeout', () => {
      console.log('client timeout event');
      req.destroy(new Error('gave up'));
    });
    req.on('error', (e) => console.log('client error', e.message));
    req.on('close', resolve);
  });
  server.close(() => console.log('closed'));
});
