// cluster: a worker that dies is replaced; messages both ways; worker.kill and
// cluster.disconnect; settings and the state of each worker as it goes.
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const log = [];
  let restarted = false;
  cluster.setupPrimary({ args: ['from-settings'] });
  console.log('settings', cluster.settings.args.join(','), typeof cluster.settings.exec);
  cluster.on('exit', (worker, code, signal) => {
    log.push(`exit ${worker.id} code=${code} signal=${signal} after-disconnect=${worker.exitedAfterDisconnect} dead=${worker.isDead()}`);
    if (worker.id === 1 && !restarted) {
      restarted = true;
      const replacement = cluster.fork({ ROLE: 'replacement' });
      replacement.on('message', (m) => {
        log.push(`replacement says ${m}`);
        replacement.kill();
      });
    } else if (worker.id === 2) {
      cluster.disconnect(() => {
        log.push(`disconnected all, workers left ${Object.keys(cluster.workers).length}`);
        console.log(log.sort().join('\n'));
      });
    }
  });
  const first = cluster.fork({ ROLE: 'crasher' });
  first.on('online', () => log.push('worker 1 online'));
  first.on('message', (m) => log.push(`worker 1 says ${m}`));
} else {
  const role = process.env.ROLE;
  if (role === 'crasher') {
    process.send(`args ${process.argv.slice(2).join(',')} unique ${process.env.NODE_UNIQUE_ID === undefined}`);
    setTimeout(() => process.exit(3), 20);
  } else {
    // The replacement listens, answers, and is killed.
    const server = net.createServer().listen(0, '127.0.0.1', () => process.send(`listening ${cluster.worker.id} ${server.address().port > 0}`));
  }
}
