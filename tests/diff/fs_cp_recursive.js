// fs.cp / cpSync / promises.cp: recursive copies, filter, force, errorOnExist, dereference, timestamps and cp-specific errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-cpr-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const E = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, show(e.message));
const p = (...a) => path.join(dir, ...a);
const walk = (d, pre = '') => fs.readdirSync(d).flatMap((n) => {
  const full = path.join(d, n);
  return fs.lstatSync(full).isDirectory() ? [pre + n, ...walk(full, pre + n + '/')] : [pre + n];
});
const list = (d) => walk(d).sort().map((n) => {
  const full = path.join(d, n);
  const st = fs.lstatSync(full);
  return st.isSymbolicLink() ? `${n}->${show(fs.readlinkSync(full))}` : st.isDirectory() ? `${n}/` : `${n}=${fs.readFileSync(full, 'utf8')}`;
}).join(' ');
fs.mkdirSync(p('src/sub/deep'), { recursive: true });
fs.writeFileSync(p('src/a.txt'), 'A');
fs.writeFileSync(p('src/b.js'), 'B');
fs.writeFileSync(p('src/sub/c.txt'), 'C');
fs.writeFileSync(p('src/sub/deep/d.js'), 'D');
fs.symlinkSync('a.txt', p('src/rel-link'));
fs.symlinkSync(p('src/sub'), p('src/abs-link'));
fs.utimesSync(p('src/a.txt'), 1000, 1000);
fs.cpSync(p('src'), p('out1'), { recursive: true });
console.log('recursive', list(p('out1')));
console.log('mtime kept?', fs.statSync(p('out1/a.txt')).mtimeMs === 1000000);
fs.cpSync(p('src'), p('out2'), { recursive: true, preserveTimestamps: true, filter: (s) => !s.endsWith('.js') });
console.log('filter+timestamps', list(p('out2')), fs.statSync(p('out2/a.txt')).mtimeMs);
fs.cpSync(p('src'), p('out3'), { recursive: true, dereference: true });
console.log('dereference', list(p('out3')));
fs.cpSync(p('src'), p('out4'), { recursive: true, verbatimSymlinks: true });
console.log('verbatim', list(p('out4')));
fs.cpSync(p('src/a.txt'), p('single.txt'));
console.log('single file', fs.readFileSync(p('single.txt'), 'utf8'));
fs.mkdirSync(p('plain/in'), { recursive: true });
fs.writeFileSync(p('plain/a.txt'), 'A');
fs.writeFileSync(p('plain/in/b.txt'), 'B');
fs.cpSync(p('plain'), p('pcopy'), { recursive: true });
fs.writeFileSync(p('pcopy/a.txt'), 'changed');
fs.writeFileSync(p('pcopy/extra'), 'E');
fs.cpSync(p('plain'), p('pcopy'), { recursive: true, force: false });
console.log('force false keeps', list(p('pcopy')));
fs.cpSync(p('plain'), p('pcopy'), { recursive: true });
console.log('force default overwrites', list(p('pcopy')));
try {
  fs.cpSync(p('src'), p('out1'), { recursive: true });
} catch (e) {
  E('recopy over absolute links', e);
}
fs.mkdirSync(p('one'));
fs.writeFileSync(p('one/x'), 'x');
fs.cpSync(p('one'), p('one-copy'), { recursive: true });
const seen = [];
fs.cpSync(p('src/sub'), p('out5'), { recursive: true, filter: (s, d) => { seen.push(`${show(s)}=>${show(d)}`); return true; } });
console.log('filter args', seen.sort());
for (const [label, fn] of [
  ['dir without recursive', () => fs.cpSync(p('src'), p('out6'))],
  ['errorOnExist', () => fs.cpSync(p('one'), p('one-copy'), { recursive: true, force: false, errorOnExist: true })],
  ['into itself', () => fs.cpSync(p('src'), p('src/sub/inner'), { recursive: true })],
  ['same path', () => fs.cpSync(p('src'), p('src'), { recursive: true })],
  ['dir to file', () => fs.cpSync(p('src'), p('single.txt'), { recursive: true })],
  ['file to dir', () => fs.cpSync(p('single.txt'), p('pcopy'))],
  ['missing src', () => fs.cpSync(p('nope'), p('out7'))],
  ['bad filter', () => fs.cpSync(p('src'), p('out8'), { filter: 'x' })],
  ['bad recursive', () => fs.cpSync(p('src'), p('out8'), { recursive: 'yes' })],
  ['bad options', () => fs.cpSync(p('src'), p('out8'), 3)],
  ['bad src', () => fs.cpSync(5, p('out8'))],
  ['bad mode', () => fs.cpSync(p('src/a.txt'), p('out8'), { mode: 99 })],
  ['excl mode', () => fs.cpSync(p('src/a.txt'), p('single.txt'), { mode: fs.constants.COPYFILE_EXCL })],
  ['async filter in sync', () => fs.cpSync(p('src'), p('out9'), { recursive: true, filter: async () => true })],
]) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    E(label, e);
  }
}
fs.cp(p('src'), p('cbout'), { recursive: true, filter: async (s) => !s.endsWith('c.txt') }, (e) => {
  console.log('cb cp', e, list(p('cbout')));
  fs.cp(p('src'), p('cbout2'), (e2) => {
    E('cb cp dir no recursive', e2);
    (async () => {
      await fs.promises.cp(p('src/sub'), p('pout'), { recursive: true });
      console.log('promise cp', list(p('pout')));
      try { await fs.promises.cp(p('src'), p('src/x'), { recursive: true }); console.log('promise into itself resolved'); } catch (e) { E('promise into itself', e); }
      try { await fs.promises.cp(p('one'), p('one-copy'), { recursive: true, force: false, errorOnExist: true }); console.log('promise errorOnExist resolved'); } catch (e) { E('promise errorOnExist', e); }
      try { await fs.promises.cp(p('nope'), p('pout2')); console.log('promise missing resolved'); } catch (e) { E('promise missing', e); }
    })();
  });
});
