// cluster: one worker with two servers on port 0 gets two ports, each server answers its own
// connections; a second worker's first and second port-0 servers share the first worker's, in
// order; closing one server leaves the other serving.
const cluster = require('cluster');
const net = require('net');

function ask(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let got = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { got += d; });
    socket.on('close', () => resolve(got));
    socket.on('error', (e) => resolve(e.code));
  });
}

if (cluster.isPrimary) {
  const ports = {};
  const workers = [1, 2].map((n) => cluster.fork({ N: String(n) }));
  const ready = workers.map((w) => new Promise((resolve) => w.once('message', (m) => { ports[w.id] = m; resolve(); })));
  Promise.all(ready).then(async () => {
    console.log('two ports in one worker', ports[1].a !== ports[1].b);
    console.log('second worker shares in order', ports[2].a === ports[1].a, ports[2].b === ports[1].b);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await ask(ports[1].a), await ask(ports[1].b));
    console.log('answers', answers.sort().join(' '));
    workers[0].send('close a');
    await new Promise((resolve) => workers[0].once('message', resolve));
    const after = [];
    for (let i = 0; i < 4; i++) after.push(await ask(ports[1].a));
    console.log('after worker 1 closed a', after.sort().join(' '));
    cluster.disconnect();
  });
} else {
  const n = process.env.N;
  const make = (name) => new Promise((resolve) => {
    const server = net.createServer((s) => s.end(`${name}${n}`)).listen(0, '127.0.0.1', () => resolve(server));
  });
  (async () => {
    const a = await make('a');
    const b = await make('b');
    process.send({ a: a.address().port, b: b.address().port });
    process.on('message', (m) => {
      if (m === 'close a') a.close(() => process.send('closed'));
    });
  })();
}
