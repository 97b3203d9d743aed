// path.win32: drive letters, UNC paths, mixed separators.
const { win32 } = require('path');
const inputs = ['', 'C:', 'C:\\', 'C:\\a\\b', 'C:a\\b', 'c:/x/../y', '\\a\\b', '\\\\server\\share', '\\\\server\\share\\dir\\f.txt',
  '//server/share/x', 'a\\b\\..\\c', '..\\..\\a', 'C:\\..', 'file.txt', 'C:\\dir\\', '\\\\?\\C:\\x', 'a/b\\c', 'C:\\a.b\\c.d.e'];
for (const p of inputs) {
  console.log(JSON.stringify(p), win32.normalize(p), win32.dirname(p), win32.basename(p),
    JSON.stringify(win32.extname(p)), win32.isAbsolute(p), JSON.stringify(win32.parse(p)));
}
console.log(win32.join('C:\\a', 'b', '..', 'c'), win32.join('\\\\server', 'share'), win32.join('a', '/b'), win32.join('//a', 'b'));
console.log(win32.resolve('C:\\a', 'b'), win32.resolve('C:\\a', 'D:\\b', 'c'), win32.resolve('C:\\x', '\\y'), win32.resolve('\\\\s\\sh\\a', '..\\b'));
console.log(win32.relative('C:\\a\\b', 'C:\\a\\c\\d'), win32.relative('C:\\a', 'D:\\b'), JSON.stringify(win32.relative('C:\\A', 'c:\\a')));
console.log(win32.format({ root: 'C:\\', dir: 'C:\\x', base: 'y.z' }), win32.sep, win32.delimiter, win32.toNamespacedPath('C:\\a'));
console.log(win32.basename('C:\\a\\b.txt', '.txt'), win32.basename('C:'), win32.basename('C:\\'), win32.dirname('C:\\a'), win32.dirname('\\\\s\\sh\\x'));
