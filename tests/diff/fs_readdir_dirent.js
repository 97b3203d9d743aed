// fs readdir: encodings, withFileTypes Dirent methods and fields, recursive listings in sync/callback/promise forms, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-rdd-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
fs.mkdirSync(path.join(dir, 'a/b/c'), { recursive: true });
fs.writeFileSync(path.join(dir, 'top.txt'), '');
fs.writeFileSync(path.join(dir, 'a/one.js'), '');
fs.writeFileSync(path.join(dir, 'a/b/two.js'), '');
fs.writeFileSync(path.join(dir, 'a/b/c/three.js'), '');
fs.writeFileSync(path.join(dir, 'é.txt'), '');
fs.symlinkSync('a', path.join(dir, 'link-to-a'));
fs.symlinkSync('nowhere', path.join(dir, 'broken'));
console.log(fs.readdirSync(dir).sort());
console.log(fs.readdirSync(dir, 'buffer').map((b) => b.toString('hex')).sort());
console.log(fs.readdirSync(dir, { encoding: 'hex' }).sort());
console.log(fs.readdirSync(dir, { recursive: true }).sort());
console.log(fs.readdirSync(Buffer.from(path.join(dir, 'a'))).sort());
const ents = fs.readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
const kinds = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice'];
for (const d of ents) {
  console.log(d.constructor.name, d instanceof fs.Dirent, d.name, kinds.filter((k) => d[k]()).join(','), show(d.path), show(d.parentPath), Object.keys(d).sort().join(','));
}
const rec = fs.readdirSync(dir, { withFileTypes: true, recursive: true }).map((d) => `${show(d.parentPath)}|${d.name}|${d.isDirectory()}`).sort();
console.log(rec);
const bufEnts = fs.readdirSync(path.join(dir, 'a'), { withFileTypes: true, encoding: 'buffer' });
console.log(bufEnts.map((d) => Buffer.isBuffer(d.name)).join(','), bufEnts.map((d) => d.name.toString()).sort());
for (const [label, fn] of [
  ['missing', () => fs.readdirSync(path.join(dir, 'zz'))],
  ['file', () => fs.readdirSync(path.join(dir, 'top.txt'))],
  ['broken link', () => fs.readdirSync(path.join(dir, 'broken'))],
  ['bad encoding', () => fs.readdirSync(dir, { encoding: 'klingon' })],
  ['bad options', () => fs.readdirSync(dir, 17)],
  ['bad path', () => fs.readdirSync(undefined)],
  ['recursive missing', () => fs.readdirSync(path.join(dir, 'zz'), { recursive: true })],
  ['through link', () => fs.readdirSync(path.join(dir, 'link-to-a')).sort()],
]) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.syscall, show(e.message));
  }
}
fs.readdir(dir, { withFileTypes: true }, (e, list) => {
  console.log('cb', e, list.length, list.every((d) => d instanceof fs.Dirent));
  fs.readdir(path.join(dir, 'a'), { recursive: true }, (e2, list2) => {
    console.log('cb recursive', e2, list2.sort());
    fs.readdir(path.join(dir, 'nope'), (e3, list3) => {
      console.log('cb missing', e3.code, show(e3.message), list3);
      fs.promises.readdir(dir, { recursive: true, withFileTypes: true }).then((l) => {
        console.log('promise recursive types', l.length, l.filter((d) => d.isFile()).map((d) => d.name).sort());
        return fs.promises.readdir(path.join(dir, 'top.txt'));
      }).catch((e4) => console.log('promise error', e4.code, e4.syscall, show(e4.message)));
    });
  });
});
