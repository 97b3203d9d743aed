// Upgrade and CONNECT: the server and the client both hand the socket over with the bytes
// that followed the head; 100-continue goes through checkContinue.
const http = require('http');
const server = http.createServer((req, res) => res.end('plain'));
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.headers.upgrade, JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhello-from-server');
  socket.on('end', () => socket.end());
  socket.on('data', (d) => {
    console.log('server got', d.toString());
    socket.end();
  });
});
server.on('connect', (req, socket, head) => {
  console.log('server connect', req.url, JSON.stringify(head.toString()));
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
});
server.on('checkContinue', (req, res) => {
  console.log('checkContinue', req.headers.expect);
  res.writeContinue();
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => res.end(`got ${body}`));
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('upgrade', (res, socket, head) => {
      console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(head.toString()));
      socket.end('bye');
      socket.on('close', resolve);
    });
    req.end();
  });
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'CONNECT', path: 'example.com:443' });
    req.on('connect', (res, socket, head) => {
      console.log('client connect', res.statusCode, res.statusMessage, JSON.stringify(head.toString()));
      socket.on('data', (d) => console.log('tunnel data', d.toString()));
      socket.on('close', resolve);
    });
    req.end();
  });
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', headers: { Expect: '100-continue' } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => console.log('continue answer', d));
      res.on('end', resolve);
    });
    req.on('continue', () => {
      console.log('client continue');
      req.end('the body');
    });
  });
  await new Promise((resolve) => {
    // Without an upgrade listener on the client, the socket is destroyed.
    const req = http.get({ port, host: '127.0.0.1', path: '/plain', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('close', () => {
      console.log('no listener: closed');
      resolve();
    });
    req.on('error', (e) => console.log('error', e.code));
  });
  server.close();
});
