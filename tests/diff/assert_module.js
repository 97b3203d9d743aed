// assert: messages, diffs, operators and AssertionError fields as Node reports them.
const assert = require('assert');
const attempts = [
  () => assert.strictEqual(1, 2),
  () => assert.strictEqual('a', 'b', 'custom message'),
  () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 2, b: [1, 2] }),
  () => assert.deepEqual([1, 2, 3], [1, 2, 4]),
  () => assert.notStrictEqual(1, 1),
  () => assert.equal(1, 2),
  () => assert.notEqual(1, '1'),
  () => assert(null, 'msg here'),
  () => assert(),
  () => assert.throws(() => {}),
  () => assert.throws(() => { throw new Error('x'); }, /y/),
  () => assert.throws(() => { throw new TypeError('x'); }, RangeError),
  () => assert.throws(() => { throw new Error('x'); }, { message: 'z' }),
  () => assert.doesNotThrow(() => { throw new Error('boom'); }),
  () => assert.match('abc', /x/),
  () => assert.doesNotMatch('abc', /b/),
  () => assert.fail('failed'),
  () => assert.fail(),
  () => assert.ifError(new Error('e')),
  () => assert.ifError('str'),
  () => assert.strictEqual(NaN, 0),
  () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 9]),
  () => assert.strictEqual({ a: 1 }, { a: 1 }),
  () => assert.deepStrictEqual({ a: 1 }, { a: 1, b: undefined }),
  () => assert.strictEqual('a long string value here', 'a long string value there'),
  () => assert.notDeepStrictEqual({ x: 1 }, { x: 1 }),
  () => assert.strict.equal(1, '1'),
  () => assert.strictEqual(1),
];
try {
  assert.ok(0);
} catch (e) {
  console.log(JSON.stringify(e.message));
}
try {
  assert(
    typeof 1 === 'string'
  );
} catch (e) {
  console.log(JSON.stringify(e.message));
}
for (const attempt of attempts) {
  try {
    attempt();
    console.log('passed');
  } catch (e) {
    console.log(JSON.stringify([e.name, e.code, e.message, e.operator, e.generatedMessage, e instanceof assert.AssertionError]));
  }
}
assert.throws(() => { throw new Error('ok'); }, Error);
assert.throws(() => { throw new Error('ok'); }, { message: 'ok' });
assert.throws(() => { throw new Error('ok'); }, (e) => e.message === 'ok');
assert.deepEqual({ a: 1 }, { a: '1' });
assert.deepStrictEqual(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]]));
assert.strict.deepEqual([1], [1]);
console.log(require('assert/strict') === assert.strict, typeof assert.strict.strict);
(async () => {
  await assert.rejects(Promise.reject(new Error('r')), /r/);
  try {
    await assert.rejects(Promise.resolve(1));
  } catch (e) {
    console.log(e.message);
  }
  try {
    await assert.doesNotReject(() => Promise.reject(new Error('nope')));
  } catch (e) {
    console.log(e.message);
  }
})();
