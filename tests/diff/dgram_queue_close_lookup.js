// dgram: sends queued before the implicit bind (order kept, callbacks in order), send queue
// counters, closing while binding, lookup failures of send/connect/bind ('nonexistent.invalid'),
// binding to 'localhost', and a socket's 'listening' coming only once.
const dgram = require('dgram');

const until = (e, n) => new Promise((r) => e.once(n, (...a) => r(a)));

async function main() {
  const rx = dgram.createSocket('udp4');
  const got = [];
  rx.on('message', (m) => got.push(m.toString()));
  rx.bind(0, 'localhost');
  await until(rx, 'listening');
  console.log('bound to localhost', rx.address().address);
  const { port } = rx.address();

  const tx = dgram.createSocket('udp4');
  let listenings = 0;
  tx.on('listening', () => listenings++);
  const cbs = [];
  for (let i = 0; i < 5; i++) tx.send(`m${i}`, port, '127.0.0.1', (err, n) => cbs.push(`${i}:${err}:${n}`));
  console.log('queued before bind', tx.getSendQueueCount(), tx.getSendQueueSize());
  await new Promise((r) => setTimeout(r, 100));
  console.log('callbacks', cbs.join(' '), 'listening events', listenings);
  console.log('received', got.join(','));
  console.log('queue after', tx.getSendQueueCount(), tx.getSendQueueSize());

  // Lookup failures: send's callback gets the error; without a callback it is an 'error' event.
  const [lerr] = await new Promise((r) => tx.send('x', port, 'nonexistent.invalid', (...a) => r(a)));
  console.log('send lookup error', lerr.code, lerr.syscall, lerr.hostname, lerr.message);
  tx.send('y', port, 'nonexistent.invalid');
  const [eerr] = await until(tx, 'error');
  console.log('send lookup error event', eerr.code);

  const cx = dgram.createSocket('udp4');
  // With a callback, a failed connect goes to the callback (no 'error' event, no 'connect' left).
  const [cerr] = await new Promise((r) => cx.connect(port, 'nonexistent.invalid', (...a) => r(a)));
  console.log('connect lookup error (callback)', cerr.code, cerr.syscall, cerr.hostname, cx.listenerCount('connect'));
  cx.connect(port, 'nonexistent.invalid');
  const [cerr2] = await until(cx, 'error');
  console.log('connect lookup error (event)', cerr2.code, cerr2.hostname);
  // After a failed connect the socket can connect again.
  cx.connect(port, '127.0.0.1');
  await until(cx, 'connect');
  console.log('connected after failure', cx.remoteAddress().port === port);
  cx.close();

  const bx = dgram.createSocket('udp4');
  bx.bind(0, 'nonexistent.invalid');
  const [berr] = await until(bx, 'error');
  console.log('bind lookup error', berr.code, berr.syscall, berr.hostname);
  bx.bind(0, '127.0.0.1');
  await until(bx, 'listening');
  console.log('bound after failure', bx.address().address);
  bx.close();

  // Close right after bind(): 'close' comes, 'listening' does not.
  const early = dgram.createSocket('udp4');
  const events = [];
  early.on('listening', () => events.push('listening'));
  early.on('close', () => events.push('close'));
  early.bind(0, '127.0.0.1');
  early.close(() => events.push('close cb'));
  await new Promise((r) => setTimeout(r, 50));
  console.log('close while binding', events.join(','));

  // Close with sends still queued before the bind: their callbacks do not run.
  const q = dgram.createSocket('udp4');
  const qcbs = [];
  q.send('lost', port, '127.0.0.1', (err) => qcbs.push(`cb ${err && err.code}`));
  q.close(() => qcbs.push('closed'));
  await new Promise((r) => setTimeout(r, 50));
  console.log('queued then closed', qcbs.join(','));

  tx.close();
  rx.close(() => console.log('done'));
}
main();
