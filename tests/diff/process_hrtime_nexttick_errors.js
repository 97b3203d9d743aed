// process.hrtime / hrtime.bigint / nextTick argument validation with Node's codes and messages, plus valid edge forms.
const attempts = [
  ['hrtime null', () => process.hrtime(null).length],
  ['hrtime undefined', () => process.hrtime(undefined).length],
  ['hrtime {}', () => process.hrtime({})],
  ['hrtime string', () => process.hrtime('12')],
  ['hrtime 3 items', () => process.hrtime([1, 2, 3])],
  ['hrtime empty', () => process.hrtime([])],
  ['hrtime strings', () => process.hrtime(['a', 'b']).length],
  ['hrtime typed', () => process.hrtime(new Uint32Array(2)).length],
  ['hrtime holes', () => process.hrtime(new Array(2)).length],
  ['hrtime future', () => { const r = process.hrtime([2 ** 40, 0]); return [r[0] < 0, r[1] >= 0]; }],
  ['hrtime array-like', () => process.hrtime({ 0: 1, 1: 2, length: 2 })],
  ['hrtime bigint arg', () => typeof process.hrtime.bigint(5)],
  ['hrtime bigint', () => process.hrtime(1n)],
  ['nextTick undefined', () => process.nextTick()],
  ['nextTick null', () => process.nextTick(null)],
  ['nextTick number', () => process.nextTick(42)],
  ['nextTick object', () => process.nextTick({})],
  ['nextTick symbol', () => process.nextTick(Symbol('t'))],
  ['nextTick class', () => process.nextTick(class {})],
  ['nextTick bound', () => process.nextTick(function f(a) { console.log('bound tick', this === undefined || this === globalThis, a); }.bind(null), 'arg')],
  ['nextTick async fn', () => process.nextTick(async () => console.log('async tick'))],
  ['nextTick many args', () => process.nextTick((...a) => console.log('many', a.length, a[7]), 0, 1, 2, 3, 4, 5, 6, 7)],
];
for (const [label, fn] of attempts) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const t = process.hrtime();
const d = process.hrtime(t);
console.log('diff', Array.isArray(d), d.length, d.every(Number.isInteger), d[0] >= 0, d[1] >= 0 && d[1] < 1e9);
const a = process.hrtime.bigint();
const b = process.hrtime.bigint();
console.log('bigint monotonic', b >= a, typeof (b - a));
process.nextTick(() => {
  throw new Error('thrown in tick');
});
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
