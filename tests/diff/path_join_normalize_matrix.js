// path.posix join/normalize/resolve/isAbsolute/relative over a matrix of segment combinations.
const { posix } = require('path');
const segs = ['', '.', '..', '/', 'a', 'a/', '/b', 'b/..', './c', '../d', '//e//', 'f/./g'];
for (const x of segs) {
  console.log(JSON.stringify(x), segs.map((y) => JSON.stringify(posix.join(x, y))).join(' '));
}
for (const x of segs) {
  console.log('norm', JSON.stringify(x), JSON.stringify(posix.normalize(x)), JSON.stringify(posix.normalize(`${x}/${x}`)), posix.isAbsolute(x), JSON.stringify(posix.resolve('/root', x)), JSON.stringify(posix.relative('/root/a', posix.resolve('/root', x))));
}
console.log(JSON.stringify(posix.join('a', 'b', 'c', '..', '..', '..', '..')), JSON.stringify(posix.join('/a', 'b', '..', '..', '..')), JSON.stringify(posix.normalize('a/b/c/../../../..')));
console.log(JSON.stringify(posix.resolve('/', 'a', '..', 'b', '.', 'c/')), JSON.stringify(posix.resolve('/a/b', '../../../..')), JSON.stringify(posix.resolve('/x', '/y', 'z')));
