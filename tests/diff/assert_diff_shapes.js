// deepStrictEqual diff rendering for larger structures: skipped lines, arrays of objects,
// multi-line strings, whitespace-only differences, nested Maps, long single-line values.
const assert = require('assert');
const report = (label, a, b) => {
  try { assert.deepStrictEqual(a, b); console.log(label, 'equal'); } catch (e) { console.log(`--- ${label}`); console.log(e.message); }
};
const big = (n, change) => Object.fromEntries(Array.from({ length: n }, (_, i) => ['key' + i, i === change ? 'changed' : i]));
report('skip lines', big(30, -1), big(30, 15));
report('two regions', { ...big(40, 5), extra: big(5, -1) }, { ...big(40, 35), extra: big(5, 2) });
report('array of objects', [{ id: 1, name: 'a' }, { id: 2, name: 'b' }, { id: 3, name: 'c' }], [{ id: 1, name: 'a' }, { id: 2, name: 'B' }, { id: 3, name: 'c' }]);
report('multiline strings', 'line one\nline two\nline three\n', 'line one\nline 2\nline three\n');
report('whitespace', { a: 'x ' }, { a: 'x' });
report('trailing newline', 'text\n', 'text');
report('nested maps', new Map([['outer', new Map([['inner', [1, 2, 3]]])]]), new Map([['outer', new Map([['inner', [1, 2, 4]]])]]));
report('long single line', { s: 'a'.repeat(200) }, { s: 'a'.repeat(199) + 'b' });
report('added key', { a: 1 }, { a: 1, b: 2 });
report('removed key', { a: 1, b: 2 }, { a: 1 });
report('array length', [1, 2, 3], [1, 2, 3, 4]);
report('set order', new Set([1, 2, 3]), new Set([1, 2, 4]));
report('class vs object', new (class Point { constructor() { this.x = 1; } })(), { x: 1 });
report('symbols', { [Symbol.for('k')]: 1, a: 1 }, { [Symbol.for('k')]: 2, a: 1 });
report('getter vs value', { get a() { return 1; } }, { a: 1 });
report('buffers', Buffer.from('abcdef'), Buffer.from('abcdeg'));
report('typed arrays', new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]));
report('dates', new Date(0), new Date(1000));
report('errors props', Object.assign(new Error('m'), { code: 'A' }), Object.assign(new Error('m'), { code: 'B' }));
report('undefined vs missing', { a: undefined }, {});
report('nan vs 0', [NaN], [0]);
report('deep 6 levels', { a: { b: { c: { d: { e: { f: 1 } } } } } }, { a: { b: { c: { d: { e: { f: 2 } } } } } });
report('very many diffs', Array.from({ length: 60 }, (_, i) => i), Array.from({ length: 60 }, (_, i) => i * 2));
report('strings same length', 'abcdefghij', 'abcdefghiJ');
report('numbers', 1, 2);
report('null vs object', null, {});
report('string vs number', '1', 1);
