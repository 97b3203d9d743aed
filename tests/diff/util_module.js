// util: promisify, callbackify, inherits, deprecate, types, isDeepStrictEqual, format, misc.
const util = require('util');
const fs = require('fs');
const readFile = util.promisify(fs.readFile);
readFile('/proc/version', 'utf8').then((text) => console.log('promisified read', text.startsWith('Linux')));
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom!');
util.promisify(custom)().then((v) => console.log(v, util.promisify(custom) === custom[util.promisify.custom]));
const failing = util.promisify((cb) => cb(new Error('cb error')));
failing().catch((e) => console.log('rejected with', e.message));
const cbified = util.callbackify(async (x) => x * 2);
cbified(21, (err, v) => console.log('callbackified', err, v));
util.callbackify(async () => { throw null; })((err) => console.log(err.code, err.message, err.reason));
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} speaks`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
console.log(new Dog('rex').speak(), Dog.super_ === Animal, new Dog('x') instanceof Animal);
const old = util.deprecate(() => 'old result', 'old() is deprecated', 'DEP_TEST');
console.log(old(), old());
const t = util.types;
console.log(t.isPromise(Promise.resolve()), t.isRegExp(/x/), t.isDate(new Date()), t.isMap(new Map()), t.isSet(new Set()),
  t.isAsyncFunction(async () => {}), t.isGeneratorFunction(function* () {}), t.isTypedArray(new Uint8Array()),
  t.isUint8Array(Buffer.alloc(1)), t.isArrayBuffer(new ArrayBuffer(1)), t.isAnyArrayBuffer(new SharedArrayBuffer(1)),
  t.isBoxedPrimitive(new Number(1)), t.isNativeError(new TypeError()), t.isProxy(new Proxy({}, {})),
  t.isDataView(new DataView(new ArrayBuffer(1))), t.isMapIterator(new Map().keys()), t.isArgumentsObject((function () { return arguments; })()),
  t.isRegExp({ [Symbol.toStringTag]: 'RegExp' }), require('util/types') === t);
const deep = util.isDeepStrictEqual;
console.log(deep({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), deep([1], ['1']), deep(new Set([1, {}]), new Set([{}, 1])),
  deep(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])), deep(NaN, NaN), deep(0, -0), deep(new Date(1), new Date(1)),
  deep(Object.create(null), {}), deep([1, , 3], [1, undefined, 3]), deep(Buffer.from('a'), Buffer.from('a')), deep(/a/g, /a/i));
const cyc1 = { x: 1 };
cyc1.self = cyc1;
const cyc2 = { x: 1 };
cyc2.self = cyc2;
console.log(deep(cyc1, cyc2));
console.log(util.format('%s=%d', 'x', 5), util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }), util.inspect('str'), util.inspect(new Map([[1, 2]]), { showHidden: true }));
console.log(util.inspect({ arr: Array.from({ length: 5 }, (_, i) => i) }, { maxArrayLength: 2 }), util.inspect('x'.repeat(20), { maxStringLength: 5 }));
console.log(util.inspect({ b: 1, a: 2 }, { sorted: true }), util.inspect({ get g() { return 5; } }, { getters: true }), util.inspect({ a: [{}] }, { compact: false }));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), JSON.stringify(util.styleText('red', 'x')), JSON.stringify(util.styleText(['bold', 'underline'], 'y')));
console.log(util.getSystemErrorName(-2), util.getSystemErrorMap().get(-13), util.toUSVString('a\ud800b'));
console.log(util.isArray([]), util.isDeepStrictEqual(1, 1), typeof util.TextEncoder, typeof util.debuglog('nothing'), util.debuglog('nothing').enabled);
for (const bad of [() => util.promisify(1), () => util.inherits(null, Animal), () => util.getSystemErrorName(1), () => util.styleText('nocolor', 'x')]) {
  try {
    bad();
  } catch (e) {
    console.log(e.code, e.message.slice(0, 90));
  }
}
