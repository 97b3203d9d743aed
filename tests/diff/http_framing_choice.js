// How a response is framed: Content-Length from end(data), chunked after write(), explicit
// lengths, removed Transfer-Encoding/Content-Length, HTTP/1.0 clients (with and without TE),
// Connection headers set by hand, and pipelined keep-alive answers in order.
const http = require('http');
const net = require('net');

// `until`: the end of the last answer, after which the client hangs up itself.
function raw(port, text, until) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (c) => {
      data += c;
      if (until && data.endsWith(until)) socket.end();
    });
    socket.on('end', () => socket.end());
    socket.on('close', () => resolve(data.replace(/Date: [^\r]*\r\n/g, '')));
  });
}

const handlers = {
  '/end-string': (req, res) => res.end('h\u00e9llo'),
  '/end-buffer': (req, res) => res.end(Buffer.from([1, 2, 3])),
  '/end-hex': (req, res) => res.end('616263', 'hex'),
  '/write-end': (req, res) => {
    res.write('a');
    res.end('b');
  },
  '/write-empty': (req, res) => {
    res.write('');
    res.end();
  },
  '/explicit-length': (req, res) => {
    res.setHeader('Content-Length', 6);
    res.write('abc');
    res.end('def');
  },
  '/no-te': (req, res) => {
    res.removeHeader('Transfer-Encoding');
    res.write('until');
    res.end(' close');
  },
  '/no-cl': (req, res) => {
    res.removeHeader('Content-Length');
    res.end('no length');
  },
  '/te-by-hand': (req, res) => {
    res.setHeader('Transfer-Encoding', 'chunked');
    res.end('by hand');
  },
  '/te-gzip': (req, res) => {
    res.setHeader('Transfer-Encoding', 'gzip');
    res.end('raw');
  },
  '/conn-keep': (req, res) => {
    res.setHeader('Connection', 'keep-alive');
    res.end('kept');
  },
  '/conn-close': (req, res) => {
    res.setHeader('Connection', 'close');
    res.end('closing');
  },
  '/no-conn': (req, res) => {
    res.removeHeader('Connection');
    res.end('no connection header');
  },
  '/flush': (req, res) => {
    res.flushHeaders();
    console.log('flushHeaders headersSent', res.headersSent);
    res.end('after flush');
  },
};
const server = http.createServer((req, res) => handlers[req.url](req, res));

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const path of Object.keys(handlers)) {
    // A response that says keep-alive keeps the connection even though the request said close.
    const out = await raw(port, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, path === '/conn-keep' ? 'kept' : undefined);
    console.log('1.1', path, JSON.stringify(out));
  }
  for (const path of ['/end-string', '/write-end', '/explicit-length', '/conn-keep']) {
    const out = await raw(port, `GET ${path} HTTP/1.0\r\n\r\n`);
    console.log('1.0', path, JSON.stringify(out));
  }
  const te = await raw(port, 'GET /write-end HTTP/1.0\r\nTE: chunked\r\n\r\n');
  console.log('1.0 TE: chunked', JSON.stringify(te));
  const keep10 = await raw(port, 'GET /explicit-length HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /end-string HTTP/1.0\r\n\r\n');
  console.log('1.0 keep-alive pipelined', JSON.stringify(keep10));
  const piped = await raw(port, 'GET /write-end HTTP/1.1\r\nHost: x\r\n\r\nGET /end-buffer HTTP/1.1\r\nHost: x\r\n\r\nGET /conn-close HTTP/1.1\r\nHost: x\r\n\r\nGET /end-string HTTP/1.1\r\nHost: x\r\n\r\n');
  console.log('1.1 pipelined', JSON.stringify(piped));
  server.close(() => console.log('closed'));
});
