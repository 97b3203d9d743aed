// util.inspect on objects with unusual prototype chains and own Symbol.toStringTag.
const util = require('util');
console.log(util.inspect(Object.create(Object.create(null))));
console.log(util.inspect(Object.setPrototypeOf([1, 2], Object.prototype)));
console.log(util.inspect(Object.setPrototypeOf({ a: 1 }, Array.prototype)));
console.log(util.inspect({ [Symbol.toStringTag]: 'Tagged', v: 1 }));
console.log(util.inspect(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'T' })));
console.log(util.inspect(Object.create({ [Symbol.toStringTag]: 'Inherited' })));
class A {}
const inst = new A();
Object.setPrototypeOf(inst, null);
console.log(util.inspect(inst));
console.log(util.inspect(Object.setPrototypeOf(new Map([[1, 2]]), null)));
console.log(util.inspect(Object.setPrototypeOf([3], null)));
