// path (posix and win32): normalize, join, resolve, relative, dirname, basename, extname and
// isAbsolute over generated paths mixing separators, dots, drive letters and UNC roots.
const path = require('path');
let seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const parts = ['', '.', '..', 'a', 'bb', '/', '//', '\\', 'C:', 'c:\\', '\\\\srv\\sh', '...', '.a', 'x/..', '../..', './'];
const gen = () => { let s = ''; const k = rnd(6); for (let i = 0; i < k; i++) s += parts[rnd(parts.length)] + (rnd(2) ? '/' : (rnd(2) ? '\\' : '')); return s; };
const out = [];
for (let i = 0; i < 4000; i++) {
  const a = gen(), b = gen(), c = gen();
  for (const m of [path.posix, path.win32]) {
    out.push(m.normalize(a), m.join(a, b, c), m.resolve(a, b), m.relative(a, b), m.dirname(a), m.basename(a), m.extname(a), m.isAbsolute(a));
  }
}
console.log(require('crypto').createHash('sha256').update(JSON.stringify(out)).digest('hex'), out.length);
