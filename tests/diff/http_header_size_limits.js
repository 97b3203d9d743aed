// Head size limits: a server's maxHeaderSize (431 and clientError HPE_HEADER_OVERFLOW), the
// default 16 KiB limit at its edge, a client's maxHeaderSize on a big response head, and
// many small headers under the limit.
const http = require('http');
const net = require('net');

function raw(port, text) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (c) => (data += c));
    socket.on('error', () => {});
    socket.on('end', () => socket.end());
    socket.on('close', () => resolve(data.replace(/Date: [^\r]*\r\n/g, '')));
  });
}

const handler = (req, res) => res.end(`ok ${req.rawHeaders.length / 2} headers`);
const small = http.createServer({ maxHeaderSize: 200 }, handler);
const normal = http.createServer(handler);
const events = [];
small.on('clientError', (err, socket) => {
  events.push(`clientError ${err.code} ${err.message}`);
  socket.end('HTTP/1.1 431 Too Big For Us\r\nConnection: close\r\n\r\n');
});

const listen = (s) => new Promise((r) => s.listen(0, '127.0.0.1', r));
const head = (pad) => `GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Pad: ${'a'.repeat(pad)}\r\n\r\n`;

async function main() {
  await listen(small);
  await listen(normal);
  console.log('small fits', JSON.stringify(await raw(small.address().port, head(50))));
  console.log('small over', JSON.stringify(await raw(small.address().port, head(300))), events.join('; '));
  const base = head(0).length;
  console.log('default under', JSON.stringify(await raw(normal.address().port, head(16000 - base))));
  console.log('default over', JSON.stringify(await raw(normal.address().port, head(17000 - base))));
  const many = Array.from({ length: 300 }, (_, i) => `X-H${i}: ${i}\r\n`).join('');
  console.log('300 headers', JSON.stringify(await raw(normal.address().port, `GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${many}\r\n`)));

  // The client side: a response head bigger than the client's limit.
  const big = net.createServer((socket) => socket.once('data', () => {
    socket.end(`HTTP/1.1 200 OK\r\nX-Big: ${'b'.repeat(3000)}\r\nContent-Length: 2\r\n\r\nok`);
  }));
  await listen(big);
  for (const maxHeaderSize of [1000, 5000, undefined]) {
    await new Promise((resolve) => {
      const req = http.get({ port: big.address().port, host: '127.0.0.1', agent: false, maxHeaderSize }, (res) => {
        res.resume();
        res.on('end', () => console.log('client', maxHeaderSize, 'response', res.statusCode, res.headers['x-big'].length));
      });
      req.on('error', (e) => console.log('client', maxHeaderSize, 'error', e.code, e.message));
      req.on('close', resolve);
    });
  }
  for (const s of [small, normal, big]) await new Promise((r) => s.close(r));
  console.log('done');
}
main();
