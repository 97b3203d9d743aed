// fs rm/rmdir/unlink in sync, callback and promise forms: recursive, force, option validation and error codes.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-rmr-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const E = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, show(e.message));
const p = (...a) => path.join(dir, ...a);
const build = () => {
  fs.mkdirSync(p('t/a/b'), { recursive: true });
  fs.writeFileSync(p('t/a/b/f'), 'x');
  fs.writeFileSync(p('t/g'), 'y');
  fs.symlinkSync(p('t/a'), p('t/link'));
};
build();
fs.writeFileSync(p('file'), '');
fs.mkdirSync(p('empty'));
for (const [label, fn] of [
  ['rm dir no recursive', () => fs.rmSync(p('t'))],
  ['rm empty dir no recursive', () => fs.rmSync(p('empty'))],
  ['rm missing', () => fs.rmSync(p('missing'))],
  ['rm missing force', () => fs.rmSync(p('missing'), { force: true })],
  ['rm missing recursive force', () => fs.rmSync(p('missing/deep'), { recursive: true, force: true })],
  ['rm bad recursive', () => fs.rmSync(p('t'), { recursive: 1 })],
  ['rm bad force', () => fs.rmSync(p('t'), { force: 'yes' })],
  ['rm bad maxRetries', () => fs.rmSync(p('t'), { maxRetries: -1 })],
  ['rm bad retryDelay', () => fs.rmSync(p('t'), { retryDelay: 'x' })],
  ['rm bad options', () => fs.rmSync(p('t'), 5)],
  ['rm link only', () => { fs.rmSync(p('t/link')); return fs.existsSync(p('t/a/b/f')); }],
  ['rm file', () => fs.rmSync(p('t/g'))],
  ['rm recursive', () => { fs.rmSync(p('t'), { recursive: true }); return fs.existsSync(p('t')); }],
  ['rmdir file', () => fs.rmdirSync(p('file'))],
  ['rmdir missing', () => fs.rmdirSync(p('missing'))],
  ['rmdir not empty', () => { build(); fs.rmdirSync(p('t')); }],
  ['rmdir empty', () => fs.rmdirSync(p('empty'))],
  ['rmdir through file', () => fs.rmdirSync(p('file/x'))],
  ['rmdir bad options', () => fs.rmdirSync(p('t'), 'x')],
  ['rmdir bad recursive', () => fs.rmdirSync(p('t'), { recursive: 'x' })],
  ['unlink dir', () => fs.unlinkSync(p('t'))],
  ['unlink missing', () => fs.unlinkSync(p('missing'))],
  ['unlink through file', () => fs.unlinkSync(p('file/x'))],
  ['unlink link keeps target', () => { fs.symlinkSync(p('file'), p('l2')); fs.unlinkSync(p('l2')); return fs.existsSync(p('file')); }],
  ['unlink dangling link', () => { fs.symlinkSync(p('gone'), p('l3')); fs.unlinkSync(p('l3')); return fs.existsSync(p('l3')); }],
  ['unlink number', () => fs.unlinkSync(1)],
  ['rm file trailing slash', () => fs.rmSync(p('file') + '/')],
]) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    E(label, e);
  }
}
fs.rm(p('t'), (e) => {
  E('cb rm dir', e);
  fs.rm(p('t'), { recursive: true }, (e2) => {
    console.log('cb rm recursive', e2, fs.existsSync(p('t')));
    fs.rm(p('t'), (e3) => {
      E('cb rm missing', e3);
      fs.rm(p('t'), { force: true }, (e4) => {
        console.log('cb rm missing force', e4);
        fs.rmdir(p('file'), (e5) => {
          E('cb rmdir file', e5);
          fs.unlink(p('nope'), (e6) => {
            E('cb unlink missing', e6);
            try { fs.unlink(p('x'), 'cb'); } catch (e) { E('unlink bad cb', e); }
            (async () => {
              build();
              try { await fs.promises.rm(p('t')); } catch (e) { E('promise rm dir', e); }
              try { await fs.promises.rmdir(p('t')); } catch (e) { E('promise rmdir not empty', e); }
              try { await fs.promises.unlink(p('t')); } catch (e) { E('promise unlink dir', e); }
              await fs.promises.rm(p('t'), { recursive: true });
              console.log('promise rm recursive', fs.existsSync(p('t')));
              console.log('promise rm force', await fs.promises.rm(p('t'), { force: true }));
              try { await fs.promises.rm(p('t'), { maxRetries: 1.5 }); } catch (e) { E('promise rm bad maxRetries', e); }
            })();
          });
        });
      });
    });
  });
});
