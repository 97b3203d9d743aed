// path (POSIX): format/parse round trips, basename with suffix, relative matrix, resolve over absolute inputs, module identities.
const path = require('path');
const { posix } = path;
const samples = ['/a/b/c.txt', 'a/b', '/', '', '.', '..', 'x.', '.x', '..x', '/a/b/', 'a//b//c.d.e', '/.../...', '/a/.b.c', 'x/..'];
for (const s of samples) {
  const parsed = posix.parse(s);
  console.log(JSON.stringify(s), JSON.stringify(parsed), JSON.stringify(posix.format(parsed)));
}
for (const obj of [{ root: '/', dir: '/x', base: 'y' }, { root: '/', name: 'n', ext: 'e' }, { root: '/', name: 'n', ext: '.e' }, { dir: 'd', base: '' }, { dir: '', name: 'n' }, { base: 'b', name: 'ignored', ext: '.ig' }, { root: 'r', base: 'b' }, { dir: '/', base: 'f' }, { dir: '//', base: 'f' }, { ext: 'only' }]) {
  console.log(JSON.stringify(obj), JSON.stringify(posix.format(obj)));
}
for (const [p, ext] of [['/a/b.js', '.js'], ['/a/b.js', 'js'], ['/a/b.js', 'b.js'], ['/a/b.js', '.JS'], ['b.js', 'x.js'], ['/a/b/', 'b'], ['aaa', 'a'], ['aaa', 'aaa'], ['a.js/', '.js'], ['/', '/'], ['', ''], ['.js', '.js'], ['x.tar.gz', '.gz'], ['x.tar.gz', '.tar.gz']]) {
  console.log('basename', JSON.stringify(p), JSON.stringify(ext), JSON.stringify(posix.basename(p, ext)));
}
const abs = ['/', '/a', '/a/b', '/a/bc', '/ab', '/a/b/c/d', '/x/y'];
for (const from of abs) console.log('relative', from, abs.map((to) => JSON.stringify(posix.relative(from, to))).join(' '));
console.log(posix.resolve('/a', 'b', '../c', './d/'), posix.resolve('/a/b', '/c', 'd'), posix.resolve('/', '..', '..'), posix.resolve('/a//b', '.'), posix.resolve('/a/', '/'));
console.log(posix.relative('/a/b/', '/a/b'), JSON.stringify(posix.relative('/a', '/a/')), posix.relative('//a', '/a/b'));
console.log(path === posix, posix.posix === posix, posix.sep, posix.delimiter, typeof path.win32, posix.toNamespacedPath('/a/../b'), posix.toNamespacedPath(5), path._makeLong === path.toNamespacedPath);
console.log(Object.keys(posix).sort().join(','));
console.log(posix.join('a', 'b/', '/c/', ''), posix.join('', '', '/'), posix.join('/', '..'), posix.normalize('/../../a/./b//'), posix.normalize('a/b/../../../c'), posix.normalize('.//'));
console.log(posix.dirname('/a/b//'), posix.dirname('a/b'), posix.dirname('/a'), posix.dirname(''), posix.dirname('//'), posix.dirname('///a'), posix.dirname('a'));
console.log(posix.extname('/a/b.c/d'), posix.extname('a.b.'), posix.extname('.a.b'), posix.extname('a.'), posix.extname('/.'), posix.extname('a/.b.c'), posix.extname('a.b//'));
for (const [name, ...args] of [['basename', 'a', null], ['basename', 'a', 5], ['format', 5], ['format', undefined], ['join', 'a', undefined], ['resolve', 'a', {}], ['relative', undefined, 'a'], ['parse', null], ['dirname'], ['extname', 1]]) {
  try {
    console.log(name, 'ok', JSON.stringify(posix[name](...args)));
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
