// net.Socket states and return values: setNoDelay/setKeepAlive/setTimeout return the socket,
// pending/connecting/readyState over a life, end(data, cb), writes after destroy, destroySoon,
// resetAndDestroy seen by the peer, bytesRead/bytesWritten, and reusing a Socket to connect again.
const net = require('net');

const until = (e, n) => new Promise((r) => e.once(n, (...a) => r(a)));
const serverLog = [];
let onServerClose = null;
const server = net.createServer((s) => {
  const events = [];
  serverLog.push(events);
  s.setEncoding('utf8');
  let got = '';
  s.on('data', (d) => {
    got += d;
    if (got.endsWith('!')) s.write(`ack ${got.length}`);
  });
  s.on('end', () => events.push(`end ${JSON.stringify(got)}`));
  s.on('error', (e) => events.push(`error ${e.code}`));
  s.on('close', (h) => {
    events.push(`close ${h}`);
    if (onServerClose) onServerClose();
  });
});
const serverClosed = () => new Promise((r) => { onServerClose = () => { onServerClose = null; r(); }; });

async function main() {
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();

  const s = new net.Socket();
  console.log('fresh', s.pending, s.connecting, s.readyState, s.destroyed, s.bytesRead, s.bytesWritten, s.remoteAddress, s.localPort, JSON.stringify(s.address()));
  console.log('returns self', s.setNoDelay(true) === s, s.setKeepAlive(true, 1000) === s, s.setTimeout(0) === s, s.setEncoding('utf8') === s, s.pause() === s, s.resume() === s, s.ref() === s, s.unref() === s);
  s.ref();
  const ret = s.connect(port, '127.0.0.1');
  console.log('connecting', ret === s, s.pending, s.connecting, s.readyState);
  // Written before the connection exists: buffered, counted once sent.
  s.write('early ', () => console.log('early write cb', s.connecting));
  await until(s, 'connect');
  console.log('connected', s.pending, s.connecting, s.readyState, typeof s.address().port, s.address().family);
  s.write('hello!');
  const [ack] = await until(s, 'data');
  console.log('ack', ack, 'bytes', s.bytesRead, s.bytesWritten);
  s.end('bye', (err) => console.log('end cb', err && err.code, s.readyState, s.writableFinished));
  console.log('after end()', s.readyState, s.writable, s.writableEnded);
  s.write('late', (err) => console.log('write after end cb', err.code));
  s.once('error', (e) => console.log('error event', e.code, s.destroyed));
  await until(s, 'close');
  console.log('closed', s.readyState, s.destroyed, s.bytesWritten, s.pending);
  await serverClosed();

  // The same Socket object connects again.
  s.connect({ port, host: '127.0.0.1' }, () => console.log('second connect', s.readyState, s.bytesRead, s.bytesWritten));
  await until(s, 'connect');
  s.write('again!');
  const [ack2] = await until(s, 'data');
  console.log('second ack', ack2);
  // destroy: pending writes and later writes fail with ERR_STREAM_DESTROYED.
  s.destroy();
  console.log('destroyed', s.destroyed, s.readyState, s.writable, s.readable);
  s.write('gone', (err) => console.log('write after destroy cb', err.code, err.message));
  s.on('error', (e) => console.log('unexpected error event', e.code));
  await until(s, 'close');
  await serverClosed();

  // destroySoon: ends first, destroys when the writing is done.
  const d = net.connect(port, '127.0.0.1');
  await until(d, 'connect');
  d.write('soon!');
  d.destroySoon();
  console.log('destroySoon', d.destroyed, d.writableEnded);
  const order = [];
  d.on('finish', () => order.push('finish'));
  d.on('close', () => order.push('close'));
  await until(d, 'close');
  await serverClosed();
  console.log('destroySoon order', order.join(','), d.destroyed);

  // resetAndDestroy: the peer sees ECONNRESET.
  const r = net.connect(port, '127.0.0.1');
  await until(r, 'connect');
  r.write('reset me!');
  await until(r, 'data');
  console.log('reset returns', r.resetAndDestroy() === r, r.destroyed);
  await until(r, 'close');
  await serverClosed();

  // resetAndDestroy before connecting, and on a never connected socket.
  const n = new net.Socket();
  n.on('error', (e) => console.log('never connected error', e.code));
  n.on('close', (h) => console.log('never connected close', h));
  n.resetAndDestroy();
  await until(n, 'close');

  // Addresses after close: the remote one only if it was read while connected, the local one never.
  const a = net.connect(port, '127.0.0.1');
  await until(a, 'connect');
  const b = net.connect(port, '127.0.0.1');
  await until(b, 'connect');
  console.log('read while open', b.remoteAddress, b.remotePort === port, b.remoteFamily);
  const closed = Promise.all([until(a, 'close'), until(b, 'close')]);
  a.destroy();
  b.destroy();
  await closed;
  console.log('after close a', a.remoteAddress, a.remotePort, a.remoteFamily, a.localAddress, a.localPort, JSON.stringify(a.address()));
  console.log('after close b', b.remoteAddress, b.remotePort === port, b.remoteFamily, b.localAddress, b.localPort, JSON.stringify(b.address()));
  await new Promise((r) => setTimeout(r, 30));

  console.log('server side');
  for (const events of serverLog) console.log(' ', events.join(' | '));
  server.close(() => console.log('server closed'));
}
main();
