// util.inspect showHidden: class prototype accessors, typed array [buffer], weak collections,
// generators' toStringTag, iterators.
const util = require('util');
class Point { constructor() { this.x = 1; } get len() { return 5; } set len(v) {} method() {} }
console.log(util.inspect(new Point(), { showHidden: true }));
class Child extends Point { get extra() { return 1; } }
console.log(util.inspect(new Child(), { showHidden: true }));
console.log(util.inspect(new Float64Array([1.5]), { showHidden: true }));
console.log(util.inspect(new Uint8Array(3), { showHidden: true, depth: 0 }));
console.log(util.inspect(new WeakMap(), { showHidden: true }), util.inspect(new WeakSet(), { showHidden: true }));
console.log(util.inspect((function* g() {})(), { showHidden: true }));
console.log(util.inspect((async function* ag() {})(), { showHidden: true }));
console.log(util.inspect([1][Symbol.iterator](), { showHidden: true }));
console.log(util.inspect(Object.assign(function withProps() { 'use strict'; }, { a: 1 }), { showHidden: true }));
console.log(util.inspect(class Anon {}, { showHidden: true }));
