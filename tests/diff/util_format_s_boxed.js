// util.format('%s'): boxed primitives are inspected ([Number: 3]); an object with
// Symbol.toPrimitive (and no own toString) is converted with String().
const util = require('util');
const vals = [new Number(3), new String('s'), new Boolean(false), Object(1n), Object(Symbol('q')),
  { [Symbol.toPrimitive]() { return 99; } }, { [Symbol.toPrimitive](hint) { return 'hint:' + hint; } },
  Object.assign(Object.create({ toString() { return 'inherited'; } }), { a: 1 }), new (class A { [Symbol.toPrimitive]() { return 'cls'; } })(),
  new Date(86400000), Object.assign(new Error('e'), { toString() { return 'err-toString'; } })];
for (const v of vals) console.log(JSON.stringify(util.format('%s', v).split('\n')[0]));
