// fs Stats and BigIntStats: keys, field types, type-test methods on files, dirs, links and devices, fstat/lstat forms.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-sts-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const f = path.join(dir, 'file');
fs.writeFileSync(f, '12345');
fs.symlinkSync(f, path.join(dir, 'link'));
fs.symlinkSync(path.join(dir, 'gone'), path.join(dir, 'dangling'));
const st = fs.statSync(f);
console.log(st.constructor.name, st instanceof fs.Stats, Object.keys(st).join(','));
console.log(Object.entries(st).map(([k, v]) => `${k}:${v instanceof Date ? 'Date' : typeof v}`).join(' '));
const bst = fs.statSync(f, { bigint: true });
console.log(bst.constructor.name, bst instanceof fs.Stats, Object.keys(bst).join(','));
console.log(Object.entries(bst).map(([k, v]) => `${k}:${v instanceof Date ? 'Date' : typeof v}`).join(' '));
console.log(bst.size, bst.mtimeNs / 1000000n === bst.mtimeMs, bst.mtime.getTime() === Number(bst.mtimeMs), st.mtime.getTime() === Math.round(st.mtimeMs) || st.mtime.getTime() === Math.floor(st.mtimeMs));
console.log(st.size === Number(bst.size), st.ino === Number(bst.ino), st.dev === Number(bst.dev), st.nlink, bst.nlink, st.blksize > 0);
const methods = ['isFile', 'isDirectory', 'isSymbolicLink', 'isBlockDevice', 'isCharacterDevice', 'isFIFO', 'isSocket'];
const report = (label, s) => console.log(label, methods.filter((m) => s[m]()).join(',') || '(none)');
report('file', st);
report('file bigint', bst);
report('dir', fs.statSync(dir));
report('dir bigint', fs.statSync(dir, { bigint: true }));
report('stat link', fs.statSync(path.join(dir, 'link')));
report('lstat link', fs.lstatSync(path.join(dir, 'link')));
report('lstat link bigint', fs.lstatSync(path.join(dir, 'link'), { bigint: true }));
report('lstat dangling', fs.lstatSync(path.join(dir, 'dangling')));
report('/dev/null', fs.statSync('/dev/null'));
report('lstat file', fs.lstatSync(f));
const fd = fs.openSync(f, 'r');
report('fstat', fs.fstatSync(fd));
console.log('fstat bigint', typeof fs.fstatSync(fd, { bigint: true }).ino, fs.fstatSync(fd).size);
fs.closeSync(fd);
console.log('lstat size of link equals target path length', fs.lstatSync(path.join(dir, 'link')).size === f.length);
console.log('dangling stat', fs.statSync(path.join(dir, 'dangling'), { throwIfNoEntry: false }));
console.log('missing lstat', fs.lstatSync(path.join(dir, 'x'), { throwIfNoEntry: false }));
try {
  fs.statSync(path.join(dir, 'dangling'));
} catch (e) {
  console.log(e.code, e.syscall, e.message.replaceAll(dir, '<tmp>'));
}
for (const bad of [{ bigint: 1 }, { throwIfNoEntry: 'yes' }, 'str', 5]) {
  try {
    const r = fs.statSync(f, bad);
    console.log('opts', JSON.stringify(bad), 'ok', typeof r.size);
  } catch (e) {
    console.log('opts', JSON.stringify(bad), e.name, e.code, e.message);
  }
}
const s1 = new fs.Stats();
console.log('new Stats()', Object.keys(s1).length, s1.isFile(), s1.dev);
const s2 = new fs.Stats(1, 0o100644, 1, 0, 0, 0, 4096, 2, 10, 8, 1000, 2000, 3000, 4000);
console.log('new Stats(..)', s2.isFile(), s2.isDirectory(), s2.size, s2.mtimeMs, s2.mtime instanceof Date, s2.mtime.getTime());
fs.stat(f, { bigint: true }, (e, s) => {
  console.log('cb bigint', e, typeof s.size, s.isFile());
  fs.lstat(path.join(dir, 'link'), (e2, s3) => {
    console.log('cb lstat', e2, s3.isSymbolicLink());
    fs.promises.stat(dir, { bigint: true }).then((s4) => console.log('promise bigint dir', s4.isDirectory(), typeof s4.birthtimeNs));
  });
});
