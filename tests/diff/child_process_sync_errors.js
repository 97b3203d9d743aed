// The synchronous forms' failures in detail: execFileSync/execSync errors (status, signal,
// stdout/stderr contents as buffers or strings, output, pid, message), input as string, Buffer
// and typed array with encodings, stdio 'inherit' vs 'pipe' for stderr, timeouts with
// killSignal, and spawnSync's result fields for signals and encodings.
const cp = require('child_process');

const fields = (e) => ({
  name: e.name, message: e.message, status: e.status, signal: e.signal, code: e.code,
  stdout: e.stdout, stderr: e.stderr, output: e.output, pid: typeof e.pid, keys: Object.keys(e).sort().join(','),
});
const attempt = (label, fn) => {
  const show = (v) => require('util').inspect(v, { breakLength: Infinity });
  try {
    console.log(label, 'returned', show(fn()));
  } catch (e) {
    console.log(label, show(fields(e)));
  }
};

attempt('execFileSync exit', () => cp.execFileSync('sh', ['-c', 'echo out; echo err >&2; exit 5'], { stdio: 'pipe' }));
attempt('execFileSync utf8', () => cp.execFileSync('sh', ['-c', 'printf "é"; printf "ü" >&2; exit 1'], { encoding: 'utf8', stdio: 'pipe' }));
attempt('execFileSync signal', () => cp.execFileSync('sh', ['-c', 'kill -USR1 $$'], { stdio: 'pipe' }));
attempt('execFileSync timeout', () => cp.execFileSync('sleep', ['5'], { timeout: 50, killSignal: 'SIGINT', stdio: 'pipe' }));
attempt('execSync exit', () => cp.execSync('echo to-out; exit 3', { encoding: 'latin1', stdio: 'pipe' }));
attempt('execSync missing', () => cp.execSync('definitely-not-a-command-xyz 2>/dev/null', { stdio: 'pipe' }));
attempt('execSync input', () => cp.execSync('tr a-z A-Z', { input: 'shout', encoding: 'utf8' }));
attempt('execFileSync input buffer', () => cp.execFileSync('od', ['-An', '-tx1'], { input: Buffer.from([1, 2, 255]), encoding: 'utf8' }).trim());
attempt('execFileSync input typed', () => cp.execFileSync('wc', ['-c'], { input: new Uint16Array([1, 2, 3]), encoding: 'utf8' }).trim());
attempt('execFileSync input dataview', () => cp.execFileSync('wc', ['-c'], { input: new DataView(new ArrayBuffer(5)), encoding: 'utf8' }).trim());
attempt('execFileSync input number', () => cp.execFileSync('cat', { input: 5 }));
attempt('spawnSync input hex', () => cp.spawnSync('cat', { input: '68690a', encoding: 'hex' }).stdout);
attempt('spawnSync encoding buffer', () => Buffer.isBuffer(cp.spawnSync('echo', ['x'], { encoding: 'buffer' }).stdout));
attempt('spawnSync bad encoding', () => cp.spawnSync('echo', ['x'], { encoding: 'nope' }).stdout);
const sig = cp.spawnSync('sh', ['-c', 'echo before; kill -HUP $$; echo after']);
console.log('spawnSync signal', sig.status, sig.signal, sig.stdout.toString(), sig.output.length, sig.output[0]);
const ignored = cp.spawnSync('sh', ['-c', 'echo x; echo y >&2'], { stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' });
console.log('spawnSync ignore', ignored.output, ignored.stdout, ignored.stderr);
const timed = cp.spawnSync('sleep', ['5'], { timeout: 50, killSignal: 9 });
console.log('spawnSync timeout', timed.status, timed.signal, timed.error && [timed.error.code, timed.error.errno, timed.error.syscall, timed.error.path, timed.error.spawnargs]);
attempt('cwd as URL', () => cp.execFileSync('pwd', { cwd: require('url').pathToFileURL('/tmp'), encoding: 'utf8' }));
attempt('cwd as Buffer', () => cp.execFileSync('pwd', { cwd: Buffer.from('/'), encoding: 'utf8' }));
attempt('cwd with NUL', () => cp.execFileSync('pwd', { cwd: '/tm\u0000p' }));
for (const bad of [{ input: {} }, { encoding: 5 }, { timeout: 'x' }, { killSignal: {} }, { stdio: 5 }, { cwd: 5 }, { uid: 'x' }, { gid: 1.5 }, { shell: 5 }, { argv0: 5 }, { windowsHide: 'yes' }, { detached: 1 }, { killSignal: 'sigterm', timeout: 1000 }]) {
  attempt(`options ${JSON.stringify(bad)}`, () => cp.execFileSync('true', [], bad) + '');
}
