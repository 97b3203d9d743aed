// net.Socket.setTimeout details: set before connecting, callbacks added as 'timeout'
// listeners (two calls leave two), setTimeout(0, cb) removing that callback, the timeout
// property, 'timeout' not closing the socket, and a destroyed socket's timer never firing.
const net = require('net');

const until = (e, n) => new Promise((r) => e.once(n, (...a) => r(a)));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const server = net.createServer((s) => {
    s.on('error', () => {});
    s.resume();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();

  const log = [];
  const a = new net.Socket();
  console.log('timeout before', a.timeout);
  const f1 = () => log.push('f1');
  const f2 = () => log.push('f2');
  a.setTimeout(60, f1);
  a.setTimeout(60, f2);
  console.log('listeners', a.listenerCount('timeout'), a.timeout);
  a.connect(port, '127.0.0.1');
  await until(a, 'timeout');
  await sleep(5);
  console.log('fired', log.join(','), a.destroyed, a.readyState);
  a.setTimeout(0, f1);
  console.log('after setTimeout(0, f1)', a.listenerCount('timeout'), a.timeout);
  // Timers restart with setTimeout: a second timeout after the first.
  a.setTimeout(40);
  await until(a, 'timeout');
  console.log('fired again', log.join(','));
  a.setTimeout(0);
  await sleep(80);
  console.log('disabled, still', log.join(','));
  a.destroy();
  await until(a, 'close');

  // A destroyed socket's timer does not fire.
  const b = net.connect(port, '127.0.0.1');
  await until(b, 'connect');
  b.setTimeout(30, () => console.log('b timeout?!'));
  b.destroy();
  await sleep(80);
  console.log('b destroyed, timeout value', b.timeout);

  // setTimeout on the server's side of a connection.
  const c = net.connect(port, '127.0.0.1');
  const [sock] = await until(server, 'connection');
  sock.setTimeout(30);
  const [] = await until(sock, 'timeout');
  console.log('server side timeout', sock.timeout, sock.destroyed);
  sock.end();
  c.resume();
  await until(c, 'close');
  server.close(() => console.log('done'));
}
main();
