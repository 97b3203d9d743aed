// child_process.spawn: output, exit status and events of one child at a time; a command that
// does not exist; kill; input through a pipe; shell, cwd, env and argv0.
const { spawn } = require('child_process');
const os = require('os');

function run(file, args, options, feed) {
  return new Promise((resolve) => {
    const child = spawn(file, args, options);
    const events = [];
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => { out += d; });
    child.stderr?.on('data', (d) => { err += d; });
    for (const name of ['spawn', 'exit', 'error']) {
      child.on(name, (...a) => events.push([name, ...a.map((x) => (x instanceof Error ? `${x.message} ${x.code} ${x.errno} ${x.syscall} ${x.path} ${JSON.stringify(x.spawnargs)}` : x))]));
    }
    if (feed) feed(child);
    child.on('close', (code, signal) => {
      resolve({ out, err, events, code, signal, exitCode: child.exitCode, signalCode: child.signalCode, killed: child.killed, pidType: typeof child.pid, spawnfile: child.spawnfile, spawnargs: child.spawnargs });
    });
  });
}

(async () => {
  console.log(await run('sh', ['-c', 'echo out; echo err >&2; exit 3']));
  console.log(await run('no-such-command-here', ['x']));
  console.log(await run('sleep', ['10'], {}, (c) => setTimeout(() => console.log('kill', c.kill(), c.kill('SIGKILL') === true), 20)));
  console.log(await run('cat', [], {}, (c) => { c.stdin.write('one\n'); c.stdin.end(Buffer.from('two\n')); }));
  console.log(await run('echo $0 $FOO; pwd', [], { shell: true, cwd: os.tmpdir(), env: { FOO: 'bar', PATH: process.env.PATH } }));
  console.log(await run('sh', ['-c', 'echo $0'], { argv0: 'renamed' }));
  console.log(await run('sh', ['-c', 'kill -9 $$']));
  const c = spawn('true', [], { stdio: 'ignore' });
  console.log('ignored stdio', c.stdin, c.stdout, c.stderr, c.stdio);
  c.on('close', (code) => console.log('ignored close', code));
  try { spawn('x', { stdio: 'bogus' }); } catch (e) { console.log(e.code); }
  try { spawn(''); } catch (e) { console.log(e.code, e.message); }
  try { spawn('sh', [], { killSignal: 'SIGNOPE' }); } catch (e) { console.log(e.code, e.message); }
})();
