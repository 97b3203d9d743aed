// path: more edge cases of join, resolve, relative, parse and format.
const path = require('path');
console.log(path.join('/a/b', '../../..', 'c'), path.join('a', '..', '..'), path.join('.', '.'), path.join('/', '/'), path.join('a/', '/b/'));
console.log(path.resolve(''), path.resolve('/a', ''), path.resolve('/a/b', '..', '..', '..'), path.resolve('/', 'a', '/b'));
console.log(JSON.stringify(path.relative('/a/b', '/a/b/c/d')), JSON.stringify(path.relative('/a/b/c', '/a')), JSON.stringify(path.relative('/', '/')));
console.log(path.parse('/home/user/file.txt'), path.parse('file'), path.parse('.bashrc'), path.parse('/a/b/'), path.parse('../x.y.z'));
console.log(path.format(path.parse('/home/user/file.txt')), path.format({ dir: 'd', name: 'n', ext: '.e' }), path.format({ root: '/', base: 'b', ext: 'ignored' }));
console.log(path.extname('a.b/c'), path.extname('a.b/c.d'), path.extname('.'), path.extname('..'), path.extname('a..'), path.extname('a.b.'));
console.log(path.dirname('/a'), path.dirname('a'), path.dirname('//a'), path.dirname('a//b//'), path.basename('//'), path.basename('a//'));
console.log(path.normalize('./a/./b/../../c/'), path.normalize('../../a/b/..'), path.normalize('//a//b//'), path.isAbsolute('./a'), path.isAbsolute('//a'));
console.log(path.posix.relative('/a/b', '/a/bc'), path.win32.relative('C:\\a\\b', 'C:\\a\\bc'), path.win32.resolve('c:\\a', '..\\..\\b'));
