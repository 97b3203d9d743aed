// assert.throws argument checks: a string identical to the thrown message is ambiguous, a
// non-object validator names the accepted types, rejects() refuses a thenable that is not a
// Promise; a thrown null against a class validator.
const assert = require('assert');
const report = async (label, fn) => {
  try { await fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message.split('\n')[0])); }
};
(async () => {
  const thrower = () => { throw new Error('my failure'); };
  await report('ambiguous', () => assert.throws(thrower, 'my failure'));
  await report('ambiguous non-error thrown', () => assert.throws(() => { throw 'x'; }, 'x'));
  await report('validator number', () => assert.throws(thrower, 5));
  await report('validator string then msg', () => assert.throws(thrower, 'a', 'b'));
  await report('thenable', () => assert.rejects({ then(a, b) { b(new Error('thenable')); } }, /thenable/));
  await report('thenable dnr', () => assert.doesNotReject({ then(a) { a(1); } }));
  await report('thrown null', () => assert.throws(() => { throw null; }, Error));
  await report('thrown undefined class', () => assert.throws(() => { throw undefined; }, TypeError));
})();
