// util.inspect picks the constructor name only from a 'constructor' whose prototype the object
// actually inherits from (instanceof); otherwise it walks up the chain.
const util = require('util');
console.log(util.inspect(Object.defineProperty({ a: 1 }, 'constructor', { value: function value() {}, enumerable: false })));
console.log(util.inspect(Object.defineProperty({ a: 1 }, 'constructor', { value: class Fake {}, enumerable: false })));
function g() { 'use strict'; }
console.log(util.inspect(g.prototype), util.inspect(class Q {}.prototype));
console.log(util.inspect({ nested: g.prototype }, { showHidden: true }));
const proto = { constructor: function Liar() {} };
console.log(util.inspect(Object.create(proto)));
class Real {}
const inst = new Real();
Object.defineProperty(inst, 'constructor', { value: function Other() {}, enumerable: false });
console.log(util.inspect(inst));
console.log(util.inspect(Object.setPrototypeOf(class K {}, null)), util.inspect(Object.setPrototypeOf(class K2 extends Array {}, null)));
const ab = new ArrayBuffer(4);
structuredClone(ab, { transfer: [ab] });
console.log(util.inspect(ab));
