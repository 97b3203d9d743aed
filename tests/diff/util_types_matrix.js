// Every util.types predicate against a wide set of values.
const util = require('util');
const { types } = util;
const vals = {
  num: 1, boxedNum: new Number(1), boxedStr: new String(''), boxedBool: new Boolean(false), boxedSym: Object(Symbol()), boxedBig: Object(1n),
  date: new Date(), re: /x/, err: new Error(), map: new Map(), set: new Set(), wm: new WeakMap(), ws: new WeakSet(), wr: new WeakRef({}),
  mapIt: new Map().keys(), setIt: new Set().values(), arrIt: [][Symbol.iterator](), strIt: ''[Symbol.iterator](),
  ab: new ArrayBuffer(1), sab: new SharedArrayBuffer(1), dv: new DataView(new ArrayBuffer(1)), u8: new Uint8Array(1), u8c: new Uint8ClampedArray(1),
  i8: new Int8Array(1), u16: new Uint16Array(1), i16: new Int16Array(1), u32: new Uint32Array(1), i32: new Int32Array(1), f32: new Float32Array(1),
  f64: new Float64Array(1), bi64: new BigInt64Array(1), bu64: new BigUint64Array(1), buf: Buffer.alloc(1), promise: Promise.resolve(), thenable: { then() {} },
  fn: function () {}, arrow: () => {}, asyncFn: async () => {}, genFn: function* () {}, asyncGenFn: async function* () {}, gen: (function* () {})(),
  args: (function () { return arguments; })(), proxy: new Proxy({}, {}), proxyFn: new Proxy(() => {}, {}), nullProto: Object.create(null),
  fakeDate: Object.create(Date.prototype), taggedDate: { [Symbol.toStringTag]: 'Date' }, keyObj: null, ext: null, moduleNs: null, boundFn: function () {}.bind(null),
};
const preds = Object.keys(types).filter((k) => k !== 'isFloat16Array' && k !== 'isWasmModuleObject').sort();
console.log(preds.join(' '));
for (const [name, v] of Object.entries(vals)) {
  const hits = preds.filter((p) => { try { return types[p](v); } catch (e) { return false; } });
  console.log(name.padEnd(12), hits.join(' '));
}
console.log('util.isArray', util.isArray([]), util.isArray({ length: 0 }));
for (const legacy of ['isBoolean', 'isBuffer', 'isDate', 'isError', 'isFunction', 'isNull', 'isNullOrUndefined', 'isNumber', 'isObject', 'isPrimitive', 'isRegExp', 'isString', 'isSymbol', 'isUndefined']) {
  console.log(legacy, typeof util[legacy] === 'function' ? [null, undefined, 1, 's', {}, [], new Date(), /x/, new Error(), () => {}, Symbol(), Buffer.alloc(0), true].map((v) => (util[legacy](v) ? 1 : 0)).join('') : 'missing');
}
console.log('isNativeError vs isError', types.isNativeError(Object.create(Error.prototype)), util.isError(Object.create(Error.prototype)), types.isNativeError(new (class E extends Error {})()));
