// assert.throws / rejects / doesNotThrow / doesNotReject with every kind of validator.
const assert = require('assert');
const report = (label, fn) => {
  try { fn(); console.log(label, 'ok'); } catch (e) {
    console.log(`--- ${label}: ${e.name} ${e.code} op=${e.operator} gen=${e.generatedMessage}`);
    console.log(e.message);
  }
};
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; this.code = 'E_MY'; this.info = { deep: [1, 2] }; } }
const thrower = () => { throw new MyErr('my failure'); };
report('throws plain', () => assert.throws(thrower));
report('throws class ok', () => assert.throws(thrower, MyErr));
report('throws class wrong', () => assert.throws(thrower, TypeError));
report('throws Error base', () => assert.throws(thrower, Error));
report('throws regexp ok', () => assert.throws(thrower, /failure/));
report('throws regexp wrong', () => assert.throws(thrower, /nomatch/));
report('throws fn true', () => assert.throws(thrower, (e) => e instanceof MyErr));
report('throws fn false', () => assert.throws(thrower, () => false));
report('throws fn named false', () => assert.throws(thrower, function validateIt() { return false; }));
report('throws fn throws', () => assert.throws(thrower, () => { throw new Error('validator threw'); }));
report('throws obj ok', () => assert.throws(thrower, { name: 'MyErr', message: 'my failure', code: 'E_MY', info: { deep: [1, 2] } }));
report('throws obj msg wrong', () => assert.throws(thrower, { message: 'other' }));
report('throws obj nested wrong', () => assert.throws(thrower, { info: { deep: [1, 3] } }));
report('throws obj regexp prop', () => assert.throws(thrower, { message: /fail/, name: /^My/ }));
report('throws obj regexp prop wrong', () => assert.throws(thrower, { message: /nope/ }));
report('throws obj missing prop', () => assert.throws(thrower, { notThere: 1 }));
report('throws error instance', () => assert.throws(thrower, new MyErr('my failure')));
report('throws error instance wrong', () => assert.throws(thrower, new Error('different')));
report('throws empty obj', () => assert.throws(thrower, {}));
report('throws string msg', () => assert.throws(() => {}, 'expected to throw'));
report('throws no throw', () => assert.throws(() => {}));
report('throws no throw class', () => assert.throws(() => {}, TypeError));
report('throws no throw msg', () => assert.throws(() => {}, TypeError, 'with message'));
report('throws non-error', () => assert.throws(() => { throw 'str'; }, /str/));
report('throws non-error obj', () => assert.throws(() => { throw 'str'; }, { message: 'x' }));
report('throws bad fn', () => assert.throws('notfn'));
report('throws arrow validator class-like', () => assert.throws(thrower, (e) => { return undefined; }));
report('doesNotThrow ok', () => assert.doesNotThrow(() => {}));
report('doesNotThrow threw', () => assert.doesNotThrow(thrower));
report('doesNotThrow msg', () => assert.doesNotThrow(thrower, 'custom dnt'));
report('doesNotThrow class match', () => assert.doesNotThrow(thrower, MyErr));
report('doesNotThrow class mismatch', () => assert.doesNotThrow(thrower, TypeError));
report('doesNotThrow regexp', () => assert.doesNotThrow(thrower, /failure/, 'regexp msg'));
report('doesNotThrow bad', () => assert.doesNotThrow(5));
(async () => {
  const areport = async (label, fn) => {
    try { await fn(); console.log(label, 'ok'); } catch (e) {
      console.log(`--- ${label}: ${e.name} ${e.code} op=${e.operator} gen=${e.generatedMessage}`);
      console.log(e.message);
    }
  };
  await areport('rejects ok', () => assert.rejects(Promise.reject(new MyErr('r')), MyErr));
  await areport('rejects fn', () => assert.rejects(async () => { throw new MyErr('rf'); }, { code: 'E_MY' }));
  await areport('rejects resolves', () => assert.rejects(Promise.resolve(1)));
  await areport('rejects resolves msg', () => assert.rejects(Promise.resolve(1), Error, 'should reject'));
  await areport('rejects wrong', () => assert.rejects(Promise.reject(new TypeError('t')), RangeError));
  await areport('rejects fn not promise', () => assert.rejects(() => 5));
  await areport('rejects fn throws sync', () => assert.rejects(() => { throw new Error('sync'); }));
  await areport('rejects bad', () => assert.rejects(5));
  await areport('doesNotReject ok', () => assert.doesNotReject(Promise.resolve(1)));
  await areport('doesNotReject fail', () => assert.doesNotReject(Promise.reject(new MyErr('dnr'))));
  await areport('doesNotReject msg', () => assert.doesNotReject(async () => { throw new Error('x'); }, 'custom dnr'));
  await areport('doesNotReject fn not promise', () => assert.doesNotReject(() => 5));
  await areport('doesNotReject bad', () => assert.doesNotReject(5));
})();
