// fs utimes/futimes/lutimes in all forms: Date, seconds, numeric strings, fractional values, and argument errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-utf-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const E = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, show(e.message));
const p = (...a) => path.join(dir, ...a);
fs.writeFileSync(p('f'), '');
fs.symlinkSync('f', p('l'));
// Negative or non-finite numbers mean "now" in Node; such times print as NOW.
const t = (ms, d) => (Math.abs(ms - Date.now()) < 60000 ? 'NOW NOW' : `${ms} ${d.toISOString()}`);
const times = (f, lstat) => { const s = lstat ? fs.lstatSync(f) : fs.statSync(f); return `${t(s.atimeMs, s.atime)} ${t(s.mtimeMs, s.mtime)}`; };
for (const [a, m] of [[0, 0], [1, 2], [1.5, 2.25], ['100', '200'], [new Date(5000), new Date(6000)], [new Date('2001-02-03T04:05:06.789Z'), 1e9], [1e10, -1], [-1000.5, 0]]) {
  fs.utimesSync(p('f'), a, m);
  console.log('utimes', typeof a, typeof m, times(p('f')));
}
fs.lutimesSync(p('l'), 10, 20);
console.log('lutimes link', times(p('l'), true), 'target', times(p('f')));
fs.utimesSync(p('l'), 30, 40);
console.log('utimes via link', times(p('f')));
const fd = fs.openSync(p('f'), 'r');
fs.futimesSync(fd, new Date(7000), 8);
console.log('futimes', times(p('f')));
const bi = fs.statSync(p('f'), { bigint: true });
fs.utimesSync(p('f'), 1.000001, 2.123456789);
const bi2 = fs.statSync(p('f'), { bigint: true });
console.log('ns precision', bi2.atimeNs, bi2.mtimeNs, typeof bi.mtimeNs);
for (const [label, fn] of [
  ['utimes missing', () => fs.utimesSync(p('missing'), 1, 1)],
  ['utimes NaN', () => fs.utimesSync(p('f'), NaN, 1)],
  ['utimes Infinity', () => fs.utimesSync(p('f'), 1, Infinity)],
  ['utimes bad string', () => fs.utimesSync(p('f'), 'abc', 1)],
  ['utimes undefined', () => fs.utimesSync(p('f'))],
  ['utimes object', () => fs.utimesSync(p('f'), {}, 1)],
  ['utimes bigint', () => fs.utimesSync(p('f'), 1n, 1)],
  ['utimes invalid Date', () => fs.utimesSync(p('f'), new Date('x'), 1)],
  ['futimes bad fd', () => fs.futimesSync(-1, 1, 1)],
  ['futimes closed', () => fs.futimesSync(99999, 1, 1)],
  ['lutimes missing', () => fs.lutimesSync(p('missing'), 1, 1)],
  ['lutimes bad', () => fs.lutimesSync(p('l'), null, 1)],
]) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    E(label, e);
  }
}
console.log('after errors', times(p('f')));
fs.closeSync(fd);
fs.utimes(p('f'), 50, 60, (e) => {
  console.log('cb utimes', e, times(p('f')));
  fs.utimes(p('missing'), 1, 1, (e2) => {
    E('cb utimes missing', e2);
    fs.lutimes(p('l'), 70, 80, (e3) => {
      console.log('cb lutimes', e3, times(p('l'), true));
      try { fs.utimes(p('f'), 1, 1); } catch (e4) { E('utimes no cb', e4); }
      try { fs.futimes(0, 'q', 1, () => {}); } catch (e4) { E('futimes bad time', e4); }
      (async () => {
        await fs.promises.utimes(p('f'), new Date(90000), new Date(100000));
        console.log('promise utimes', times(p('f')));
        await fs.promises.lutimes(p('l'), 1, 2);
        console.log('promise lutimes', times(p('l'), true));
        try { await fs.promises.utimes(p('missing'), 1, 1); } catch (e) { E('promise utimes missing', e); }
        try { await fs.promises.utimes(p('f'), 'x', 1); } catch (e) { E('promise utimes bad', e); }
      })();
    });
  });
});
