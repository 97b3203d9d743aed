// v8.serialize/deserialize round trips of every kind of value the format carries, checked
// by deep equality and shape, and the errors for values it refuses.
const v8 = require('v8');
const util = require('util');

const circular = { name: 'loop' };
circular.self = circular;
const sparse = [1, , 3];
sparse[10] = 'far';
const values = [
  undefined, null, true, false, 0, -0, 42, -1.5, NaN, Infinity, 2 ** 53, 123n, -(2n ** 70n),
  '', 'text', 'ünïcödé ✓', '😀'.repeat(3),
  [], [1, 'two', [3]], sparse, { a: 1, b: { c: [true] } },
  new Date(0), new Date(8.64e15), /a+b/gi, new Map([[1, 'one'], ['k', { v: 2 }]]), new Set([1, 'x', null]),
  new Uint8Array([1, 2, 3]), new Int16Array([-1, 2]), new Float64Array([0.5, -0]), new BigInt64Array([-5n]),
  Buffer.from('a buffer'), new DataView(new ArrayBuffer(4)), new ArrayBuffer(3),
  new Error('plain'), new TypeError('typed'), new RangeError('ranged'),
  Object(5), Object('boxed'), Object(true), circular,
];
for (const value of values) {
  const bytes = v8.serialize(value);
  const back = v8.deserialize(bytes);
  const same = Object.is(value, back) || util.isDeepStrictEqual(value, back);
  const kind = Object.prototype.toString.call(back);
  // Errors are shown by name and message: their stacks name where this file was run from.
  const shown = value instanceof Error ? `${value.name}: ${value.message}` : util.inspect(value, { depth: 1, breakLength: Infinity });
  console.log(shown, '->', kind, same, Buffer.isBuffer(back));
}
const errBack = v8.deserialize(v8.serialize(Object.assign(new Error('with cause', { cause: 'why' }), { extra: 1 })));
console.log(errBack.message, errBack.cause, errBack.extra, errBack.stack.split('\n')[0]);
const round = v8.deserialize(v8.serialize(circular));
console.log(round.self === round);
for (const bad of [() => 1, Symbol('s'), new WeakMap(), Promise.resolve()]) {
  try {
    v8.serialize({ bad });
    console.log('serialized', typeof bad);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
for (const bad of [Buffer.from([0xff, 0x0f, 0x63]), Buffer.alloc(0), 'string']) {
  try {
    console.log(v8.deserialize(bad));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
