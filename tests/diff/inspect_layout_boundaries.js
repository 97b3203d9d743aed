// util.inspect line-breaking: objects right around breakLength, grouped arrays of varying widths,
// nested compact=3 logic, long keys, multi-line values inside arrays and maps.
const util = require('util');
for (let n = 60; n <= 84; n += 3) {
  const o = { key: 'v'.repeat(n - 12) };
  const o2 = { a: 'x'.repeat(n / 3 | 0), b: 'y'.repeat(n / 3 | 0), c: 1 };
  console.log(n, util.inspect(o).includes('\n'), util.inspect(o2).includes('\n'));
  console.log(util.inspect([o2, o2]));
}
for (const len of [6, 7, 8, 16, 27, 50, 101]) {
  console.log(util.inspect(Array.from({ length: len }, (_, i) => i * 37 % 1000)));
  console.log(util.inspect(Array.from({ length: len }, (_, i) => 'w' + 'x'.repeat(i % 7))));
}
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => (i % 3 ? i : -i * 1000))));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => (i % 2 ? 1n * BigInt(i) : i))));
console.log(util.inspect(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1))));
console.log(util.inspect(Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? { i } : i))));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => 'a'.repeat(17))));
console.log(util.inspect(Array.from({ length: 12 }, (_, i) => [i, i + 1])));
console.log(util.inspect({ a: { b: { c: { d: 1 } } }, e: [1, 2, [3, 4, [5, [6]]]] }, { depth: 10 }));
console.log(util.inspect({ a: 1, b: { c: 2, d: { e: 3, f: { g: 4 } } } }, { compact: 3, breakLength: 30 }));
console.log(util.inspect({ 'a-very-long-key-name-that-goes-on-and-on-and-on-and-on-and-on': 'and a long value too' }));
console.log(util.inspect(['line1\nline2', 'short', 'x'.repeat(40) + '\n' + 'y']));
console.log(util.inspect(new Map([['k'.repeat(30), 'v'.repeat(30)], ['k2', { nested: 'v'.repeat(40) }]])));
console.log(util.inspect(new Set(Array.from({ length: 30 }, (_, i) => i))));
console.log(util.inspect(new Map(Array.from({ length: 8 }, (_, i) => [i, String(i)]))));
console.log(util.inspect({ arr: Array.from({ length: 8 }, (_, i) => ({ id: i, name: 'item' + i })) }));
console.log(util.inspect({ fn: function namedFunction() {}, cls: class Klass {}, arrow: () => {}, async: async () => {}, gen: function* g() {} }));
console.log(util.inspect([[1, 2, [3, 4, [5, 6, [7, 8]]]], { x: [{ y: [{ z: 1 }] }] }], { depth: 2 }));
console.log(util.inspect({ a: [], b: {}, c: new Map(), d: new Set(), e: '', f: [[]], g: [{}] }));
console.log(util.inspect('x'.repeat(20) + '\n' + 'y'.repeat(20) + '\n'));
console.log(util.inspect(['a\nb'], { breakLength: Infinity }));
console.log(util.inspect({ s: 'It\'s "quoted" `tick`' }));
console.log(util.inspect(Object.assign(Array(3), { 1: 'one' })));
console.log(util.inspect(new Array(200).fill(7)));
console.log(util.inspect(Array.from({ length: 7 }, () => 'abcdefghijklmnop')));
console.log(util.inspect([1.5, -2.25, 1e-7, 123456789.123, -0, NaN, Infinity, 0.1, 1e21, 2 ** 53]));
console.log(util.inspect([1.5, -2.25, 123456789.123, 1234567, 2 ** 53, -1234.5678], { numericSeparator: true }));
console.log(util.inspect(new Float32Array([0.1, 1 / 3, 1e30, -0])));
