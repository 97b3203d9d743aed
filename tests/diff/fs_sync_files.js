// fs sync: write/append/read with encodings and flags, descriptors, truncate, copy, rename.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (v) => (typeof v === 'string' ? v.replaceAll(dir, '<tmp>') : v);
const f = path.join(dir, 'file.txt');
fs.writeFileSync(f, 'héllo');
fs.appendFileSync(f, Buffer.from(' wörld'));
fs.appendFileSync(f, '!', { encoding: 'latin1' });
console.log(fs.readFileSync(f, 'utf8'), fs.readFileSync(f), fs.readFileSync(f, { encoding: 'base64' }), fs.readFileSync(f, 'hex').length);
fs.writeFileSync(f, 'aGVsbG8=', 'base64');
console.log(fs.readFileSync(f, 'utf8'));
fs.writeFileSync(f, new Uint8Array([65, 66, 67]));
console.log(fs.readFileSync(f, 'latin1'));
try {
  fs.writeFileSync(f, 'x', { flag: 'wx' });
} catch (e) {
  console.log(e.code, show(e.message));
}
const fd = fs.openSync(f, 'r+');
const buf = Buffer.alloc(5, '.');
console.log(fs.readSync(fd, buf, 1, 2, 0), buf.toString(), fs.readSync(fd, buf), buf.toString());
console.log(fs.writeSync(fd, 'xyz', 1), fs.writeSync(fd, Buffer.from('12345'), 1, 3, 0), fs.fstatSync(fd).size);
fs.ftruncateSync(fd, 2);
fs.fsyncSync(fd);
fs.closeSync(fd);
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
fs.truncateSync(f, 4);
console.log(fs.readFileSync(f));
const g = path.join(dir, 'copy.txt');
fs.copyFileSync(f, g);
try {
  fs.copyFileSync(f, g, fs.constants.COPYFILE_EXCL);
} catch (e) {
  console.log(e.code, e.syscall, show(e.message));
}
fs.renameSync(g, path.join(dir, 'renamed.txt'));
console.log(fs.readdirSync(dir).sort());
const fdW = fs.openSync(path.join(dir, 'w.txt'), 'w');
fs.writeFileSync(fdW, 'via fd');
fs.closeSync(fdW);
const fdR = fs.openSync(path.join(dir, 'w.txt'));
console.log(fs.readFileSync(fdR, 'utf8'));
fs.closeSync(fdR);
