// AssertionError fields and assert's argument errors, as Node reports them.
const assert = require('assert');
const cases = {
  equalNumbers: () => assert.equal(1, 2),
  strictEqualStrings: () => assert.strictEqual('a', 'b', 'custom message'),
  notStrictEqual: () => assert.notStrictEqual(3, 3),
  deepEqualArrays: () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]),
  throwsNoThrow: () => assert.throws(() => {}),
  throwsWrongClass: () => assert.throws(() => { throw new TypeError('t'); }, RangeError),
  throwsRegExpMismatch: () => assert.throws(() => { throw new Error('abc'); }, /xyz/),
  throwsObjectMismatch: () => assert.throws(() => { throw new Error('abc'); }, { message: 'abd' }),
  throwsBadExpected: () => assert.throws(() => { throw new Error('e'); }, 'string'),
  throwsNotFunction: () => assert.throws('nope'),
  doesNotThrow: () => assert.doesNotThrow(() => { throw new Error('inner'); }, 'while checking'),
  matchNotString: () => assert.match(5, /x/),
  matchBadRegExp: () => assert.match('x', 'x'),
  doesNotMatch: () => assert.doesNotMatch('abc', /b/),
  failMessage: () => assert.fail('plain failure'),
  failError: () => assert.fail(new TypeError('own error')),
  ifErrorValue: () => assert.ifError('text'),
  ifErrorNull: () => assert.ifError(null),
};
for (const [name, f] of Object.entries(cases)) {
  try {
    f();
    console.log(name, 'passed');
  } catch (e) {
    console.log(name, e.name, e.code, JSON.stringify(e.message));
    if (e instanceof assert.AssertionError) {
      console.log('  ', e.generatedMessage, e.operator, typeof e.actual, typeof e.expected);
    }
  }
}
(async () => {
  for (const [name, f] of [
    ['rejects resolved', () => assert.rejects(Promise.resolve(1))],
    ['rejects wrong', () => assert.rejects(Promise.reject(new Error('x')), TypeError)],
    ['rejects not promise', () => assert.rejects(5)],
    ['doesNotReject', () => assert.doesNotReject(Promise.reject(new Error('r')))],
  ]) {
    try {
      await f();
      console.log(name, 'passed');
    } catch (e) {
      console.log(name, e.name, e.code, JSON.stringify(e.message));
    }
  }
})();
