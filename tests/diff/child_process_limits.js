// spawnSync's limits: a timeout while a grandchild keeps the pipes open, output past maxBuffer,
// input that is not read, shells and Node's argument errors.
const cp = require('child_process');

const started = Date.now();
const held = cp.spawnSync('sh', ['-c', 'sleep 3 & echo hi'], { timeout: 300 });
console.log(held.error && held.error.code, held.stdout.toString(), Date.now() - started < 2500);
const flood = cp.spawnSync('sh', ['-c', 'head -c 3000000 /dev/zero'], { maxBuffer: 1000 });
console.log(flood.error && flood.error.code, flood.stdout.length < 3000000);
const unread = cp.spawnSync('true', { input: Buffer.alloc(1 << 20) });
console.log(unread.status, unread.error && [unread.error.code, unread.error.message]);
console.log(cp.execFileSync('echo', ['$HOME'], { shell: true, env: { HOME: '/home/x' }, encoding: 'utf8' }));
console.log(cp.execSync('echo $0', { shell: false, encoding: 'utf8' }).trim().length > 0);
const inherited = Object.create({ INHERITED: 'yes' });
console.log(cp.spawnSync('sh', ['-c', 'echo $INHERITED'], { env: inherited, encoding: 'utf8' }).stdout);
console.log(cp.spawnSync('/nonexistent/dir/cmd').output, cp.spawnSync('sleep', ['0'], { timeout: 1e30 }).status);
for (const f of [
  () => cp.spawnSync('echo', ['a\u0000b']),
  () => cp.spawnSync('ec\u0000ho'),
  () => cp.spawnSync('echo', [], { timeout: -1 }),
  () => cp.spawnSync('echo', [], { timeout: 1.5 }),
  () => cp.spawnSync('echo', [], { maxBuffer: -1 }),
  () => cp.spawnSync('echo', [], { killSignal: 0 }),
  () => cp.spawnSync('echo', [], { env: { A: 'x\u0000' } }),
]) {
  try {
    f();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
