// v8.serialize and deserialize of many kinds of values (compared after the round trip: the
// bytes carry V8's format version), views of the input, and the errors.
const v8 = require('v8');
const util = require('util');
const circular = { name: 'loop' };
circular.self = circular;
const values = [
  undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, 2 ** 53, 123n, -(2n ** 70n), '', 'text', '\u00e9\u{1F600}',
  [1, , 3], { a: 1, nested: { b: [2] } }, new Date(0), /re+/gi, new Map([[1, { x: 1 }]]), new Set(['a', 1]),
  new Uint8Array([1, 2, 3]), new Float64Array([1.5, -2]), new Int32Array([-1, 7]).subarray(1), Buffer.from('buf'),
  new ArrayBuffer(3), circular, new Error('plain'), new RangeError('range'),
  Object.assign(Object.create(null), { proto: 'none' }), new String('boxed'), new Number(5), new Boolean(false),
];
for (const value of values) {
  const copy = v8.deserialize(v8.serialize(value));
  // Errors are shown by name and message: their stacks name files.
  const shown = copy instanceof Error ? `${copy.name}: ${copy.message}` : util.inspect(copy, { depth: 4, breakLength: Infinity });
  console.log(shown, copy?.constructor?.name);
}
console.log(Buffer.isBuffer(v8.serialize(1)), v8.deserialize(v8.serialize(circular)).self.name);
// A view comes back over the input's own memory where its alignment allows.
const view = v8.deserialize(v8.serialize(new DataView(new ArrayBuffer(4))));
console.log(view.byteLength, view.buffer.byteLength > 4);
for (const bad of [() => {}, Symbol('s'), new WeakMap(), Promise.resolve()]) {
  try { v8.serialize(bad); } catch (e) { console.log(e.name, e.message); }
}
for (const bad of [1, 'str', {}]) {
  try { v8.deserialize(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { v8.deserialize(Buffer.from([0xff, 0x0f, 0x99])); } catch (e) { console.log(e.name, e.message); }
