// process.emitWarning forms on stderr and in the 'warning' event: ctor argument, detail, Error subclasses, once-only deprecations, noDeprecation.
process.on('warning', (w) => console.log('event', w.constructor.name, w.name, JSON.stringify(w.message), w.code, w.detail, typeof w.stack));
process.emitWarning('string only');
process.emitWarning('type and ctor', 'TypeA', function ctorFn() {});
process.emitWarning('type code ctor', 'TypeB', 'CODE_B', function ctorFn() {});
process.emitWarning('options all', { type: 'TypeC', code: 'CODE_C', detail: 'line one\nline two' });
process.emitWarning('options empty', {});
process.emitWarning('options ctor', { ctor: function other() {} });
class MyWarning extends Error {
  constructor(m) {
    super(m);
    this.name = 'MyWarning';
    this.code = 'MY_CODE';
  }
}
process.emitWarning(new MyWarning('subclass instance'));
const te = new TypeError('a type error as warning');
process.emitWarning(te);
process.emitWarning(new Error('plain error'), 'IgnoredType');
process.emitWarning('dep once', 'DeprecationWarning', 'DEP_PACK1');
process.emitWarning('dep again same code', 'DeprecationWarning', 'DEP_PACK1');
process.emitWarning('dep no code', 'DeprecationWarning');
for (const [label, fn] of [
  ['number', () => process.emitWarning(1)],
  ['object', () => process.emitWarning({ message: 'm' })],
  ['null', () => process.emitWarning(null)],
  ['type number', () => process.emitWarning('m', 5)],
  ['code number', () => process.emitWarning('m', 'T', 7)],
  ['detail number', () => process.emitWarning('m', { detail: 5 })],
  ['type object', () => process.emitWarning('m', { type: 5 })],
  ['code object', () => process.emitWarning('m', { code: {} })],
]) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
process.noDeprecation = true;
process.emitWarning('suppressed deprecation', 'DeprecationWarning', 'DEP_PACK2');
process.emitWarning('not suppressed', 'OtherWarning');
process.noDeprecation = false;
process.emitWarning('after re-enable', 'DeprecationWarning', 'DEP_PACK3');
console.log('sync end');
