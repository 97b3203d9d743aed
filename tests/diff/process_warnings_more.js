// emitWarning validation and deprecation handling.
for (const bad of [() => process.emitWarning(5), () => process.emitWarning()]) {
  try {
    bad();
    console.log('no throw');
  } catch (e) {
    console.log(e.code, e.message);
  }
}
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message, w.detail));
process.emitWarning('with detail', { type: 'DetailWarning', code: 'D1', detail: 'more info here' });
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP_X');
const util = require('util');
const fn = util.deprecate(() => 1, 'fn is old', 'DEP_FN');
const fn2 = util.deprecate(() => 2, 'fn2 shares the code', 'DEP_FN');
console.log(fn(), fn(), fn2());
