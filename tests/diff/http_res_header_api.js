// ServerResponse header API: setHeader/appendHeader/getHeader(s)/hasHeader/removeHeader with
// mixed types and casing, their argument errors, and the head those headers put on the wire.
const http = require('http');
const net = require('net');

function tryIt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : typeof r === 'object' && r !== null ? r.constructor.name : JSON.stringify(r));
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
    socket.on('close', () => resolve(data.replace(/Date: [^\r]*\r\n/g, 'Date: X\r\n')));
  });
}

const server = http.createServer((req, res) => {
  if (req.url === '/api') {
    console.log('defaults', res.statusCode, res.statusMessage, res.headersSent, res.sendDate, res.finished, res.writableEnded);
    console.log('empty', JSON.stringify(res.getHeaders()), Object.getPrototypeOf(res.getHeaders()), res.getHeaderNames(), res.getHeader('nope'));
    tryIt('set returns', () => res.setHeader('X-Num', 7) === res);
    tryIt('set array', () => res.setHeader('X-Arr', ['a', 'b']));
    tryIt('set mixed case', () => res.setHeader('x-CaSe', 'v1'));
    tryIt('set again', () => res.setHeader('X-Case', 'v2'));
    console.log('raw names', res.getRawHeaderNames());
    tryIt('append to array', () => res.appendHeader('x-arr', 'c') === res);
    tryIt('append array', () => res.appendHeader('X-New', ['n1', 'n2']));
    tryIt('append to number', () => res.appendHeader('X-Num', 8));
    console.log('getHeaders', JSON.stringify(res.getHeaders()));
    console.log('typeof num', typeof res.getHeader('x-num'), JSON.stringify(res.getHeader('X-NUM')));
    tryIt('getHeader number', () => res.getHeader(5));
    tryIt('hasHeader undefined', () => res.hasHeader());
    tryIt('removeHeader object', () => res.removeHeader({}));
    tryIt('set bad name', () => res.setHeader('x y', '1'));
    tryIt('set empty name', () => res.setHeader('', '1'));
    tryIt('set number name', () => res.setHeader(5, '1'));
    tryIt('set undefined value', () => res.setHeader('X-U', undefined));
    tryIt('set null value', () => res.setHeader('X-U', null));
    tryIt('set CRLF value', () => res.setHeader('X-U', 'a\r\nb'));
    tryIt('set CR in array', () => res.setHeader('X-U', ['ok', 'a\rb']));
    tryIt('append bad name', () => res.appendHeader('bad:name', 'x'));
    tryIt('append undefined', () => res.appendHeader('X-U', undefined));
    tryIt('remove missing', () => res.removeHeader('not-there'));
    tryIt('has after bad', () => res.hasHeader('x-u'));
    tryIt('set latin1 value', () => res.setHeader('X-Latin', 'caf\u00e9'));
    tryIt('set tab value', () => res.setHeader('X-Tab', 'a\tb'));
    res.removeHeader('X-CASE');
    console.log('names', res.getHeaderNames().join(','));
    res.end('api');
    tryIt('set after end', () => res.setHeader('X-Late', '1'));
    tryIt('append after end', () => res.appendHeader('X-Late', '1'));
    tryIt('get after end', () => res.getHeader('x-num'));
    console.log('after end', res.headersSent, res.finished, res.writableEnded);
  } else if (req.url === '/setheaders') {
    tryIt('setHeaders object', () => res.setHeaders({ a: 1 }));
    tryIt('setHeaders array', () => res.setHeaders([['a', '1']]));
    const h = new Headers({ 'x-from-headers': 'one' });
    h.append('set-cookie', 'c1=1');
    h.append('set-cookie', 'c2=2');
    res.setHeaders(h);
    res.setHeaders(new Map([['X-From-Map', ['m1', 'm2']], ['content-type', 'text/x']]));
    console.log('setHeaders', JSON.stringify(res.getHeaders()));
    res.end();
  } else if (req.url === '/date') {
    res.sendDate = false;
    res.setHeader('Connection', 'close');
    res.end('nodate');
  } else {
    res.removeHeader('date');
    res.setHeader('Date', 'custom');
    res.end('customdate');
  }
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const path of ['/api', '/setheaders', '/date', '/own-date']) {
    const out = await raw(port, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    console.log(path, JSON.stringify(out));
  }
  server.close(() => console.log('closed'));
});
