// fs callback APIs called without (or with a non-function) callback throw ERR_INVALID_ARG_TYPE naming what they received.
const fs = require('fs');
const p = '/nonexistent-pack-cb/x';
const calls = {
  access: () => fs.access(p),
  appendFile: () => fs.appendFile(p, 'x'),
  chmod: () => fs.chmod(p, 0o644),
  chown: () => fs.chown(p, 0, 0),
  close: () => fs.close(99999, 'nope'),
  copyFile: () => fs.copyFile(p, p + '2'),
  exists: () => fs.exists(p),
  fchmod: () => fs.fchmod(99999, 0o644),
  fstat: () => fs.fstat(99999),
  fsync: () => fs.fsync(99999),
  ftruncate: () => fs.ftruncate(99999, 0),
  futimes: () => fs.futimes(99999, 1, 1),
  lchown: () => fs.lchown(p, 0, 0),
  link: () => fs.link(p, p + '2'),
  lstat: () => fs.lstat(p),
  lutimes: () => fs.lutimes(p, 1, 1),
  mkdir: () => fs.mkdir(p),
  mkdirOpts: () => fs.mkdir(p, { recursive: true }),
  mkdtemp: () => fs.mkdtemp(p),
  open: () => fs.open(p),
  openFlags: () => fs.open(p, 'r', 0o644),
  opendir: () => fs.opendir(p),
  read: () => fs.read(99999, Buffer.alloc(1), 0, 1, 0),
  readFile: () => fs.readFile(p),
  readFileEnc: () => fs.readFile(p, 'utf8'),
  readdir: () => fs.readdir(p),
  readlink: () => fs.readlink(p),
  realpath: () => fs.realpath(p),
  realpathNative: () => fs.realpath.native(p),
  rename: () => fs.rename(p, p + '2'),
  rmdir: () => fs.rmdir(p),
  stat: () => fs.stat(p),
  statOpts: () => fs.stat(p, { bigint: true }),
  symlink: () => fs.symlink(p, p + '2'),
  truncate: () => fs.truncate(p, 0),
  unlink: () => fs.unlink(p),
  utimes: () => fs.utimes(p, 1, 1),
  write: () => fs.write(99999, 'x'),
  writeFile: () => fs.writeFile(p, 'x'),
  writeFileOpts: () => fs.writeFile(p, 'x', {}),
  callbackNumber: () => fs.stat(p, 42),
  callbackObject: () => fs.unlink(p, {}),
};
for (const [name, fn] of Object.entries(calls)) {
  try {
    fn();
    console.log(name, 'no throw');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
setTimeout(() => console.log('no late errors'), 20);
