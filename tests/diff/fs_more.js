// More fs: flags, append, modes, mkdtemp, recursive readdir with types, access modes, exists forms.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-fsm-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const f = path.join(dir, 'f.txt');
fs.writeFileSync(f, 'one\n', { mode: 0o640 });
console.log((fs.statSync(f).mode & 0o777).toString(8));
fs.writeFileSync(f, 'two\n', { flag: 'a' });
fs.appendFileSync(f, 'three\n', { flag: 'a' });
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
const fd = fs.openSync(f, 'a+');
fs.writeSync(fd, 'four\n');
const all = Buffer.alloc(100);
const n = fs.readSync(fd, all, 0, 100, 0);
console.log(n, JSON.stringify(all.toString('utf8', 0, n)));
fs.closeSync(fd);
fs.mkdirSync(path.join(dir, 'sub/deeper'), { recursive: true });
fs.writeFileSync(path.join(dir, 'sub/deeper/x.js'), '');
const entries = fs.readdirSync(dir, { withFileTypes: true, recursive: true }).map((d) => [show(d.parentPath), d.name, d.isDirectory()]).sort();
console.log(entries);
try {
  fs.mkdtempSync(path.join(dir, 'missing/prefix-'));
} catch (e) {
  console.log(e.code, e.syscall, show(e.message));
}
console.log(fs.existsSync(f), fs.existsSync(path.join(dir, 'nope')), fs.existsSync(Buffer.from(f)), fs.existsSync(new URL(`file://${f}`)));
for (const mode of [fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK, fs.constants.X_OK]) {
  try {
    fs.accessSync(f, mode);
    console.log('access ok', mode);
  } catch (e) {
    console.log('access denied', mode, e.code);
  }
}
fs.renameSync(f, path.join(dir, 'sub/moved.txt'));
console.log(fs.readdirSync(path.join(dir, 'sub')).sort());
fs.unlinkSync(path.join(dir, 'sub/moved.txt'));
fs.rmSync(path.join(dir, 'sub'), { recursive: true });
console.log(fs.readdirSync(dir));
fs.access(path.join(dir, 'none'), (err) => console.log('async access', err.code, show(err.path)));
