// fs sync functions reject bad path/fd arguments (types, null bytes, URLs) with Node's codes and messages.
const fs = require('fs');
const badPaths = [['undefined', undefined], ['null', null], ['number', 12345], ['boolean', false], ['object', {}], ['array', ['x']], ['null byte', 'a\0b'], ['buffer null byte', Buffer.from('a\0b')], ['http URL', new URL('http://x/y')], ['file URL encoded slash', new URL('file:///a%2Fb')], ['function', () => {}], ['symbol', Symbol('p')]];
const fns = {
  readFileSync: (p) => fs.readFileSync(p),
  writeFileSync: (p) => fs.writeFileSync(p, 'x'),
  statSync: (p) => fs.statSync(p),
  lstatSync: (p) => fs.lstatSync(p),
  readdirSync: (p) => fs.readdirSync(p),
  mkdirSync: (p) => fs.mkdirSync(p),
  rmSync: (p) => fs.rmSync(p),
  unlinkSync: (p) => fs.unlinkSync(p),
  openSync: (p) => fs.openSync(p, 'r'),
  renameSyncNew: (p) => fs.renameSync('/nonexistent-pack-src', p),
  symlinkSyncTarget: (p) => fs.symlinkSync(p, '/nonexistent-pack-dir/link'),
  realpathSync: (p) => fs.realpathSync(p),
  existsSync: (p) => fs.existsSync(p),
};
for (const [fname, fn] of Object.entries(fns)) {
  const out = [];
  for (const [label, p] of badPaths) {
    try {
      const r = fn(p);
      out.push(`${label}=>ok:${r}`);
    } catch (e) {
      out.push(`${label}=>${e.code}`);
    }
  }
  console.log(fname, out.join(' '));
}
for (const [label, p] of badPaths.slice(0, 9)) {
  try {
    fs.accessSync(p);
  } catch (e) {
    console.log('message', label, e.name, e.code, e.message);
  }
}
const badFds = [['string', '1'], ['negative', -1], ['float', 0.5], ['huge', 2 ** 31], ['NaN', NaN], ['null', null], ['bigint', 1n], ['object', {}]];
for (const [fname, fn] of Object.entries({
  fstatSync: (fd) => fs.fstatSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  fchmodSync: (fd) => fs.fchmodSync(fd, 0o644),
  futimesSync: (fd) => fs.futimesSync(fd, 1, 1),
  readSync: (fd) => fs.readSync(fd, Buffer.alloc(1)),
  writeSync: (fd) => fs.writeSync(fd, 'x'),
})) {
  console.log(fname, badFds.map(([label, fd]) => {
    try {
      fn(fd);
      return `${label}=>ok`;
    } catch (e) {
      return `${label}=>${e.code}`;
    }
  }).join(' '));
}
for (const [label, fd] of badFds) {
  try {
    fs.fstatSync(fd);
  } catch (e) {
    console.log('fd message', label, e.name, e.code, e.message);
  }
}
