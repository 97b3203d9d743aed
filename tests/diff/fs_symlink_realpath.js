// fs symlink/readlink/realpath/realpath.native/link: relative and absolute targets, chains, loops, encodings and errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pack-slr-')));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => (Buffer.isBuffer(s) ? `<Buffer ${show(s.toString())}>` : String(s).replaceAll(dir, '<tmp>'));
const E = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, show(e.message), show(e.path), show(e.dest));
const p = (...a) => path.join(dir, ...a);
fs.mkdirSync(p('real/inner'), { recursive: true });
fs.writeFileSync(p('real/inner/file'), 'content');
fs.symlinkSync('real', p('rel'));
fs.symlinkSync(p('real/inner'), p('abs'), 'dir');
fs.symlinkSync('rel/inner/file', p('chain1'));
fs.symlinkSync('chain1', p('chain2'));
fs.symlinkSync('loopA', p('loopB'));
fs.symlinkSync('loopB', p('loopA'));
fs.symlinkSync('missing-target', p('dangling'));
fs.symlinkSync('../real/inner/file', p('real/up'));
fs.symlinkSync(Buffer.from('real'), Buffer.from(p('bufLink')));
console.log('readlink', fs.readlinkSync(p('rel')), show(fs.readlinkSync(p('abs'))), fs.readlinkSync(p('chain2')), fs.readlinkSync(p('dangling')), fs.readlinkSync(p('bufLink')));
console.log('readlink buffer', fs.readlinkSync(p('rel'), 'buffer'), fs.readlinkSync(p('rel'), { encoding: 'hex' }));
console.log('realpath', show(fs.realpathSync(p('chain2'))), show(fs.realpathSync(p('abs'))), show(fs.realpathSync(p('rel/inner/../inner/./file'))), show(fs.realpathSync(p('real/up'))));
console.log('realpath.native', show(fs.realpathSync.native(p('chain2'))), show(fs.realpathSync.native(p('rel'))));
console.log('realpath buffer', show(fs.realpathSync(p('rel'), 'buffer')), show(fs.realpathSync.native(p('rel'), { encoding: 'buffer' })));
console.log('realpath dot', fs.realpathSync('.') === process.cwd(), fs.realpathSync('/'), fs.realpathSync('//'), fs.realpathSync('/..'));
console.log('read through chain', fs.readFileSync(p('chain2'), 'utf8'), fs.statSync(p('chain2')).isFile(), fs.lstatSync(p('chain2')).isSymbolicLink());
fs.linkSync(p('real/inner/file'), p('hard'));
console.log('hard link', fs.statSync(p('hard')).nlink, fs.statSync(p('hard')).ino === fs.statSync(p('real/inner/file')).ino);
for (const [label, fn] of [
  ['realpath loop', () => fs.realpathSync(p('loopA'))],
  ['realpath.native loop', () => fs.realpathSync.native(p('loopA'))],
  ['realpath dangling', () => fs.realpathSync(p('dangling'))],
  ['realpath.native dangling', () => fs.realpathSync.native(p('dangling'))],
  ['realpath through file', () => fs.realpathSync(p('real/inner/file/x'))],
  ['stat loop', () => fs.statSync(p('loopA'))],
  ['readlink missing', () => fs.readlinkSync(p('nothing'))],
  ['readlink dir', () => fs.readlinkSync(p('real'))],
  ['symlink exists', () => fs.symlinkSync('x', p('rel'))],
  ['symlink bad type', () => fs.symlinkSync('x', p('nt'), 'sideways')],
  ['symlink type number', () => fs.symlinkSync('x', p('nt'), 5)],
  ['symlink into missing dir', () => fs.symlinkSync('x', p('nodir/l'))],
  ['symlink bad target', () => fs.symlinkSync(5, p('nt2'))],
  ['link exists', () => fs.linkSync(p('real/inner/file'), p('hard'))],
  ['link missing', () => fs.linkSync(p('nothing'), p('h2'))],
  ['link dir', () => fs.linkSync(p('real'), p('h3'))],
  ['readlink bad encoding', () => fs.readlinkSync(p('rel'), 'nope')],
  ['realpath bad options', () => fs.realpathSync(p('rel'), 7)],
  ['write through dangling', () => { fs.writeFileSync(p('dangling'), 'now'); return fs.readFileSync(p('missing-target'), 'utf8'); }],
]) {
  try {
    console.log(label, 'ok', show(fn()));
  } catch (e) {
    E(label, e);
  }
}
fs.realpath(p('chain2'), (e, r) => {
  console.log('cb realpath', e, show(r));
  fs.realpath.native(p('loopB'), (e2, r2) => {
    E('cb realpath.native loop', e2);
    console.log(r2);
    fs.readlink(p('chain1'), (e3, r3) => {
      console.log('cb readlink', e3, r3);
      fs.symlink('a', p('rel'), (e4) => {
        E('cb symlink exists', e4);
        (async () => {
          console.log('promise realpath', show(await fs.promises.realpath(p('abs'))));
          console.log('promise readlink', await fs.promises.readlink(p('rel'), 'buffer'));
          try { await fs.promises.realpath(p('loopA')); } catch (e) { E('promise realpath loop', e); }
          try { await fs.promises.readlink(p('real')); } catch (e) { E('promise readlink dir', e); }
          await fs.promises.symlink('real', p('plink'), 'junction');
          console.log('promise symlink junction', fs.readlinkSync(p('plink')));
          try { await fs.promises.link(p('nothing'), p('h9')); } catch (e) { E('promise link missing', e); }
        })();
      });
    });
  });
});
