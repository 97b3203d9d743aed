// child_process: the synchronous forms read pipes beyond the standard streams: spawnSync's
// output holds what the child wrote to fd 3 and up (null where 'ignore'), as text with an
// encoding, counted against maxBuffer; execFileSync returns stdout alone.
const { spawnSync, execFileSync } = require('child_process');
const r = spawnSync('sh', ['-c', 'echo out; echo err >&2; echo three >&3; echo five >&5'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'ignore', 'pipe'] });
console.log(r.output.length, r.output.map((x) => (x === null ? null : x === undefined ? 'undef' : String(x))));
const r2 = spawnSync('sh', ['-c', 'echo three >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'], encoding: 'utf8' });
console.log(JSON.stringify(r2.output));
const r3 = spawnSync('sh', ['-c', 'head -c 100000 /dev/zero >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'], maxBuffer: 1000 });
console.log(r3.error && r3.error.code, r3.output && r3.output[3] && r3.output[3].length > 1000);
try { console.log(JSON.stringify(String(execFileSync('sh', ['-c', 'echo x >&3; echo y'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] })))); } catch (e) { console.log(e.message); }
