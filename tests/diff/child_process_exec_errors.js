// exec/execFile error objects in detail: their own keys, message, code for ENOENT and exit
// statuses, maxBuffer with buffer output and multibyte text (counted in bytes, cut in
// characters), Infinity as maxBuffer, encodings,
// a shell given by path, abort reasons passed through (callback and promisified forms), and
// the ChildProcess they return.
const { exec, execFile } = require('child_process');
const util = require('util');

const show = (err) => err && {
  keys: Object.keys(err).sort().join(','), name: err.name, message: err.message, code: err.code,
  killed: err.killed, signal: err.signal, cmd: err.cmd, cause: err.cause && String(err.cause),
};
const run = (f) => new Promise((resolve) => {
  const child = f((err, stdout, stderr) => resolve({ err: show(err), stdout, stderr, exitCode: child.exitCode }));
});
const log = (label, v) => console.log(label, util.inspect(v, { breakLength: Infinity, depth: 3 }));

(async () => {
  log('exit 2', await run((cb) => exec('echo some; echo bad >&2; exit 2', cb)));
  log('missing file', await run((cb) => execFile('/no/such/program', ['a'], cb)));
  log('maxBuffer buffer', await run((cb) => exec('printf 0123456789; exec sleep 2', { maxBuffer: 4, encoding: 'buffer' }, cb)));
  log('maxBuffer multibyte', await run((cb) => exec('printf "ééééé"; exec sleep 2', { maxBuffer: 5 }, cb)));
  log('maxBuffer Infinity', await run((cb) => exec('head -c 3000 /dev/zero | tr "\\0" x', { maxBuffer: Infinity }, (e, out, err) => cb(e, out.length, err))));
  log('hex', await run((cb) => execFile('printf', ['AB'], { encoding: 'hex' }, cb)));
  log('base64 stderr', await run((cb) => exec('printf hi >&2', { encoding: 'base64' }, cb)));
  log('shell path', await run((cb) => exec('echo $0', { shell: '/bin/sh' }, cb)));
  log('execFile shell', await run((cb) => execFile('echo', ['$((2 * 3))'], { shell: true }, cb)));
  log('env', await run((cb) => exec('echo "[$ONLY]" "[$HOME]"', { env: { ONLY: 'this' } }, cb)));

  const ac = new AbortController();
  const aborted = run((cb) => exec('sleep 5', { signal: ac.signal }, cb));
  setTimeout(() => ac.abort(new Error('my reason')), 20);
  log('abort with reason', await aborted);
  const pre = AbortSignal.abort('already');
  log('aborted before', await run((cb) => execFile('sleep', ['5'], { signal: pre }, cb)));

  const pac = new AbortController();
  const promise = util.promisify(exec)('sleep 5', { signal: pac.signal });
  setTimeout(() => pac.abort(), 20);
  try { await promise; } catch (e) { log('promisified abort', { ...show(e), stdout: e.stdout, stderr: e.stderr }); }
  try { await util.promisify(execFile)('sh', ['-c', 'echo o; echo e >&2; exit 9']); } catch (e) { log('promisified exit', { ...show(e), stdout: e.stdout, stderr: e.stderr }); }

  for (const bad of [{ maxBuffer: -1 }, { maxBuffer: 'x' }, { timeout: -5 }, { encoding: 7 }, { signal: {} }, { killSignal: 'NOPE' }]) {
    try { await run((cb) => exec('true', bad, cb)); console.log('accepted', JSON.stringify(bad)); } catch (e) { console.log(JSON.stringify(bad), e.name, e.code, e.message); }
  }
})();
