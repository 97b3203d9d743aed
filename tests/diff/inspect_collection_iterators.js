// util.inspect of Map/Set iterators previews their remaining entries.
const util = require('util');
const m = new Map([[1, 2], [3, { a: 4 }]]);
const s = new Set([5, 'six']);
console.log(m.entries(), m.keys(), m.values());
console.log(s.values(), s.entries());
const it = m.keys(); it.next();
console.log(it);
console.log(util.inspect(new Map([[1, 2], [3, 4], [5, 6]]).entries(), { maxArrayLength: 1 }));
console.log(util.inspect(new Set([1]).values(), { showHidden: true }));
console.log([1, 2][Symbol.iterator](), 'ab'[Symbol.iterator](), [1].entries());
console.log(util.inspect([1][Symbol.iterator](), { showHidden: true }));
console.log(util.inspect(m.entries(), { colors: true }));
