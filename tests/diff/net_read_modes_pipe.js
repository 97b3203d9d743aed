// net.Socket reading modes: paused vs flowing (isPaused/readableFlowing through pause/resume),
// 'readable' with read(n), async iteration, and pipe() from one socket
// into another (an echo proxy), with the counters of each side.
const net = require('net');

const until = (e, n) => new Promise((r) => e.once(n, (...a) => r(a)));

async function main() {
  let mode;
  const server = net.createServer(async (s) => {
    s.on('error', () => {});
    if (mode === 'send') {
      s.write('abcdefghij');
      setTimeout(() => s.end('KLMNOPQRST'), 20);
    } else if (mode === 'iterate') {
      const chunks = [];
      for await (const chunk of s) chunks.push(chunk.toString());
      console.log('server iterated', JSON.stringify(chunks.join('')), s.readableEnded, s.destroyed);
    } else if (mode === 'echo') {
      s.pipe(s);
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();

  // Flowing state through pause/resume.
  mode = 'send';
  const a = net.connect(port, '127.0.0.1');
  console.log('initial', a.isPaused(), a.readableFlowing);
  a.pause();
  console.log('paused', a.isPaused(), a.readableFlowing);
  await until(a, 'connect');
  await new Promise((r) => setTimeout(r, 50));
  console.log('buffered while paused', a.readableLength, a.bytesRead);
  let text = '';
  a.on('data', (d) => { text += d; });
  console.log('data listener while paused keeps it paused', a.isPaused(), a.readableFlowing);
  a.resume();
  console.log('resumed', a.isPaused(), a.readableFlowing);
  await until(a, 'end');
  console.log('flowing text', text);
  await until(a, 'close');

  // 'readable' with read(n), what is left read at the end.
  const b = net.connect(port, '127.0.0.1');
  const parts = [];
  b.on('readable', () => {
    let chunk;
    while ((chunk = b.read(4)) !== null) {
      parts.push(typeof chunk === 'string' ? `s:${chunk}` : `b:${chunk.toString()}`);
    }
  });
  await until(b, 'end');
  const rest = b.read();
  console.log('read(4) parts', parts.join(' '), 'rest', rest);
  await until(b, 'close');

  // Async iteration on the server side.
  mode = 'iterate';
  const c = net.connect(port, '127.0.0.1', () => {
    c.write('one ');
    setTimeout(() => c.end('two'), 20);
  });
  await until(c, 'close');
  await new Promise((r) => setTimeout(r, 30));

  // A proxy: client -> proxy socket pipe -> echo server -> back.
  mode = 'echo';
  // Half-open on the way back: each side still reads after sending its end.
  const proxy = net.createServer({ allowHalfOpen: true }, (inbound) => {
    const outbound = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    inbound.pipe(outbound).pipe(inbound);
  });
  await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
  const d = net.connect({ port: proxy.address().port, host: '127.0.0.1', allowHalfOpen: true });
  d.setEncoding('utf8');
  let echoed = '';
  d.on('data', (x) => { echoed += x; });
  d.write('through ');
  d.end('the proxy');
  await until(d, 'end');
  d.end();
  console.log('proxied', JSON.stringify(echoed), d.bytesWritten, d.bytesRead);
  await until(d, 'close');
  await new Promise((r) => proxy.close(r));
  server.close(() => console.log('done'));
}
main();
