// fs errors: Node's codes, errno, syscall, path and message text; argument validation.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-fse-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'x');
const attempts = {
  readMissing: () => fs.readFileSync(path.join(dir, 'missing')),
  readDir: () => fs.readFileSync(dir),
  openMissing: () => fs.openSync(path.join(dir, 'no/such/file'), 'r'),
  mkdirExists: () => fs.mkdirSync(dir),
  mkdirNoParent: () => fs.mkdirSync(path.join(dir, 'a/b')),
  rmdirNotEmpty: () => fs.rmdirSync(path.dirname(file)),
  rmdirFile: () => fs.rmdirSync(file),
  unlinkMissing: () => fs.unlinkSync(path.join(dir, 'gone')),
  unlinkDir: () => fs.unlinkSync(dir),
  renameMissing: () => fs.renameSync(path.join(dir, 'a'), path.join(dir, 'b')),
  statMissing: () => fs.statSync(path.join(dir, 'zz')),
  lstatMissing: () => fs.lstatSync(path.join(dir, 'zz')),
  readdirFile: () => fs.readdirSync(file),
  readdirMissing: () => fs.readdirSync(path.join(dir, 'nodir')),
  accessMissing: () => fs.accessSync(path.join(dir, 'nofile')),
  readlinkNotLink: () => fs.readlinkSync(file),
  realpathMissing: () => fs.realpathSync(path.join(dir, 'nope')),
  rmDirNoRecursive: () => fs.rmSync(dir),
  rmMissing: () => fs.rmSync(path.join(dir, 'nope')),
  symlinkExists: () => fs.symlinkSync(file, file),
  closeBad: () => fs.closeSync(9999),
  fstatBad: () => fs.fstatSync(9999),
  readNotFunction: () => fs.readFile(file),
  badPath: () => fs.readFileSync(42),
  badFlag: () => fs.openSync(file, 'zz'),
  badMode: () => fs.chmodSync(file, 'abc'),
  nullByte: () => fs.readFileSync('a\u0000b'),
  badFd: () => fs.fstatSync(-1),
  badEncoding: () => fs.readFileSync(file, 'nope'),
  badData: () => fs.writeFileSync(path.join(dir, 'w'), 5),
};
for (const [name, fn] of Object.entries(attempts)) {
  try {
    fn();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, e.name, e.code, e.errno, e.syscall, show(e.path), show(e.dest), show(e.message));
  }
}
console.log(fs.rmSync(path.join(dir, 'nope'), { force: true }), fs.statSync(path.join(dir, 'zz'), { throwIfNoEntry: false }));
console.log(fs.existsSync(), fs.existsSync(null), fs.existsSync(path.join(dir, 'f')));
// One after the other: concurrent operations may finish in either order.
fs.stat(path.join(dir, 'missing'), (err) => {
  console.log('callback error', err.code, show(err.message), err.stack === `Error: ${err.message}`);
  fs.promises.unlink(path.join(dir, 'missing')).catch((e) => console.log('promise error', e.code, e.syscall));
});
