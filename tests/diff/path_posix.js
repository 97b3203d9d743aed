// path (POSIX): every function over many inputs, edge cases included.
const path = require('path');
const inputs = ['', '.', '..', '/', '//', '///a', 'a', 'a/', 'a//b', '/a/b/c', '/a/b/c/', 'a/./b/../c',
  '../a/../../b', '/..', '/../a', 'a/..', './', '.a', '..a', 'a.', 'a.b.c', '/x/.hidden', 'file.tar.gz',
  'dir/file.', '/a/b/.', '//x//y//', 'a/../..', '.../x', 'foo/bar/..baz'];
for (const p of inputs) {
  console.log(JSON.stringify(p), path.normalize(p), path.dirname(p), path.basename(p),
    JSON.stringify(path.extname(p)), path.isAbsolute(p), JSON.stringify(path.parse(p)));
}
console.log(path.join(), path.join(''), path.join('a', '', 'b'), path.join('/a', '../..', 'b'), path.join('a', '/b/', '/'));
console.log(path.basename('/a/b.js', '.js'), path.basename('b.js', 'b.js'), path.basename('/a/b.js/', '.js'), path.basename('aaa', 'a'));
console.log(path.resolve('/a', 'b', '../c'), path.resolve('/x', '/y', 'z'), path.resolve('/', ''), path.resolve('/a/b/', './'));
for (const [from, to] of [['/a/b/c', '/a/d'], ['/a', '/a/b/c'], ['/a/b', '/a/b'], ['/', '/x'], ['/x/y', '/'], ['/a/bc', '/a/b']]) {
  console.log(from, to, JSON.stringify(path.relative(from, to)));
}
console.log(path.format({ root: '/', dir: '/home', base: 'f.txt' }), path.format({ name: 'n', ext: 'e' }), path.format({ root: '/', name: 'x', ext: '.y' }));
console.log(path.sep, path.delimiter, path.posix === path, path.posix.sep, typeof path.win32.join, path.toNamespacedPath('/a'));
for (const bad of [() => path.join(1), () => path.basename(null), () => path.resolve({}), () => path.format(null)]) {
  try {
    bad();
  } catch (e) {
    console.log(e.code, e.message);
  }
}
