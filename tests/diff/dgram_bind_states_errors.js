// dgram: createSocket validation, bind forms and double bind, implicit bind by send, socket
// options before bind (EBADF), connect/disconnect states and their errors, EMSGSIZE in a send
// callback, close twice, and what address()/remoteAddress() give in each state.
const dgram = require('dgram');

const until = (e, n) => new Promise((r) => e.once(n, (...a) => r(a)));
function tryIt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r instanceof dgram.Socket ? 'socket' : r === undefined ? '' : JSON.stringify(r));
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.syscall ?? '', e.errno ?? '');
  }
}

async function main() {
  tryIt('no type', () => dgram.createSocket());
  tryIt('type object bad', () => dgram.createSocket({ type: 'tcp' }));
  tryIt('type number', () => dgram.createSocket(4));
  tryIt('listener not fn', () => dgram.createSocket('udp4', 5).close());
  tryIt('bad recvBufferSize', () => dgram.createSocket({ type: 'udp4', recvBufferSize: 'x' }));

  const a = dgram.createSocket('udp4');
  tryIt('broadcast unbound', () => a.setBroadcast(true));
  tryIt('ttl unbound', () => a.setTTL(10));
  tryIt('multicast ttl unbound', () => a.setMulticastTTL(10));
  tryIt('loopback unbound', () => a.setMulticastLoopback(true));
  tryIt('send buffer size unbound', () => a.setSendBufferSize(1024));
  tryIt('bad recvBufferSize range', () => dgram.createSocket({ type: 'udp4', recvBufferSize: -1 }));
  tryIt('bad lookup', () => dgram.createSocket({ type: 'udp4', lookup: 5 }));
  tryIt('bad signal', () => dgram.createSocket({ type: 'udp4', signal: 5 }));
  // A bad address throws from the lookup, once the socket counts as binding.
  const bad = dgram.createSocket('udp4');
  tryIt('bad address type', () => bad.bind(0, 5));
  tryIt('bind after bad address', () => bad.bind(0));
  bad.close();
  // Node does not check bind()'s port: a non-numeric one means any port; bind(cb) works too.
  for (const args of [[{ port: 'x', address: '127.0.0.1' }], ['abc', '127.0.0.1'], [null, '127.0.0.1']]) {
    const s = dgram.createSocket('udp4');
    await new Promise((r) => { s.on('error', (e) => { console.log('bind error', e.code); r(); }); s.bind(...args, () => { console.log('bound', JSON.stringify(args), s.address().port > 0); r(); }); });
    s.close();
  }
  const cbOnly = dgram.createSocket('udp6');
  await new Promise((r) => cbOnly.bind(() => { console.log('bind(cb)', cbOnly.address().address, cbOnly.address().family); r(); }));
  cbOnly.close();
  tryIt('connect bad port', () => a.connect(0));
  tryIt('connect port string', () => a.connect('x'));
  tryIt('send bad port', () => a.send('x', 70000, '127.0.0.1'));
  tryIt('send no port', () => a.send('x'));
  tryIt('send bad address', () => a.send('x', 1234, 5));
  tryIt('send offset out', () => a.send(Buffer.from('abc'), 4, 1, 1234, '127.0.0.1'));
  tryIt('send length out', () => a.send(Buffer.from('abc'), 0, 9, 1234, '127.0.0.1'));

  // bind(port, address, cb) form; 'listening' then callback.
  const order = [];
  a.on('listening', () => order.push('listening event'));
  const ret = a.bind(0, '127.0.0.1', () => order.push('bind callback'));
  console.log('bind returns self', ret === a);
  tryIt('bind again while binding', () => a.bind(0));
  await until(a, 'listening');
  await new Promise((r) => setImmediate(r));
  console.log('order', order.join(','));
  const { port, address, family } = a.address();
  console.log('bound', address, family, port > 0);
  tryIt('bind again', () => a.bind(0));
  tryIt('remote unconnected', () => a.remoteAddress());
  tryIt('disconnect unconnected', () => a.disconnect());
  console.log('option returns', a.setTTL(64), a.setBroadcast(false), a.setMulticastLoopback(false), a.setMulticastTTL(2));
  tryIt('ttl 0', () => a.setTTL(0));
  tryIt('ttl 256', () => a.setTTL(256));

  // Implicit bind: send on an unbound socket binds it (to 0.0.0.0) first.
  const b = dgram.createSocket('udp4');
  b.on('listening', () => console.log('b listening (implicit)', b.address().address, b.address().family));
  const [sendErr, bytes] = await new Promise((r) => b.send('ping', port, '127.0.0.1', (...args) => r(args)));
  console.log('b sent', sendErr, bytes);
  const [msg, rinfo] = await until(a, 'message');
  console.log('a got', msg.toString(), rinfo.address, rinfo.family, rinfo.port === b.address().port, rinfo.size);

  // connect states.
  const connectOrder = [];
  b.on('connect', () => connectOrder.push('connect event'));
  b.connect(port, '127.0.0.1', () => connectOrder.push('connect callback'));
  tryIt('connect while connecting', () => b.connect(port, '127.0.0.1'));
  tryIt('remote while connecting', () => b.remoteAddress());
  await until(b, 'connect');
  await new Promise((r) => setImmediate(r));
  console.log('connect order', connectOrder.join(','));
  const remote = b.remoteAddress();
  console.log('remote', remote.address, remote.family, remote.port === port);
  tryIt('connect again', () => b.connect(port));
  tryIt('send with port while connected', () => b.send('x', port, '127.0.0.1'));
  tryIt('send with address while connected', () => b.send('x', 0, 1, port, '127.0.0.1'));
  await new Promise((r) => b.send('connected hi', (err, n) => { console.log('connected send', err, n); r(); }));
  const [m2] = await until(a, 'message');
  console.log('a got', m2.toString());
  console.log('disconnect returns', b.disconnect());
  tryIt('remote after disconnect', () => b.remoteAddress());
  tryIt('disconnect twice', () => b.disconnect());
  // A datagram too big for UDP: the error goes to the send callback.
  const [bigErr] = await new Promise((r) => b.send(Buffer.alloc(70000), port, '127.0.0.1', (...args) => r(args)));
  console.log('too big', bigErr && bigErr.code, bigErr && bigErr.syscall, bigErr && bigErr.message.replace(String(port), 'PORT'));

  // ref/unref return the socket; close twice.
  console.log('ref/unref', b.unref() === b, b.ref() === b);
  const closeOrder = [];
  b.on('close', () => closeOrder.push('close event'));
  b.close(() => closeOrder.push('close callback'));
  tryIt('close twice', () => b.close());
  tryIt('address after close', () => b.address());
  tryIt('send after close', () => b.send('x', port, '127.0.0.1'));
  tryIt('bind after close', () => b.bind(0));
  await new Promise((r) => setTimeout(r, 20));
  console.log('close order', closeOrder.join(','));
  a.close();
}
main();
