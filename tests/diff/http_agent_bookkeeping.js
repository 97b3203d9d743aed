// http.Agent: getName for option mixes, constructor options and errors, the sockets /
// freeSockets / requests maps while requests queue past maxSockets, maxFreeSockets, socket
// reuse (reusedSocket), agent.destroy(), a custom createConnection, and globalAgent settings.
const http = require('http');
const net = require('net');

function tryIt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const a = new http.Agent();
tryIt('getName empty', () => a.getName());
tryIt('getName {}', () => a.getName({}));
tryIt('getName host/port', () => a.getName({ host: 'example.com', port: 8080 }));
tryIt('getName localAddress', () => a.getName({ host: 'h', port: 1, localAddress: '127.0.0.2' }));
tryIt('getName family 4', () => a.getName({ host: 'h', family: 4 }));
tryIt('getName family 5', () => a.getName({ host: 'h', family: 5 }));
tryIt('getName socketPath', () => a.getName({ socketPath: '/tmp/x.sock' }));
tryIt('defaults', () => [a.keepAlive, a.keepAliveMsecs, a.maxSockets, a.maxFreeSockets, a.maxTotalSockets, a.scheduling, a.totalSocketCount, a.defaultPort, a.protocol].join(' '));
tryIt('bad scheduling', () => new http.Agent({ scheduling: 'random' }));
tryIt('maxTotalSockets string', () => new http.Agent({ maxTotalSockets: 'x' }));
tryIt('maxTotalSockets 0', () => new http.Agent({ maxTotalSockets: 0 }));
tryIt('http.Agent.defaultMaxSockets', () => http.Agent.defaultMaxSockets);
const g = http.globalAgent;
tryIt('globalAgent', () => [g instanceof http.Agent, g.keepAlive, g.scheduling, g.options.timeout, g.options.keepAlive, g.maxSockets].join(' '));
tryIt('options copy', () => {
  const opts = { keepAlive: true, maxSockets: 2 };
  const ag = new http.Agent(opts);
  return [ag.options === opts, ag.options.keepAlive, ag.options.path, ag.options.noDelay, Object.getPrototypeOf(ag.options)].join(' ');
});

const server = http.createServer((req, res) => {
  setTimeout(() => res.end(`r${req.url}`), 20);
});

const count = (map) => Object.keys(map).map((k) => `${k.replace(/:\d+:/, ':PORT:')}=${map[k].length}`).join(',') || '-';
function state(agent) {
  return `sockets[${count(agent.sockets)}] free[${count(agent.freeSockets)}] requests[${count(agent.requests)}] total=${agent.totalSocketCount}`;
}

function get(agent, path, extra = {}) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent, ...extra }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(`${body}:reused=${req.reusedSocket}`));
    });
    req.on('error', (e) => resolve(`error ${e.message}`));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2, maxFreeSockets: 1 });
  const all = Promise.all(['/1', '/2', '/3', '/4', '/5'].map((p) => get(agent, p)));
  console.log('queued:', state(agent));
  console.log('results:', (await all).join(' '));
  // The socket beyond maxFreeSockets is destroyed: let its 'close' come.
  await new Promise((r) => setTimeout(r, 20));
  console.log('after burst:', state(agent));
  console.log('reuse:', await get(agent, '/6'));
  await new Promise((r) => setImmediate(r));
  console.log('after reuse:', state(agent));
  const free = Object.values(agent.freeSockets).flat();
  const closed = new Promise((r) => free[0].on('close', r));
  agent.destroy();
  await closed;
  console.log('after destroy:', state(agent));

  // Without keepAlive the socket is not kept; each request gets a new one.
  const plain = new http.Agent({ maxSockets: 1 });
  console.log('plain:', (await Promise.all([get(plain, '/p1'), get(plain, '/p2')])).join(' '));
  await new Promise((r) => setTimeout(r, 20));
  console.log('plain after:', state(plain));

  // A custom createConnection on the agent and on the request.
  const made = [];
  const custom = new http.Agent({ keepAlive: true });
  custom.createConnection = (opts, cb) => {
    made.push(`agent ${opts.host}:${opts.port === server.address().port} keepAlive=${opts.keepAlive}`);
    return net.createConnection(opts, cb);
  };
  console.log('custom:', await get(custom, '/c1'), await get(custom, '/c2'));
  custom.destroy();
  console.log('per request:', await get(undefined, '/c3', {
    createConnection: (opts) => {
      made.push(`request ${opts.host}`);
      return net.createConnection(opts);
    },
  }));
  console.log(made.join(' | '));
  await new Promise((r) => setTimeout(r, 20));
  server.close(() => console.log('closed'));
});
