// How received headers are joined: every Node rule (dropped duplicates, ', ' lists, '; ' for
// cookies, set-cookie arrays), odd casings and names, joinDuplicateHeaders, headersDistinct,
// maxHeadersCount, on both a request (server side) and a response (client side).
const http = require('http');
const net = require('net');
const util = require('util');

const dupNames = [
  'Age', 'Authorization', 'Content-Type', 'ETag', 'Expires', 'From', 'Host',
  'If-Modified-Since', 'If-Unmodified-Since', 'Last-Modified', 'Location', 'Max-Forwards',
  'Proxy-Authorization', 'Referer', 'Retry-After', 'Server', 'User-Agent',
  'Date', 'Vary', 'Origin', 'Accept', 'Upgrade', 'If-Match', 'Cache-Control', 'If-None-Match',
  'Accept-Encoding', 'Accept-Language', 'X-Forwarded-For', 'Content-Encoding', 'X-Forwarded-Host',
  'X-Forwarded-Proto', 'Cookie', 'Set-Cookie', 'X-Custom', 'Connection',
];
function dupLines(skip) {
  let text = '';
  for (const name of dupNames) {
    if (skip.includes(name)) continue;
    text += `${name}: one\r\n${name.toUpperCase()}: two\r\n`;
  }
  return text;
}
const extra = 'x-lower: 1\r\nX-LOWER: 2\r\nx-empty:\r\nX-Spaced:    padded value   \r\nConstructor: c1\r\nConstructor: c2\r\ntoString: t\r\n';

function show(label, msg) {
  console.log(label, 'headers', util.inspect(msg.headers, { breakLength: Infinity }));
  console.log(label, 'distinct', util.inspect(msg.headersDistinct, { breakLength: Infinity }));
  console.log(label, 'raw count', msg.rawHeaders.length, msg.rawHeaders.slice(0, 4).join('|'));
}

let mode = 'plain';
const handler = (req, res) => {
  show(`server(${mode})`, req);
  req.resume();
  req.on('end', () => res.end());
};
const server = http.createServer(handler);
const joining = http.createServer({ joinDuplicateHeaders: true }, handler);
const limited = http.createServer(handler);
limited.maxHeadersCount = 3;

function raw(port, text) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    socket.resume();
    socket.on('end', () => socket.end());
    socket.on('close', resolve);
  });
}

const listen = (s) => new Promise((r) => s.listen(0, '127.0.0.1', r));

async function main() {
  await listen(server);
  await listen(joining);
  await listen(limited);
  const request = `GET / HTTP/1.1\r\nHost: first\r\n${dupLines(['Connection', 'Upgrade'])}${extra}Connection: close\r\n\r\n`;
  await raw(server.address().port, request);
  mode = 'join';
  await raw(joining.address().port, request);
  // maxHeadersCount limits the joined views, not rawHeaders (a short head: Node's parser hands
  // long ones over in 32-header batches, whose cut shows there).
  mode = 'limited';
  await raw(limited.address().port, 'GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nA: 2\r\nB: 3\r\nConnection: close\r\n\r\n');

  // The same rules on a response a client reads.
  const fake = net.createServer((socket) => {
    socket.once('data', () => {
      socket.end(`HTTP/1.1 200 OK\r\n${dupLines(['Connection', 'Upgrade', 'Host'])}${extra}Content-Length: 2\r\nConnection: close\r\n\r\nok`);
    });
  });
  await listen(fake);
  for (const joinDuplicateHeaders of [undefined, true]) {
    await new Promise((resolve) => {
      http.get({ port: fake.address().port, host: '127.0.0.1', agent: false, joinDuplicateHeaders }, (res) => {
        show(`client(join=${joinDuplicateHeaders})`, res);
        res.resume();
        res.on('end', resolve);
      });
    });
  }
  const small = net.createServer((socket) => {
    socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\nA: 1\r\nB: 2\r\nA: 3\r\nC: 4\r\nContent-Length: 0\r\n\r\n'));
  });
  await listen(small);
  await new Promise((resolve) => {
    const req = http.get({ port: small.address().port, host: '127.0.0.1', agent: false });
    req.maxHeadersCount = 2;
    req.on('response', (res) => {
      show('client(maxHeadersCount=2)', res);
      res.resume();
      res.on('end', resolve);
    });
  });
  for (const s of [server, joining, limited, fake, small]) await new Promise((r) => s.close(r));
  console.log('done');
}
main();
