// createServer option validation and defaults (timeouts, booleans, maxHeaderSize), then
// closeIdleConnections / closeAllConnections / close with busy and idle keep-alive sockets,
// 'connection' and 'request' events, and close() on a server that is not running.
const http = require('http');
const net = require('net');

function tryIt(label, fn) {
  try {
    const s = fn();
    console.log(label, 'ok', s ? [s.headersTimeout, s.requestTimeout, s.keepAliveTimeout, s.connectionsCheckingInterval, s.maxHeaderSize, s.insecureHTTPParser, s.joinDuplicateHeaders, s.requireHostHeader].join(' ') : '');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

tryIt('defaults', () => http.createServer());
tryIt('requestTimeout only', () => http.createServer({ requestTimeout: 1000 }));
tryIt('requestTimeout 0', () => http.createServer({ requestTimeout: 0 }));
tryIt('headersTimeout > requestTimeout', () => http.createServer({ headersTimeout: 2000, requestTimeout: 1000 }));
tryIt('headersTimeout string', () => http.createServer({ headersTimeout: '5' }));
tryIt('headersTimeout float', () => http.createServer({ headersTimeout: 1.5 }));
tryIt('keepAliveTimeout negative', () => http.createServer({ keepAliveTimeout: -1 }));
tryIt('maxHeaderSize string', () => http.createServer({ maxHeaderSize: '1' }));
tryIt('maxHeaderSize ok', () => http.createServer({ maxHeaderSize: 100 }));
tryIt('insecureHTTPParser string', () => http.createServer({ insecureHTTPParser: 'yes' }));
tryIt('insecureHTTPParser true', () => http.createServer({ insecureHTTPParser: true }));
tryIt('requireHostHeader number', () => http.createServer({ requireHostHeader: 1 }));
tryIt('joinDuplicateHeaders string', () => http.createServer({ joinDuplicateHeaders: 'x' }));
tryIt('rejectNonStandardBodyWrites string', () => http.createServer({ rejectNonStandardBodyWrites: 'x' }));
tryIt('options not object', () => http.createServer(5));
tryIt('connectionsCheckingInterval', () => http.createServer({ connectionsCheckingInterval: 10 }));
const s0 = http.createServer();
console.log('props', s0.timeout, s0.maxHeadersCount, s0.maxRequestsPerSocket, s0.listening, typeof s0.closeAllConnections);

const log = [];
let held = [];
const server = http.createServer((req, res) => {
  log.push(`request ${req.url}`);
  if (req.url === '/hold') held.push(res);
  else res.end(`done ${req.url}`);
});
let connections = 0;
server.on('connection', (socket) => {
  connections++;
  socket.on('close', () => log.push('server socket closed'));
});

function keepAliveGet(port, path) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (c) => {
      data += c;
      if (data.includes(`done ${path}`)) resolve({ socket, data });
    });
    socket.on('close', () => log.push(`client ${path} closed answered=${data.includes('200 OK')}`));
    if (path === '/hold') setTimeout(() => resolve({ socket, data }), 50);
  });
}

server.close((err) => {
  console.log('close before listen', err.code, err.message);
  server.listen(0, '127.0.0.1', async () => {
    const { port } = server.address();
    await keepAliveGet(port, '/idle1');
    await keepAliveGet(port, '/hold');
    await new Promise((r) => setTimeout(r, 20));
    console.log('connections', connections, 'held', held.length);
    server.closeIdleConnections();
    await new Promise((r) => setTimeout(r, 50));
    console.log('after closeIdleConnections:', log.sort().join(' | '));
    log.length = 0;
    held[0].end('late');
    await new Promise((r) => setTimeout(r, 50));
    console.log('after held answer:', log.sort().join(' | '));
    log.length = 0;
    await keepAliveGet(port, '/idle2');
    held = [];
    await keepAliveGet(port, '/hold');
    await new Promise((r) => setTimeout(r, 20));
    server.closeAllConnections();
    await new Promise((r) => setTimeout(r, 50));
    console.log('after closeAllConnections:', log.sort().join(' | '), 'held finished', held[0].writableFinished, held[0].destroyed);
    log.length = 0;
    await keepAliveGet(port, '/idle3');
    server.close(() => {
      console.log('server closed', server.listening);
      setTimeout(() => console.log('after close:', log.sort().join(' | ')), 50);
    });
    console.log('listening right after close()', server.listening);
  });
});
