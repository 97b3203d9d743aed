// net.Socket writes: argument errors, encodings both ways (write with 'hex'/'base64',
// setEncoding on the reader), writing after the peer ended (EPIPE 'ended by the other party'),
// write callbacks after destroy, writableLength/bufferSize, and idle timeouts being reset by traffic.
const net = require('net');

const until = (e, n) => new Promise((r) => e.once(n, (...a) => r(a)));
function tryIt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

async function main() {
  let mode = 'echo';
  const server = net.createServer((s) => {
    s.on('error', () => {});
    if (mode === 'end-at-once') {
      s.end('bye');
      return;
    }
    if (mode === 'hex') s.setEncoding('hex');
    if (mode === 'idle') {
      s.resume();
      return;
    }
    s.on('data', (d) => s.write(typeof d === 'string' ? `[${d}]` : d));
    s.on('end', () => s.end());
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();

  const c = net.connect(port, '127.0.0.1');
  tryIt('write number', () => c.write(5));
  tryIt('write object', () => c.write({}));
  tryIt('write null', () => c.write(null));
  tryIt('bad encoding', () => c.write('x', 'nope'));
  tryIt('setEncoding bad', () => c.setEncoding('nope'));
  await until(c, 'connect');
  c.setEncoding('latin1');
  c.write('68656c6c6f', 'hex');
  c.write('IHdvcmxk', 'base64');
  c.write(new Uint8Array([33]));
  let got = '';
  c.on('data', (d) => { got += d; });
  await new Promise((r) => setTimeout(r, 50));
  console.log('echo', JSON.stringify(got), c.bytesWritten, c.bytesRead, c.writableLength, c.bufferSize);
  c.end();
  await until(c, 'close');

  // The server reads in hex.
  mode = 'hex';
  const h = net.connect(port, '127.0.0.1', () => h.end('AB'));
  h.setEncoding('utf8');
  let hgot = '';
  h.on('data', (d) => { hgot += d; });
  await until(h, 'close');
  console.log('hex server', hgot);

  // The peer ends at once; without allowHalfOpen our side ends too, and a later write is EPIPE.
  mode = 'end-at-once';
  const e = net.connect(port, '127.0.0.1');
  e.setEncoding('utf8');
  e.on('data', (d) => console.log('got', d));
  await until(e, 'end');
  console.log('after peer end', e.readyState, e.writable, e.writableEnded);
  const errs = [];
  e.on('error', (err) => errs.push(`error event ${err.code} ${err.message}`));
  const ret = e.write('too late', (err) => errs.push(`write cb ${err && err.code}`));
  console.log('write returned', ret);
  await until(e, 'close');
  console.log(errs.join('\n'));

  // Writes after destroy().
  mode = 'echo';
  const d = net.connect(port, '127.0.0.1');
  await until(d, 'connect');
  d.destroy();
  const dret = d.write('x', (err) => console.log('after destroy cb', err.code, err.message));
  console.log('after destroy write returned', dret);
  d.on('error', (err) => console.log('after destroy error event', err.code));
  d.end('y', (err) => console.log('end after destroy cb', err && err.code));
  await until(d, 'close');

  // Idle timeout: traffic pushes it back; setTimeout(0) turns it off.
  mode = 'idle';
  const t = net.connect(port, '127.0.0.1');
  await until(t, 'connect');
  const events = [];
  t.setTimeout(120, () => events.push('timeout 1'));
  const writer = setInterval(() => t.write('.'), 30);
  await new Promise((r) => setTimeout(r, 200));
  clearInterval(writer);
  events.push('writes done');
  await until(t, 'timeout');
  events.push(`timed out, destroyed ${t.destroyed}`);
  t.setTimeout(0);
  t.setTimeout(40);
  t.setTimeout(0);
  await new Promise((r) => setTimeout(r, 100));
  console.log(events.join(', '), t.timeout);
  t.destroy();
  server.close(() => console.log('closed'));
}
main();
