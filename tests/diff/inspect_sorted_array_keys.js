// util.inspect sorted: true also sorts the extra (non-index) keys of arrays and typed arrays.
const util = require('util');
const arr = [1, , 3];
arr.zeta = 'z';
arr[-1] = 'neg';
arr.alpha = 'a';
console.log(util.inspect(arr, { sorted: true }));
const ta = new Uint8Array(2);
ta.b = 1; ta.a = 2;
console.log(util.inspect(ta, { sorted: true }));
console.log(util.inspect({ b: 1, a: { d: 1, c: 2 }, [Symbol('z')]: 1, [Symbol('a')]: 2 }, { sorted: true }));
console.log(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }), util.inspect(new Set([3, 1, 2]), { sorted: true }));
console.log(util.inspect({ b: 1, a: 2, c: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) }));
