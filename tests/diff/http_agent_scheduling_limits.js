// Agent policies: lifo vs fifo reuse of free sockets, maxTotalSockets across two origins,
// the agent 'free' event, keepSocketAlive returning false, the agent timeout on idle sockets,
// and the server's Keep-Alive hint.
const http = require('http');

const server = http.createServer((req, res) => {
  res.setHeader('X-Port', req.socket.remotePort);
  // Staggered, so that sockets become free in request order.
  setTimeout(() => res.end(req.url), { '/a': 10, '/b': 40, '/c': 70 }[req.url] || 10);
});
server.keepAliveTimeout = 3000;
const other = http.createServer((req, res) => res.end(`other${req.url}`));

const listen = (s) => new Promise((r) => s.listen(0, '127.0.0.1', r));
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

function get(agent, path, target = server) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: target.address().port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ port: res.headers['x-port'], reused: req.reusedSocket, keepAlive: res.headers['keep-alive'] }));
    });
    req.on('error', (e) => resolve({ error: e.message }));
  });
}

async function order(scheduling) {
  const agent = new http.Agent({ keepAlive: true, scheduling });
  // Three sockets become free in the order their responses end: a, b, c.
  const first = await Promise.all(['/a', '/b', '/c'].map((p) => get(agent, p)));
  await wait(20);
  const next = await get(agent, '/d');
  const index = first.findIndex((r) => r.port === next.port);
  agent.destroy();
  return `${scheduling}: reused=${next.reused} socket of request #${index}`;
}

async function main() {
  await listen(server);
  await listen(other);
  console.log(await order('lifo'));
  console.log(await order('fifo'));

  const total = new http.Agent({ keepAlive: true, maxTotalSockets: 1 });
  const both = Promise.all([get(total, '/x'), get(total, '/y', other)]);
  console.log('maxTotalSockets queued', Object.keys(total.requests).length, 'total', total.totalSocketCount);
  const results = await both;
  console.log('maxTotalSockets results', results.map((r) => `reused=${r.reused}`).join(' '));
  total.destroy();

  const freeLog = [];
  const watched = new http.Agent({ keepAlive: true });
  watched.on('free', (socket, options) => freeLog.push(`free ${options.host} ${typeof options.port} ${socket.constructor.name}`));
  const hint = await get(watched, '/hint');
  await wait(10);
  console.log('free events', freeLog.join(', '), 'keep-alive header', hint.keepAlive);
  const idle = Object.values(watched.freeSockets).flat()[0];
  console.log('idle socket timeout', idle.timeout);
  watched.destroy();

  const refusing = new http.Agent({ keepAlive: true });
  refusing.keepSocketAlive = () => false;
  await get(refusing, '/r1');
  await wait(10);
  console.log('keepSocketAlive false: free', Object.keys(refusing.freeSockets).length, 'sockets', Object.keys(refusing.sockets).length);
  console.log('then', JSON.stringify(await get(refusing, '/r2')).replace(/"port":"\d+",?/, ''));
  refusing.destroy();

  const timed = new http.Agent({ keepAlive: true, timeout: 50 });
  await get(timed, '/t');
  await wait(10);
  const sock = Object.values(timed.freeSockets).flat()[0];
  const events = [];
  sock.on('timeout', () => events.push('timeout'));
  sock.on('close', () => events.push('close'));
  await wait(150);
  console.log('agent timeout:', events.join(' '), 'free left', Object.keys(timed.freeSockets).length);
  timed.destroy();

  server.close();
  other.close(() => console.log('closed'));
}
main();
