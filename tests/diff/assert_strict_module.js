// assert/strict: aliases map to strict variants; module shape; loose deepEqual rules.
const assert = require('assert');
const strict = require('assert/strict');
const nodeStrict = require('node:assert/strict');
const report = (label, fn) => { try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.code, e.operator, JSON.stringify(e.message.split('\n')[0])); } };
console.log(strict === assert.strict, nodeStrict === strict, strict.strict === strict, typeof strict);
console.log(strict.equal === strict.strictEqual, strict.deepEqual === strict.deepStrictEqual, strict.notEqual === strict.notStrictEqual, strict.notDeepEqual === strict.notDeepStrictEqual);
console.log(assert.equal === assert.strictEqual, strict.AssertionError === assert.AssertionError);
report('strict.equal', () => strict.equal(1, '1'));
report('strict.deepEqual', () => strict.deepEqual({ a: 1 }, { a: '1' }));
report('strict()', () => strict(0));
report('strict.notEqual', () => strict.notEqual(1, 1));
// loose deepEqual specifics
const loose = [[1, '1'], [0, false], ['', 0], [null, undefined], [[1, 2], ['1', '2']], [{ a: [1] }, { a: ['1'] }], [new Date(0), new Date(0)], [NaN, NaN], [[NaN], [NaN]],
  [new Set([1]), new Set(['1'])], [Object.create(null), {}], [[1], { 0: 1 }], [new Number(1), new Number(1)], [new Number(1), 1],
  [/a/, /a/], [/a/g, /a/], [new Error('x'), new Error('x')], [Buffer.from('a'), new Uint8Array([97])], [{ a: undefined }, {}], [0, -0], [[0], [-0]],
  [new Boolean(true), new Boolean(false)], [Symbol.for('s'), Symbol.for('s')], [{ [Symbol('x')]: 1 }, {}], [new (class A {})(), {}], [[1, 2, 3], [1, 2, '3']]];
console.log('deepEqual', loose.map(([a, b]) => { try { assert.deepEqual(a, b); return 'T'; } catch { return 'F'; } }).join(''));
console.log('deepStrict', loose.map(([a, b]) => { try { assert.deepStrictEqual(a, b); return 'T'; } catch { return 'F'; } }).join(''));
