// net: Server/Socket called without `new`, constructor and createServer option errors,
// server options applied to accepted sockets (noDelay/keepAlive/allowHalfOpen/highWaterMark),
// Symbol.asyncDispose on a server, and isIP/isIPv4/isIPv6 on odd inputs.
const net = require('net');

function tryIt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r instanceof net.Server ? 'Server' : r instanceof net.Socket ? 'Socket' : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const inputs = ['127.0.0.1', '127.000.000.001', '0127.0.0.1', '1.2.3.4 ', ' 1.2.3.4', '1.2.3.4.', '0.0.0.0', '255.255.255.255',
  '::', '::1', 'FFFF::1', '::ffff:127.0.0.1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1::2:3::4', 'fe80::1%eth0', 'fe80::1%',
  '2001:db8::1/64', '[::1]', '::ffff:300.1.1.1', 'localhost', 0, 4, null, undefined, { toString: () => '10.0.0.1' }, ['1.2.3.4']];
for (const input of inputs) {
  const shown = typeof input === 'object' && input !== null && !Array.isArray(input) ? 'obj' : JSON.stringify(input);
  console.log(`isIP ${shown} = ${net.isIP(input)} v4=${net.isIPv4(input)} v6=${net.isIPv6(input)}`);
}

tryIt('Server without new', () => net.Server());
tryIt('Socket without new', () => net.Socket());
tryIt('Stream alias', () => net.Stream === net.Socket);
tryIt('createServer number', () => net.createServer(5));
tryIt('createServer string', () => net.createServer('x'));
tryIt('Server listener only', () => net.createServer(() => {}).listenerCount('connection'));
tryIt('Socket fd string', () => new net.Socket({ fd: 'x' }));
tryIt('Socket options null', () => new net.Socket(null).readyState);
tryIt('connect path number', () => net.connect({ path: 5 }));
tryIt('keepAliveInitialDelay', () => net.createServer({ keepAlive: true, keepAliveInitialDelay: 1500 }).keepAliveInitialDelay);
tryIt('highWaterMark', () => net.createServer({ highWaterMark: 1024 }).highWaterMark);

async function main() {
  const seen = [];
  const server = net.createServer({ allowHalfOpen: true, noDelay: true, keepAlive: true, highWaterMark: 1024 }, (s) => {
    seen.push(`allowHalfOpen=${s.allowHalfOpen} readableHWM=${s.readableHighWaterMark} writableHWM=${s.writableHighWaterMark} server=${s.server === server}`);
    s.on('end', () => s.end('bye'));
    s.resume();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000 });
  await new Promise((r) => c.on('connect', r));
  c.end();
  let reply = '';
  c.on('data', (d) => { reply += d; });
  await new Promise((r) => c.on('close', r));
  console.log('reply', reply, seen);
  await server[Symbol.asyncDispose]();
  console.log('disposed', server.listening);
  await server[Symbol.asyncDispose]();
  console.log('disposed again');
}
main();
