// maxArrayLength / maxStringLength applied to Sets, Maps, typed arrays, Buffers, ArrayBuffers,
// arguments, nested strings in keys and values; getters with 'get'/'set' on various shapes.
const util = require('util');
const s = 'abcdefghijklmnopqrstuvwxyz';
const vals = { set: new Set([1, 2, 3, 4]), map: new Map([[1, s], [2, s], [3, s]]), u8: new Uint8Array(10), buf: Buffer.alloc(10), ab: new ArrayBuffer(10), args: (function () { return arguments; })(1, 2, 3, 4),
  strs: [s, s], keyed: { [s]: s }, mapKeys: new Map([[s, 1]]), nested: [[1, 2, 3], [4, 5, 6]], sparse: [1, , 3, , 5] };
for (const [k, v] of Object.entries(vals)) {
  console.log(k, util.inspect(v, { maxArrayLength: 2, maxStringLength: 4 }), '|', util.inspect(v, { maxArrayLength: 0 }), '|', util.inspect(v, { maxArrayLength: 1, maxStringLength: 0 }));
}
console.log(util.inspect(vals.set, { maxArrayLength: null }), util.inspect(vals.u8, { maxArrayLength: Infinity }));
for (const bad of ['x', -Infinity, NaN]) { try { console.log(util.inspect([1, 2], { maxArrayLength: bad })); } catch (e) { console.log(e.code, e.message); } }
class Acc { constructor() { this._v = 1; } get onlyGet() { return this._v; } set onlySet(x) {} get both() { return { deep: 1 }; } set both(x) {} }
const own = { get onlyGet() { return 1; }, set onlySet(x) {}, get both() { return 'b'; }, set both(x) {} };
for (const g of [false, true, 'get', 'set']) console.log(String(g), util.inspect(own, { getters: g }), util.inspect(new Acc(), { getters: g, showHidden: false }));
