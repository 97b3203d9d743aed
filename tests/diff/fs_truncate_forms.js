// fs truncate/ftruncate in sync, callback and promise forms: shrink, extend with zeros, default length, fd argument, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-trf-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const E = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, show(e.message));
const p = (...a) => path.join(dir, ...a);
const f = p('f');
const content = () => JSON.stringify(fs.readFileSync(f, 'latin1'));
fs.writeFileSync(f, 'abcdefghij');
fs.truncateSync(f, 4);
console.log('shrink', content());
fs.truncateSync(f, 6);
console.log('extend', content());
fs.truncateSync(f);
console.log('default', content());
fs.writeFileSync(f, 'abc');
fs.truncateSync(f, 0);
console.log('zero', content());
fs.writeFileSync(f, 'abcdef');
fs.mkdirSync(p('d'));
for (const [label, fn] of [
  ['fraction len', () => fs.truncateSync(f, 1.5)],
  ['negative len', () => fs.truncateSync(f, -1)],
  ['string len', () => fs.truncateSync(f, '3')],
  ['null len', () => { fs.truncateSync(f, null); return content(); }],
  ['huge len', () => fs.truncateSync(f, 2 ** 53)],
  ['missing', () => fs.truncateSync(p('missing'), 1)],
  ['dir', () => fs.truncateSync(p('d'), 0)],
  ['through file', () => fs.truncateSync(p('f/x'), 0)],
  ['bad path', () => fs.truncateSync({}, 0)],
  ['ftruncate bad fd', () => fs.ftruncateSync(-3, 0)],
  ['ftruncate closed', () => fs.ftruncateSync(99999, 0)],
  ['ftruncate bad len', () => fs.ftruncateSync(0, {})],
]) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    E(label, e);
  }
}
fs.writeFileSync(f, '0123456789');
fs.truncate(f, 3, (e) => {
  console.log('cb truncate', e, content());
  fs.truncate(f, (e2) => {
    console.log('cb truncate default', e2, content());
    fs.truncate(p('missing'), 0, (e3) => {
      E('cb truncate missing', e3);
      try { fs.truncate(f, 'x', () => {}); } catch (e4) { E('cb truncate bad len', e4); }
      try { fs.truncate(f, 0); } catch (e4) { E('truncate no cb', e4); }
      fs.writeFileSync(f, 'xyz');
      const fd = fs.openSync(f, 'r+');
      fs.ftruncate(fd, 1, (e5) => {
        console.log('cb ftruncate', e5, content());
        fs.closeSync(fd);
        (async () => {
          fs.writeFileSync(f, 'hello');
          await fs.promises.truncate(f, 2);
          console.log('promise truncate', content());
          await fs.promises.truncate(f);
          console.log('promise truncate default', content());
          try { await fs.promises.truncate(p('d')); } catch (e) { E('promise truncate dir', e); }
          try { await fs.promises.truncate(f, -5); } catch (e) { E('promise truncate negative', e); }
        })();
      });
    });
  });
});
