// Less common fs calls fail with Node's codes, syscalls and messages.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-fs-codes-'));
const file = path.join(dir, 'file.txt');
const sub = path.join(dir, 'sub');
fs.writeFileSync(file, 'data');
fs.mkdirSync(sub);
fs.writeFileSync(path.join(sub, 'inner'), 'x');
const rel = (s) => s.split(dir).join('<dir>');
const attempts = {
  readdirOnFile: () => fs.readdirSync(file),
  rmdirNotEmpty: () => fs.rmdirSync(sub),
  rmdirOnFile: () => fs.rmdirSync(file),
  unlinkDir: () => fs.unlinkSync(sub),
  mkdirExists: () => fs.mkdirSync(sub),
  mkdirUnderFile: () => fs.mkdirSync(path.join(file, 'x')),
  mkdirRecursiveUnderFile: () => fs.mkdirSync(path.join(file, 'x', 'y'), { recursive: true }),
  renameDirOverFile: () => fs.renameSync(sub, file),
  copyExcl: () => fs.copyFileSync(file, path.join(sub, 'inner'), fs.constants.COPYFILE_EXCL),
  copyMissing: () => fs.copyFileSync(path.join(dir, 'missing'), path.join(dir, 'x')),
  openBadFlags: () => fs.openSync(file, 'zz'),
  openExclExisting: () => fs.openSync(file, 'wx'),
  readFileDir: () => fs.readFileSync(sub),
  truncateNegative: () => fs.truncateSync(file, -1),
  accessBadMode: () => fs.accessSync(file, 99),
  rmDirNoRecursive: () => fs.rmSync(sub),
  rmMissingForce: () => fs.rmSync(path.join(dir, 'missing'), { force: true }),
  symlinkExists: () => fs.symlinkSync(file, sub),
  readlinkNotLink: () => fs.readlinkSync(file),
  closeBadFd: () => fs.closeSync(99999),
  fstatNegative: () => fs.fstatSync(-1),
  writeSyncBadFd: () => fs.writeSync(99999, 'x'),
};
for (const [name, f] of Object.entries(attempts)) {
  try {
    const r = f();
    console.log(name, 'ok', r === undefined ? '' : typeof r);
  } catch (e) {
    console.log(name, e.name, e.code, e.errno, e.syscall, rel(e.message));
  }
}
for (const mode of [1.5, 7.9, 8.5, -0.5, NaN, null, 2 ** 32 + 1, true, 'x']) {
  for (const [label, f] of [
    ['access', () => fs.accessSync(file, mode)],
    ['copyFile', () => fs.copyFileSync(file, path.join(dir, 'copy'), mode)],
  ]) {
    try {
      f();
      console.log(label, mode, 'ok');
    } catch (e) {
      console.log(label, mode, e.name, e.code, rel(e.message));
    }
  }
}
fs.promises.access(file, 9).catch((e) => {
  console.log('promises access', e.name, e.code, e.message);
  fs.access(file, fs.constants.R_OK | fs.constants.W_OK, (err) => {
    console.log('callback access', err);
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned', fs.existsSync(dir));
  });
});
