// cluster: what workers' listen calls get from the primary — port 0 shared by all workers,
// a fixed port two workers share, a Unix socket path, a port the primary itself holds
// (EADDRINUSE reaches the worker's server), `exclusive` listeners, closing and listening again.
const cluster = require('cluster');
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');

if (cluster.isPrimary) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-'));
  const sock = path.join(dir, 'shared.sock');
  const blocker = net.createServer().listen(0, '127.0.0.1', async () => {
    const taken = blocker.address().port;
    const reports = [];
    const workers = [1, 2].map((n) => cluster.fork({ N: String(n), TAKEN: String(taken), SOCK: sock }));
    // Both workers listen before either closes, so that the port-0 listener is shared.
    const phase = (name) => Promise.all(workers.map((worker) => new Promise((resolve) => {
      const onMessage = (m) => {
        if (m.phase !== name) return reports.push(m);
        worker.off('message', onMessage);
        resolve();
      };
      worker.on('message', onMessage);
    })));
    await phase('listened');
    for (const worker of workers) worker.send('go');
    await phase('done');
    reports.sort((a, b) => a.n - b.n);
    const byKey = new Map();
    for (const m of reports) {
        console.log(`worker ${m.n}: ${m.what}`);
      if (m.port !== undefined) {
        if (!byKey.has(m.what)) byKey.set(m.what, new Set());
        byKey.get(m.what).add(m.port);
      }
    }
    for (const [what, ports] of byKey) console.log(`${what}: ${ports.size} distinct port(s) across workers`);
    blocker.close();
    cluster.disconnect(() => {
      console.log('socket file left after disconnect', fs.existsSync(sock));
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
} else {
  const n = process.env.N;
  const report = (what, port) => process.send({ n, what, port });
  const listen = (args) => new Promise((resolve) => {
    const server = net.createServer((s) => s.end());
    server.once('error', (err) => resolve([server, err]));
    server.listen(...args, () => resolve([server, null]));
  });
  (async () => {
    const list = [process.env.N, process.env.TAKEN];
    const [zero] = await listen([0, '127.0.0.1']);
    report(`port 0 listening ${zero.listening}`, zero.address().port);
    const [exclusive] = await listen([{ port: 0, host: '127.0.0.1', exclusive: true }]);
    report('exclusive port 0', exclusive.address().port);
    const [unix, unixErr] = await listen([process.env.SOCK]);
    report(`unix ${unixErr ? unixErr.code : typeof unix.address()}`);
    const [, takenErr] = await listen([Number(list[1]), '127.0.0.1']);
    report(`taken port: ${takenErr && takenErr.code} ${takenErr && takenErr.syscall}`);
    process.send({ phase: 'listened' });
    await new Promise((resolve) => process.once('message', resolve));
    await new Promise((resolve) => zero.close(resolve));
    report(`closed port 0: listening ${zero.listening} address ${zero.address()}`);
    const [again] = await listen([0, '127.0.0.1']);
    report(`listening again ${again.listening}`);
    for (const server of [again, exclusive, unix]) await new Promise((resolve) => server.close(resolve));
    process.send({ phase: 'done' });
  })();
}
