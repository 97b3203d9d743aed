// assert deep equality: Maps, Sets, dates, errors, prototypes, loose vs strict.
const assert = require('assert');
const cases = [
  () => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])),
  () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])),
  () => assert.deepStrictEqual(new Date(0), new Date(1)),
  () => assert.deepStrictEqual(new Error('a'), new Error('b')),
  () => assert.deepStrictEqual(Object.create(null), {}),
  () => assert.deepStrictEqual([1, 2], [1, 2, 3]),
  () => assert.deepStrictEqual({ a: undefined }, {}),
  () => assert.deepEqual({ a: 1 }, { a: '1' }),
  () => assert.deepEqual(new Set([1]), new Set(['1'])),
  () => assert.deepStrictEqual(-0, 0),
  () => assert.deepEqual(-0, 0),
  () => assert.deepStrictEqual([NaN], [NaN]),
  () => assert.notDeepStrictEqual(new Map(), new Map()),
  () => assert.deepStrictEqual(Buffer.from('ab'), Buffer.from('ac')),
  () => assert.deepStrictEqual({ nested: { list: [1, 2, 3], flag: true } }, { nested: { list: [1, 2, 4], flag: true } }),
];
for (const c of cases) {
  try {
    c();
    console.log('passed');
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}
