// Responses without a body (HEAD, 204, 304) and what write/end return or call there;
// strictContentLength mismatches (ERR_HTTP_CONTENT_LENGTH_MISMATCH) and res 'finish'/'close'.
const http = require('http');
const net = require('net');

function tryIt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : typeof r === 'object' ? r.constructor.name : r);
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

let log = [];
function track(res) {
  res.on('finish', () => log.push('finish'));
  res.on('close', () => log.push('close'));
  res.on('error', (e) => log.push(`error ${e.code}`));
}

const server = http.createServer((req, res) => {
  track(res);
  const path = req.url;
  if (path === '/head') {
    res.setHeader('Content-Type', 'text/plain');
    log.push(`write ${res.write('ignored body')}`);
    res.end('more', () => log.push('end cb'));
  } else if (path === '/head-length') {
    res.setHeader('Content-Length', '42');
    res.end();
  } else if (path === '/204') {
    res.statusCode = 204;
    res.setHeader('Content-Type', 'text/plain');
    log.push(`write ${res.write('dropped')}`);
    res.end(() => log.push('end cb'));
  } else if (path === '/304') {
    res.writeHead(304, { ETag: '"x"' });
    res.end('dropped');
  } else if (path === '/204-keep') {
    res.writeHead(204);
    res.end();
  } else if (path === '/strict-over') {
    res.strictContentLength = true;
    res.setHeader('Content-Length', 3);
    // The first write builds the head: only later writes are checked.
    tryIt('write first', () => res.write('abcd'));
    tryIt('write more', () => res.write('d'));
    tryIt('end', () => res.end());
    res.destroy();
  } else if (path === '/strict-head-first') {
    res.strictContentLength = true;
    res.writeHead(200, { 'Content-Length': 3 });
    tryIt('write over', () => res.write('abcd'));
    tryIt('write exact', () => res.write('abc'));
    tryIt('write more', () => res.write('d'));
    res.end();
  } else if (path === '/strict-under') {
    res.strictContentLength = true;
    res.setHeader('Content-Length', 5);
    res.write('ab');
    tryIt('end short', () => res.end());
    tryIt('end chunk short', () => res.end('c'));
    res.end('cde');
  } else if (path === '/strict-utf8') {
    res.strictContentLength = true;
    res.writeHead(200, { 'Content-Length': 4 });
    tryIt('end utf8', () => res.end('\u00e9\u00e9'));
  } else if (path === '/loose') {
    res.setHeader('Content-Length', 2);
    res.end('abcdef');
  } else if (path === '/end-cb') {
    res.end('x', () => log.push(`end cb finished=${res.writableFinished}`));
    log.push(`after end ended=${res.writableEnded} finished=${res.writableFinished}`);
    res.end(() => log.push('second end cb'));
    res.end('late', (err) => log.push(`late cb ${err && err.code}`));
  }
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const cases = [
    'HEAD /head HTTP/1.1',
    'HEAD /head-length HTTP/1.1',
    'GET /204 HTTP/1.1',
    'GET /304 HTTP/1.1',
    'GET /strict-over HTTP/1.1',
    'GET /strict-head-first HTTP/1.1',
    'GET /strict-under HTTP/1.1',
    'GET /strict-utf8 HTTP/1.1',
    'GET /loose HTTP/1.1',
    'GET /end-cb HTTP/1.1',
  ];
  for (const line of cases) {
    log = [];
    const out = await raw(port, `${line}\r\nHost: x\r\nConnection: close\r\n\r\n`);
    await new Promise((r) => setTimeout(r, 20));
    console.log(line, JSON.stringify(out));
    console.log('  events:', log.join(', '));
  }
  // A keep-alive 204 keeps the connection: a second request follows on it.
  const two = await raw(port, 'GET /204-keep HTTP/1.1\r\nHost: x\r\n\r\nGET /204-keep HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  console.log('pipelined 204s', JSON.stringify(two));
  server.close(() => console.log('closed'));
});
