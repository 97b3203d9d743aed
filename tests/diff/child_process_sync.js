// Running commands to their end: spawnSync's result, execSync and execFileSync, Node's errors.
const cp = require('child_process');

const show = (r) => ({ ...r, pid: typeof r.pid, error: r.error && [r.error.message, r.error.code, r.error.errno, r.error.syscall, r.error.path, r.error.spawnargs] });
console.log(show(cp.spawnSync('nonexistent-command-xyz', ['a'])));
console.log(show(cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3'])));
console.log(show(cp.spawnSync('sleep', ['2'], { timeout: 100 })));
console.log(show(cp.spawnSync('sh', ['-c', 'kill -TERM $$'])));
console.log(cp.spawnSync('cat', { input: 'piped input' }).stdout.toString());
console.log(cp.spawnSync('sh', ['-c', 'echo $GREETING; pwd'], { env: { GREETING: 'hello env' }, cwd: '/', encoding: 'utf8' }).stdout);
console.log(cp.spawnSync('echo', ['shell', 'words'], { shell: true, encoding: 'latin1' }).stdout);
console.log(cp.spawnSync('sh', ['-c', 'echo $0'], { argv0: 'custom-name', encoding: 'utf8' }).stdout);
console.log(cp.execSync('echo hi').toString(), cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }));
console.log(cp.execSync('printf x; printf e >&2', { stdio: 'pipe' }).toString());
try {
  cp.execSync('echo partial; exit 2', { stdio: 'pipe' });
} catch (err) {
  console.log(Object.keys(err), err.message, err.status, err.stdout.toString());
}
try {
  cp.execFileSync('sh', ['-c', 'echo oops >&2; exit 4'], { stdio: 'pipe' });
} catch (err) {
  console.log(err.message, err.status, err.signal);
}
try {
  cp.execFileSync('nonexistent-command-xyz');
} catch (err) {
  console.log(err.message, err.code, Object.keys(err));
}
const big = cp.spawnSync('sh', ['-c', 'head -c 100000 /dev/zero'], { maxBuffer: 10 });
console.log(big.error && [big.error.message, big.error.code]);
for (const f of [() => cp.spawnSync(''), () => cp.spawnSync(5), () => cp.spawnSync('ls', 'x'), () => cp.spawnSync('ls', [], { killSignal: 'SIGNOPE' }), () => cp.execSync(5)]) {
  try {
    f();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
