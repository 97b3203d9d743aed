// path.win32: device and namespaced paths, UNC roots, drive-relative resolution, relative() across roots, toNamespacedPath.
// (Inputs whose result would depend on process.cwd() are left out.)
const { win32 } = require('path');
const inputs = ['\\\\?\\C:\\a\\b', '\\\\.\\pipe\\name', '\\\\?\\UNC\\srv\\sh\\x', '\\\\srv', '\\\\srv\\', '\\\\srv\\sh', '\\\\srv\\sh\\',
  '//srv/sh/a/../b', '\\\\\\x', 'C:..\\a', 'C:.', 'C:\\.\\a\\..\\..', 'c:\\A\\B\\', 'C:\\a\\b\\c\\..\\..', 'x:y', 'CON', 'C:\\a:b', '\\\\srv\\sh\\..\\..\\x'];
for (const p of inputs) {
  const parsed = win32.parse(p);
  console.log(JSON.stringify(p), '|', win32.normalize(p), '|', win32.isAbsolute(p), '|', win32.dirname(p), '|', win32.basename(p), '|', parsed.root, '|', parsed.dir, '|', win32.isAbsolute(p) ? win32.toNamespacedPath(p) : '(cwd-dependent)');
}
const abs = ['C:\\', 'C:\\a', 'D:\\x\\y', '\\\\srv\\sh', '\\\\srv\\sh\\dir', '\\\\other\\sh'];
for (const from of abs) {
  console.log(JSON.stringify(from), abs.map((to) => JSON.stringify(win32.relative(from, to))).join(' '));
}
console.log(win32.resolve('C:\\a\\b', 'C:c'), win32.resolve('\\\\srv\\sh\\a', '\\b'), win32.resolve('C:\\', '\\\\srv\\sh'), win32.resolve('C:/a/', './b/'));
console.log(win32.resolve('c:\\x', 'C:y'), win32.resolve('\\\\?\\C:\\a', '..'), win32.resolve('C:\\a', '\\\\srv\\sh\\..\\x'));
console.log(win32.join('\\\\srv', 'sh', 'x'), win32.join('\\\\', 'srv', 'sh'), win32.join('C:', 'a'), win32.join('C:', '\\a'), win32.join('', ''), win32.join('a', '', '..'), win32.join('\\\\?\\C:', 'x'));
console.log(win32.toNamespacedPath('C:\\a\\..\\b'), win32.toNamespacedPath('\\\\srv\\sh\\f'), win32.toNamespacedPath(''), win32.toNamespacedPath('\\\\?\\already'), win32.toNamespacedPath('\\\\.\\pipe\\p'));
console.log(win32.basename('C:\\a\\b.txt', 'b.txt'), win32.basename('C:\\a\\b.TXT', '.txt'), win32.basename('C:b.txt', '.txt'), win32.basename('\\\\srv\\sh\\'), win32.basename('a\\b\\', 'b'), win32.basename('aaa', 'a'));
console.log(win32.extname('C:\\a\\.b'), win32.extname('C:\\a\\b.'), win32.extname('C:\\a.b\\'), win32.extname('C:'), win32.extname('\\\\srv\\sh\\x.y'));
console.log(win32.format({ root: 'C:\\', name: 'n', ext: 'e' }), win32.format({ dir: '\\\\srv\\sh', base: 'f' }), win32.format({ root: 'C:\\', dir: 'C:\\' , base: 'x' }), win32.format({ name: '.hidden' }), win32.format({}));
console.log(win32.isAbsolute('C:'), win32.isAbsolute('C:/'), win32.isAbsolute('/'), win32.isAbsolute('\\\\'), win32.isAbsolute('//x'), win32.isAbsolute('c'), win32.isAbsolute(''));
console.log(win32.sep, win32.delimiter, win32.win32 === win32, win32.posix === require('path').posix, win32 === require('path/win32'), require('path/posix') === require('path').posix);
