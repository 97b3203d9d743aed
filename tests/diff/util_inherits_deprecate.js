// util.inherits argument errors, util.deprecate codes (once per code, warning event fields), isDeepStrictEqual.
const util = require('util');
const err = (label, e) => console.log(label, 'ERR', e.name, e.code, e.message);
function Base() {} Base.prototype.hi = function () { return 'hi'; };
function Derived() { Base.call(this); }
util.inherits(Derived, Base);
console.log('inherits', new Derived().hi(), Derived.super_ === Base, Object.getPrototypeOf(Derived.prototype) === Base.prototype, Object.keys(Derived));
for (const [c, s] of [[null, Base], [Derived, null], [Derived, {}], [Derived, function () {}.bind()], [undefined, undefined], [Derived, Object.assign(function X() {}, { prototype: undefined })]]) {
  try { util.inherits(c, s); console.log('inherits ok'); } catch (e) { err('inherits', e); }
}
process.on('warning', (w) => console.log('warning event:', w.name, w.code, w.message));
const d1 = util.deprecate(function old(a) { return a * 2; }, 'old() is deprecated', 'DEP_TEST1');
const d2 = util.deprecate(() => 'other', 'other message same code', 'DEP_TEST1');
const d3 = util.deprecate(() => 'nocode', 'no code message');
console.log('call1', d1(2), d1.name, d1.length);
console.log('call2', d1(3));
console.log('same code', d2());
console.log('no code', d3(), d3());
const D = util.deprecate(class Old { constructor(v) { this.v = v; } }, 'class Old deprecated', 'DEP_TEST2');
console.log('class', new D(5).v, new D(6) instanceof D);
try { util.deprecate(() => {}, 'm', 5); } catch (e) { err('deprecate bad code', e); }
try { util.deprecate(() => {}); console.log('no msg ok'); } catch (e) { err('deprecate no msg', e); }
// isDeepStrictEqual
const cases = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [[1, 2], [1, 2]], [[1, 2], [2, 1]], [{ a: 1 }, { a: 1, b: undefined }],
  [new Set([1, { a: 1 }]), new Set([1, { a: 1 }])], [new Map([[{}, 1]]), new Map([[{}, 1]])], [new Date(0), new Date(0)], [new Date(0), new Date(1)],
  [/a/g, /a/g], [/a/g, /a/i], [Buffer.from('a'), new Uint8Array([97])], [new Uint8Array([1]), new Uint8Array([1])], [new Float32Array([NaN]), new Float32Array([NaN])],
  [new Float64Array([0]), new Float64Array([-0])], [Object.create(null), {}], [new Number(1), new Number(1)], [new Number(1), 1], [[, 1], [undefined, 1]],
  [new Error('a'), new Error('a')], [new Error('a'), new TypeError('a')], [Symbol.iterator, Symbol.iterator], [{ [Symbol('s')]: 1 }, { [Symbol('s')]: 1 }],
  [1n, 1n], [Object(1n), Object(1n)], [new String('a'), new String('a')], [[1, 2], { 0: 1, 1: 2, length: 2 }],
  [new Set([1, 2]), new Set([2, 1])], [new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])], [new Set([[1]]), new Set([[1]])], [new Set([NaN]), new Set([NaN])],
  [(() => { const a = { x: 1 }; a.self = a; return a; })(), (() => { const b = { x: 1 }; b.self = b; return b; })()], [new ArrayBuffer(2), new ArrayBuffer(2)], [new ArrayBuffer(2), new SharedArrayBuffer(2)],
  [Object.assign([1], { p: 1 }), [1]], [new (class A {})(), new (class A {})()], [new Boolean(false), new Boolean(false)], [function () {}, function () {}],
];
console.log(cases.map(([a, b]) => util.isDeepStrictEqual(a, b) ? 'T' : 'F').join(''));
