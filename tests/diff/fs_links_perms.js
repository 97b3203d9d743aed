// Symlinks (relative and dangling), readlink and lstat, chmod and chown, link counts.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-fsl-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
process.chdir(dir);
fs.writeFileSync('target.txt', 'T');
fs.symlinkSync('target.txt', 'rel-link');
fs.symlinkSync('does-not-exist', 'dangling');
console.log(fs.readlinkSync('rel-link'), fs.readFileSync('rel-link', 'utf8'), fs.lstatSync('dangling').isSymbolicLink(), fs.existsSync('dangling'));
try {
  fs.statSync('dangling');
} catch (e) {
  console.log(e.code, e.syscall, show(e.message));
}
try {
  fs.realpathSync('dangling');
} catch (e) {
  console.log('realpath', e.code, e.syscall, show(e.message));
}
console.log(show(fs.realpathSync('rel-link')), show(fs.realpathSync('.')));
fs.linkSync('target.txt', 'hard-link');
console.log(fs.statSync('target.txt').nlink, fs.statSync('hard-link').ino === fs.statSync('target.txt').ino);
fs.chmodSync('target.txt', 0o400);
console.log((fs.statSync('target.txt').mode & 0o777).toString(8));
fs.chmodSync('target.txt', 0o644);
const { uid, gid } = fs.statSync('target.txt');
fs.chownSync('target.txt', uid, gid);
fs.lchownSync('rel-link', uid, gid);
console.log('chown kept', fs.statSync('target.txt').uid === uid);
try {
  fs.chownSync('missing', uid, gid);
} catch (e) {
  console.log(e.code, e.syscall);
}
try {
  fs.chownSync('target.txt', -2, 0);
} catch (e) {
  console.log(e.code, e.message);
}
fs.unlinkSync('rel-link');
fs.unlinkSync('dangling');
console.log(fs.readdirSync('.').sort());
process.chdir(os.tmpdir());
