// res.writeHead: status codes (valid, invalid, odd types), reason phrases, headers as an
// object, a flat array and merged with setHeader ones; statusCode/statusMessage properties.
const http = require('http');
const net = require('net');

function tryIt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

function raw(port, text) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (c) => (data += c));
    socket.on('end', () => socket.end());
    socket.on('close', () => resolve(data.replace(/Date: [^\r]*\r\n/g, '')));
  });
}

const handlers = {
  '/invalid'(req, res) {
    for (const code of [99, 1000, -1, 'abc', NaN, Infinity, {}, null]) {
      tryIt(`status ${typeof code} ${String(code)}`, () => res.writeHead(code));
    }
    console.log('headersSent after failures', res.headersSent, res.statusCode);
    res.writeHead('201');
    console.log('string status', res.statusCode, typeof res.statusCode, res.statusMessage);
    res.end();
  },
  '/float'(req, res) {
    res.writeHead(202.9, { 'X-A': '1' });
    res.end('float');
  },
  '/reason'(req, res) {
    tryIt('reason CR', () => res.writeHead(200, 'bad\rreason'));
    console.log('after bad reason', res.headersSent, res.statusMessage);
    res.statusMessage = undefined;
    const ret = res.writeHead(299, 'Custom Reason', { 'X-B': ['1', '2'] });
    console.log('returns res', ret === res, res.statusCode, res.statusMessage);
    res.end();
  },
  '/unknown'(req, res) {
    res.writeHead(599);
    console.log('unknown reason', res.statusMessage);
    res.end();
  },
  '/presetmsg'(req, res) {
    res.statusMessage = 'Preset';
    res.writeHead(404);
    res.end();
  },
  '/props'(req, res) {
    res.statusCode = 410;
    res.statusMessage = 'Long Gone';
    res.end('props');
  },
  '/merge'(req, res) {
    res.setHeader('X-Set', 'from-set');
    res.setHeader('X-Both', 'from-set');
    res.writeHead(200, { 'X-Both': 'from-writeHead', 'x-set': 'lower' });
    console.log('merge getHeaders', JSON.stringify(res.getHeaders()));
    res.end('merge');
  },
  '/flat'(req, res) {
    res.writeHead(200, ['X-F', 'a', 'X-F', 'b', 'Content-Type', 'text/plain']);
    console.log('flat getHeader', res.getHeader('x-f'), res.getHeaderNames());
    res.end('flat');
  },
  '/flat-merge'(req, res) {
    res.setHeader('X-Pre', 'p');
    tryIt('odd array', () => res.writeHead(200, ['X-Odd']));
    res.writeHead(200, ['X-F', 'a', 'X-F', 'b']);
    console.log('flat merge', JSON.stringify(res.getHeaders()));
    res.end('fm');
  },
  '/badheader'(req, res) {
    tryIt('bad name in object', () => res.writeHead(200, { 'bad name': 'x' }));
    console.log('after bad header', res.headersSent);
    tryIt('bad value in array', () => res.writeHead(200, ['X-V', 'a\nb']));
    console.log('after bad value', res.headersSent);
    res.end('recovered');
  },
  '/twice'(req, res) {
    res.writeHead(200);
    tryIt('writeHead twice', () => res.writeHead(201));
    tryIt('writeHeader alias', () => res.writeHeader(202));
    res.end('twice');
  },
};

const server = http.createServer((req, res) => handlers[req.url](req, res));

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const path of Object.keys(handlers)) {
    const out = await raw(port, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    console.log(path, JSON.stringify(out));
  }
  server.close(() => console.log('closed'));
});
