// stdio entries beyond the standard streams: descriptors passed on (spawn and spawnSync), 'ignore'.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-pass-'));
const file = path.join(dir, 'out.txt');
const fd = fs.openSync(file, 'w');
const sync = spawnSync('sh', ['-c', 'echo sync to fd 4 >&4'], { stdio: ['ignore', 'inherit', 'inherit', 'ignore', fd] });
console.log('sync status', sync.status);
const child = spawn('sh', ['-c', 'echo async to fd 3 >&3; echo done'], { stdio: ['ignore', 'pipe', 'inherit', fd, 'ignore'] });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', (code) => {
  fs.closeSync(fd);
  console.log('close', code, JSON.stringify(out));
  console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
  fs.rmSync(dir, { recursive: true });
});
