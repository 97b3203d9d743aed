// child_process.exec and execFile: output as strings or buffers, failures with code, killed,
// signal and cmd, promisified forms, maxBuffer, timeout and abort signals.
const { exec, execFile } = require('child_process');
const util = require('util');
const step = (f) => new Promise((resolve) => f((...a) => { console.log(...a.map((x) => (x instanceof Error ? { message: x.message, code: x.code, killed: x.killed, signal: x.signal, cmd: x.cmd, name: x.name } : x))); resolve(); }));
(async () => {
  await step((done) => exec('echo hello; echo oops >&2', done));
  await step((done) => exec('echo partial; exit 4', done));
  await step((done) => execFile('printf', ['%s-%s', 'a', 'b'], done));
  await step((done) => execFile('printf', ['abc'], { encoding: 'buffer' }, done));
  await step((done) => execFile('no-such-binary-xyz', done));
  await step((done) => exec('yes | head -c 5000', { maxBuffer: 100 }, done));
  await step((done) => exec('sleep 5', { timeout: 50 }, done));
  const ac = new AbortController();
  const p = step((done) => execFile('sleep', ['5'], { signal: ac.signal }, done));
  setTimeout(() => ac.abort(), 30);
  await p;
  const pexec = util.promisify(exec);
  console.log(await pexec('echo promised'));
  try { await pexec('echo no >&2; exit 2'); } catch (e) { console.log('rejected', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr)); }
  const pfile = util.promisify(execFile);
  const promise = pfile('echo', ['x', 'y']);
  console.log(typeof promise.child.pid, await promise);
  try { execFile('echo', 5); } catch (e) { console.log(e.code, e.message); }
})();
