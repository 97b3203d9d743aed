// fs callback forms called without a callback, or with a non-function where it belongs: Node's "cb" messages.
const fs = require('fs');
const calls = {
  statNone: () => fs.stat('.'),
  statOptionsOnly: () => fs.stat('.', {}),
  statNumber: () => fs.stat('.', {}, 5),
  lstatNone: () => fs.lstat('.'),
  accessNone: () => fs.access('.'),
  accessModeOnly: () => fs.access('.', fs.constants.R_OK),
  chmodNone: () => fs.chmod('.', 0o755),
  chownString: () => fs.chown('.', 0, 0, 'cb'),
  renameNone: () => fs.rename('a', 'b'),
  unlinkNone: () => fs.unlink('a'),
  unlinkObject: () => fs.unlink('a', {}),
  mkdirNone: () => fs.mkdir('a'),
  mkdirOptions: () => fs.mkdir('a', { recursive: true }),
  readlinkNone: () => fs.readlink('a'),
  realpathNone: () => fs.realpath('a'),
  rmdirNone: () => fs.rmdir('a'),
  mkdtempNone: () => fs.mkdtemp('a'),
  copyFileNone: () => fs.copyFile('a', 'b'),
  symlinkNone: () => fs.symlink('a', 'b'),
  symlinkType: () => fs.symlink('a', 'b', 'file'),
  truncateNone: () => fs.truncate('a'),
  utimesNone: () => fs.utimes('a', 1, 1),
  fsyncNone: () => fs.fsync(1),
  fstatNone: () => fs.fstat(1),
  readFileNone: () => fs.readFile('a'),
  writeFileNone: () => fs.writeFile('a', 'x'),
  appendFileNone: () => fs.appendFile('a', 'x'),
  readdirNone: () => fs.readdir('.'),
  openNone: () => fs.open('a'),
  readNone: () => fs.read(0, Buffer.alloc(1), 0, 1, 0),
  writeNone: () => fs.write(1, 'x'),
  existsNone: () => fs.exists('.'),
};
for (const [name, fn] of Object.entries(calls)) {
  try {
    fn();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
