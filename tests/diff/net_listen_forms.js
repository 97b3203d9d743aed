// net: Server.listen forms (options object, port+host+backlog, callback only), address(),
// 'listening' ordering vs the callback, listen twice, bad ports, close when not running.
const net = require('net');

function once(emitter, name) {
  return new Promise((resolve) => emitter.once(name, (...a) => resolve(a)));
}
function tryIt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r instanceof net.Server ? 'server' : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
function addr(s) {
  const a = s.address();
  return a && typeof a === 'object' ? `${a.address} ${a.family} ${typeof a.port} ${a.port > 0}` : JSON.stringify(a);
}

async function main() {
  // Options object with host, backlog and exclusive.
  const s1 = net.createServer();
  const order = [];
  s1.on('listening', () => order.push('event'));
  const ret = s1.listen({ port: 0, host: '127.0.0.1', backlog: 10, exclusive: true }, () => order.push('callback'));
  console.log('listen returns server', ret === s1, 'listening now', s1.listening, 'address now', addr(s1));
  process.nextTick(() => order.push('nextTick'));
  await once(s1, 'listening');
  await new Promise((r) => setImmediate(r));
  console.log('order', order.join(','), addr(s1), s1.listening);
  tryIt('listen twice', () => s1.listen(0, '127.0.0.1'));
  const port = s1.address().port;

  // (port, host, backlog, cb) form and EADDRINUSE on the same port.
  const s2 = net.createServer();
  s2.listen(port, '127.0.0.1', 5, () => console.log('s2 listening?!'));
  const [err] = await once(s2, 'error');
  console.log('in use', err.code, err.syscall, err.errno, err.address, err.port === port, err.message.replace(String(port), 'PORT'));
  console.log('s2 after error', s2.listening, s2.address());

  // The failed server can listen again on another port.
  s2.removeAllListeners('listening');
  await new Promise((r) => s2.listen(0, '127.0.0.1', r));
  console.log('s2 relisten', addr(s2));

  // Validation: thrown synchronously.
  const s3 = net.createServer();
  tryIt('port -1', () => s3.listen(-1));
  tryIt('port 65536', () => s3.listen(65536));
  tryIt('port string', () => s3.listen({ port: 'abc' }));
  tryIt('port float', () => s3.listen(1.5));
  tryIt('options without port', () => s3.listen({ host: '127.0.0.1' }));
  tryIt('port boolean', () => s3.listen({ port: true }));
  tryIt('path empty', () => s3.listen({ path: '' }));
  tryIt('path number', () => s3.listen({ path: 5 }));
  tryIt('signal number', () => s3.listen({ port: 0, signal: 5 }));
  console.log('s3 listening', s3.listening);

  // Port undefined or null in an options object, or no arguments at all: any free port.
  for (const [label, args] of [['port undefined', [{ port: undefined, host: '127.0.0.1' }]], ['port null', [{ port: null, host: '127.0.0.1' }]], ['no args', []]]) {
    const s = net.createServer();
    s.listen(...args);
    await once(s, 'listening');
    console.log(label, typeof s.address().port, s.address().port > 0);
    await new Promise((r) => s.close(r));
  }

  // An AbortSignal closes the server; an already aborted one closes it right after listening.
  const ac = new AbortController();
  const s5 = net.createServer();
  s5.on('close', () => console.log('s5 close event'));
  s5.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, () => console.log('s5 listening'));
  await once(s5, 'listening');
  ac.abort();
  console.log('s5 after abort', s5.listening);
  await once(s5, 'close');
  const s6 = net.createServer();
  s6.on('close', () => console.log('s6 close event', s6.listening));
  s6.listen({ port: 0, signal: AbortSignal.abort() });
  await once(s6, 'close');

  // IPv6 loopback.
  await new Promise((r) => s3.listen({ port: 0, host: '::1' }, r));
  console.log('s3 v6', addr(s3));

  // close() on a server that is not listening passes ERR_SERVER_NOT_RUNNING to the callback.
  const s4 = net.createServer();
  s4.on('close', () => console.log('s4 close event'));
  await new Promise((r) => s4.close((e) => { console.log('s4 close cb', e && e.code, e && e.message); r(); }));

  // close() with callback, then close again.
  await new Promise((r) => s1.close((e) => { console.log('s1 closed', e); r(); }));
  console.log('s1 address after close', s1.address(), s1.listening);
  await new Promise((r) => s1.close((e) => { console.log('s1 close again', e && e.code); r(); }));
  await new Promise((r) => s2.close(r));
  await new Promise((r) => s3.close(r));
  console.log('done');
}
main();
