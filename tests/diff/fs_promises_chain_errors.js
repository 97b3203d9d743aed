// fs/promises step by step: mkdir/writeFile/appendFile/readFile/stat/readdir/rename/copyFile/unlink/rmdir results and common rejections.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-pce-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const p = (...a) => path.join(dir, ...a);
const E = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, show(e.message), show(e.path), show(e.dest));
(async () => {
  console.log('mkdir', await fsp.mkdir(p('a')));
  console.log('writeFile', await fsp.writeFile(p('a/x.txt'), 'one'));
  console.log('appendFile', await fsp.appendFile(p('a/x.txt'), '+two'));
  console.log('appendFile creates', await fsp.appendFile(p('a/new.txt'), 'fresh'));
  console.log('readFile', await fsp.readFile(p('a/x.txt'), 'utf8'), (await fsp.readFile(p('a/new.txt'))).toString());
  const st = await fsp.stat(p('a/x.txt'));
  console.log('stat', st.size, st.isFile(), st.isDirectory());
  console.log('readdir', (await fsp.readdir(p('a'))).sort());
  console.log('rename', await fsp.rename(p('a/new.txt'), p('a/renamed.txt')), (await fsp.readdir(p('a'))).sort());
  console.log('copyFile', await fsp.copyFile(p('a/x.txt'), p('a/copy.txt')), await fsp.readFile(p('a/copy.txt'), 'utf8'));
  console.log('access', await fsp.access(p('a/copy.txt')));
  console.log('unlink', await fsp.unlink(p('a/copy.txt')));
  for (const [label, fn] of [
    ['readFile missing', () => fsp.readFile(p('none'))],
    ['readFile dir', () => fsp.readFile(p('a'))],
    ['writeFile into missing dir', () => fsp.writeFile(p('no/x'), 'x')],
    ['writeFile onto dir', () => fsp.writeFile(p('a'), 'x')],
    ['appendFile onto dir', () => fsp.appendFile(p('a'), 'x')],
    ['mkdir exists', () => fsp.mkdir(p('a'))],
    ['mkdir no parent', () => fsp.mkdir(p('b/c'))],
    ['rmdir not empty', () => fsp.rmdir(p('a'))],
    ['rmdir file', () => fsp.rmdir(p('a/x.txt'))],
    ['unlink missing', () => fsp.unlink(p('a/none'))],
    ['rename missing', () => fsp.rename(p('none'), p('other'))],
    ['copyFile missing', () => fsp.copyFile(p('none'), p('other'))],
    ['stat missing', () => fsp.stat(p('none'))],
    ['lstat missing', () => fsp.lstat(p('none'))],
    ['readdir missing', () => fsp.readdir(p('none'))],
    ['readdir file', () => fsp.readdir(p('a/x.txt'))],
    ['readlink missing', () => fsp.readlink(p('none'))],
    ['access missing', () => fsp.access(p('none'))],
    ['open missing', () => fsp.open(p('none'))],
    ['open excl existing', () => fsp.open(p('a/x.txt'), 'wx')],
  ]) {
    try {
      const r = await fn();
      console.log(label, 'resolved', r);
    } catch (e) {
      E(label, e);
    }
  }
  for (const [label, fn] of [
    ['readFile number path', () => fsp.readFile(true)],
    ['writeFile bad data', () => fsp.writeFile(p('a/y'), {})],
    ['mkdir bad path', () => fsp.mkdir(null)],
    ['stat bad path', () => fsp.stat({})],
  ]) {
    let sync = true;
    try {
      const pr = fn();
      sync = false;
      await pr;
      console.log(label, 'resolved');
    } catch (e) {
      console.log(label, sync ? 'threw synchronously' : 'rejected', e.name, e.code, e.message);
    }
  }
  await fsp.rm(p('a'), { recursive: true });
  console.log('rm recursive', fs.existsSync(p('a')));
})();
