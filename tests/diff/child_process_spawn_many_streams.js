// child_process.spawn: large output, many children at once, inherited and ignored streams,
// writes after the exit, kill after the exit, ChildProcess itself.
const { spawn, ChildProcess } = require('child_process');
const closed = (child) => new Promise((resolve) => child.on('close', (...a) => resolve(a)));
(async () => {
  const big = spawn('sh', ['-c', "head -c 3000000 /dev/zero | tr '\\0' a"]);
  let size = 0;
  let chunks = 0;
  big.stdout.on('data', (d) => { size += d.length; chunks++; });
  console.log('big', await closed(big), size, chunks > 1);

  const many = [];
  for (let i = 0; i < 20; i++) {
    const c = spawn('sh', ['-c', `echo child ${i}; exit ${i % 3}`]);
    let out = '';
    c.stdout.on('data', (d) => { out += d; });
    many.push(closed(c).then(([code]) => `${out.trim()} -> ${code}`));
  }
  console.log((await Promise.all(many)).join('\n'));

  console.log('before inherit');
  const inherit = spawn('echo', ['straight to our stdout'], { stdio: ['ignore', 'inherit', 'pipe'] });
  // Printed once the child is done: it writes to the same stdout, at a time of its own.
  const streams = [inherit.stdin, inherit.stdout, inherit.stderr !== null];
  console.log('inherit', await closed(inherit));
  console.log('inherit stdio', ...streams);

  const done = spawn('true');
  await closed(done);
  console.log('kill after exit', done.kill(), done.killed, done.stdin.destroyed);
  await new Promise((resolve) => done.stdin.write('late', (err) => { console.log('late write', err && err.code); resolve(); }));
  console.log('is ChildProcess', done instanceof ChildProcess, typeof ChildProcess);

  const fd = spawn('sh', ['-c', 'echo to fd 1 through a descriptor'], { stdio: ['pipe', 1, 2] });
  console.log('fd', await closed(fd));

  const sleeper = spawn('sleep', ['3'], { stdio: 'ignore', detached: true });
  sleeper.unref();
  console.log('unref keeps nothing waiting', typeof sleeper.pid);
  process.on('exit', () => { try { process.kill(sleeper.pid); } catch {} });
})();
