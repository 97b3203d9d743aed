// cluster: how workers end — an exit code, an uncaught exception (its report on stderr), a
// signal the worker sends itself, worker.kill with and without a signal, process.exit in
// the middle of a message; silent workers' output read through worker.process.stdout.
const cluster = require('cluster');

if (cluster.isPrimary) {
  const roles = ['code7', 'throw', 'self-sigterm', 'kill-default', 'kill-sigkill', 'silent'];
  (async () => {
    for (const role of roles) {
      if (role === 'silent') cluster.setupPrimary({ silent: true });
      const worker = cluster.fork({ ROLE: role });
      let out = '';
      if (role === 'silent') {
        worker.process.stdout.setEncoding('utf8');
        worker.process.stdout.on('data', (d) => { out += d; });
      }
      const exited = new Promise((resolve) => worker.on('exit', (code, signal) => resolve([code, signal])));
      if (role.startsWith('kill')) {
        await new Promise((resolve) => worker.once('message', resolve));
        if (role === 'kill-default') worker.kill();
        else worker.kill('SIGKILL');
      }
      const [code, signal] = await exited;
      // A worker leaves cluster.workers once it has exited and its channel has closed too,
      // which may come in either order.
      if (worker.isConnected()) await new Promise((resolve) => worker.once('disconnect', resolve));
      console.log(role, 'exit', code, signal, 'after-disconnect', worker.exitedAfterDisconnect, 'signalCode', worker.process.signalCode, 'exitCode', worker.process.exitCode);
      if (role === 'silent') {
        await new Promise((resolve) => (worker.process.stdout.readableEnded ? resolve() : worker.process.stdout.on('end', resolve)));
        console.log('silent worker wrote', JSON.stringify(out), 'stdout is a stream', typeof worker.process.stdout.pipe);
      }
    }
    console.log('workers left', Object.keys(cluster.workers).length);
  })();
} else {
  const role = process.env.ROLE;
  if (role === 'code7') process.exit(7);
  if (role === 'throw') throw new Error('worker failed');
  if (role === 'self-sigterm') process.kill(process.pid, 'SIGTERM');
  if (role === 'silent') {
    console.log('quiet line');
    process.exit(0);
  }
  if (role.startsWith('kill')) {
    process.send('ready');
    setInterval(() => {}, 1000);
  }
}
