// process.chdir/cwd: relative and symlinked targets, error codes and messages (ENOENT, ENOTDIR), argument validation.
const fs = require('fs');
const path = require('path');
const os = require('os');
const start = process.cwd();
const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pack-cwd-')));
process.on('exit', () => { process.chdir(start); fs.rmSync(dir, { recursive: true, force: true }); });
const show = (s) => String(s).replaceAll(dir, '<tmp>');
fs.mkdirSync(path.join(dir, 'a/b'), { recursive: true });
fs.writeFileSync(path.join(dir, 'file'), '');
fs.symlinkSync('a/b', path.join(dir, 'lnk'));
process.chdir(dir);
console.log('abs', show(process.cwd()));
process.chdir('a');
console.log('relative', show(process.cwd()));
process.chdir('./b/..//b/');
console.log('dots', show(process.cwd()));
process.chdir('../..');
console.log('up', show(process.cwd()));
process.chdir('lnk');
console.log('symlink', show(process.cwd()), show(fs.realpathSync('.')));
process.chdir(dir);
process.chdir(Buffer.from('a').toString());
console.log('again', show(process.cwd()), path.resolve('x') === path.join(dir, 'a', 'x'), fs.existsSync('b'));
process.chdir(dir);
for (const [label, arg] of [
  ['missing', 'nope'],
  ['missing abs', path.join(dir, 'nope')],
  ['file', 'file'],
  ['through file', 'file/x'],
  ['empty', ''],
  ['number', 5],
  ['buffer', Buffer.from('a')],
  ['url', new URL(`file://${dir}`)],
  ['undefined', undefined],
  ['null byte', 'a\0b'],
]) {
  try {
    process.chdir(arg);
    console.log(label, 'ok', show(process.cwd()));
    process.chdir(dir);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.syscall, show(e.path), show(e.dest), show(e.message));
  }
}
fs.mkdirSync(path.join(dir, 'gone'));
process.chdir(path.join(dir, 'gone'));
fs.rmdirSync(path.join(dir, 'gone'));
try {
  console.log('cwd of removed dir', process.cwd());
} catch (e) {
  console.log('cwd of removed dir', e.name, e.code, e.errno, e.syscall, e.message);
}
process.chdir(dir);
console.log('back', show(process.cwd()));
