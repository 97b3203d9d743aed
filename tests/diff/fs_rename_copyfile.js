// fs rename and copyFile in all forms: overwrite rules, directory cases, COPYFILE_* flags, modes and error codes.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-rcf-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const E = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, show(e.message), show(e.path), show(e.dest));
const p = (...a) => path.join(dir, ...a);
const { COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE } = fs.constants;
console.log(COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE, fs.constants.COPYFILE_EXCL === fs.promises.constants.COPYFILE_EXCL);
fs.writeFileSync(p('a'), 'AAA', { mode: 0o640 });
fs.writeFileSync(p('b'), 'B');
fs.mkdirSync(p('d1'));
fs.mkdirSync(p('d2'));
fs.writeFileSync(p('d2/inside'), '');
fs.mkdirSync(p('d3'));
for (const [label, fn] of [
  ['copy', () => { fs.copyFileSync(p('a'), p('c')); return fs.readFileSync(p('c'), 'utf8') + ' ' + (fs.statSync(p('c')).mode & 0o777).toString(8); }],
  ['copy overwrite', () => { fs.copyFileSync(p('b'), p('c')); return fs.readFileSync(p('c'), 'utf8'); }],
  ['copy excl', () => fs.copyFileSync(p('a'), p('c'), COPYFILE_EXCL)],
  ['copy excl new', () => { fs.copyFileSync(p('a'), p('e'), COPYFILE_EXCL); return fs.readFileSync(p('e'), 'utf8'); }],
  ['copy ficlone', () => { fs.copyFileSync(p('a'), p('f'), COPYFILE_FICLONE); return fs.readFileSync(p('f'), 'utf8'); }],
  ['copy missing src', () => fs.copyFileSync(p('zz'), p('y'))],
  ['copy dir src', () => fs.copyFileSync(p('d1'), p('y'))],
  ['copy onto dir', () => fs.copyFileSync(p('a'), p('d1'))],
  ['copy into missing dir', () => fs.copyFileSync(p('a'), p('no/where'))],
  ['copy to itself', () => fs.copyFileSync(p('a'), p('a'))],
  ['copy bad mode', () => fs.copyFileSync(p('a'), p('y'), 8)],
  ['copy mode string', () => fs.copyFileSync(p('a'), p('y'), '1')],
  ['copy bad dest', () => fs.copyFileSync(p('a'), 17)],
  ['rename file', () => { fs.renameSync(p('e'), p('e2')); return [fs.existsSync(p('e')), fs.readFileSync(p('e2'), 'utf8')]; }],
  ['rename over file', () => { fs.renameSync(p('e2'), p('b')); return fs.readFileSync(p('b'), 'utf8'); }],
  ['rename same', () => fs.renameSync(p('b'), p('b'))],
  ['rename missing', () => fs.renameSync(p('zz'), p('y'))],
  ['rename file over dir', () => fs.renameSync(p('b'), p('d1'))],
  ['rename dir over file', () => fs.renameSync(p('d1'), p('b'))],
  ['rename dir over nonempty dir', () => fs.renameSync(p('d1'), p('d2'))],
  ['rename dir over empty dir', () => { fs.renameSync(p('d1'), p('d3')); return fs.existsSync(p('d1')); }],
  ['rename dir into itself', () => fs.renameSync(p('d2'), p('d2/sub'))],
  ['rename into missing dir', () => fs.renameSync(p('b'), p('no/where'))],
  ['rename bad old', () => fs.renameSync(null, p('x'))],
  ['rename bad new', () => fs.renameSync(p('b'), {})],
]) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    E(label, e);
  }
}
fs.copyFile(p('a'), p('cb'), (e) => {
  console.log('cb copy', e, fs.readFileSync(p('cb'), 'utf8'));
  fs.copyFile(p('a'), p('cb'), COPYFILE_EXCL, (e2) => {
    E('cb copy excl', e2);
    fs.rename(p('zz'), p('cb'), (e3) => {
      E('cb rename missing', e3);
      fs.rename(p('cb'), p('cb2'), (e4) => {
        console.log('cb rename', e4, fs.existsSync(p('cb2')));
        try { fs.copyFile(p('a'), p('x')); } catch (e) { E('copy no cb', e); }
        try { fs.rename(p('a'), p('x')); } catch (e) { E('rename no cb', e); }
        (async () => {
          try { await fs.promises.copyFile(p('a'), p('cb2'), COPYFILE_EXCL); } catch (e) { E('promise copy excl', e); }
          try { await fs.promises.copyFile(p('a'), p('cb2'), -1); } catch (e) { E('promise copy bad mode', e); }
          try { await fs.promises.rename(p('d2'), p('b')); } catch (e) { E('promise rename dir over file', e); }
          await fs.promises.rename(p('cb2'), p('cb3'));
          console.log('promise rename', fs.readdirSync(dir).sort());
        })();
      });
    });
  });
});
