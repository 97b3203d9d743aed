// util.inspect on class features: private fields hidden, static members, accessors, Symbol.toStringTag
// on prototypes, subclassing builtins (Array, Error, Promise, Map, RegExp, Date, Function).
const util = require('util');
class Priv { #secret = 1; pub = 2; static s = 3; get g() { return 4; } static m() {} }
console.log(util.inspect(new Priv()), util.inspect(Priv));
class MyArr extends Array {}
class MyErr extends Error { constructor() { super('mine'); this.name = 'MyErr'; } }
class MyErr2 extends TypeError {}
class MyPromise extends Promise {}
class MyMap extends Map {}
class MyRe extends RegExp {}
class MyDate extends Date {}
class MyFn extends Function {}
class MyU8 extends Uint8Array {}
class MySet extends Set { constructor() { super([1]); this.tag = 't'; } }
const strip = (s) => s.split('\n').filter((l) => !l.trim().startsWith('at ') && !/^\s*\.\.\. \d+ lines matching/.test(l)).join('\n');
console.log(util.inspect(MyArr.from([1, 2])));
console.log(strip(util.inspect(new MyErr())));
console.log(util.inspect(MyPromise.resolve(5)));
console.log(util.inspect(new MyMap([[1, 2]])));
console.log(util.inspect(new MyRe('x', 'g')));
console.log(util.inspect(new MyDate(0)));
console.log(util.inspect(new MyU8(2)));
console.log(util.inspect(new MySet()));
console.log(util.inspect(Object.create(MyArr.prototype)));
class Tagged { get [Symbol.toStringTag]() { return 'TG'; } }
console.log(util.inspect(new Tagged()), util.inspect(Object.create(Tagged.prototype)));
const err = new Error('with cause', { cause: new Error('the cause') });
console.log(strip(util.inspect(err)));
const err2 = new Error('primitive cause', { cause: 'just a string' });
console.log(strip(util.inspect(err2)));
const errNoMsg = new Error();
console.log(strip(util.inspect(errNoMsg)), strip(util.inspect(new RangeError(''))));
const e3 = new Error('name changed'); e3.name = 'Other';
console.log(strip(util.inspect(e3)));
const e4 = new TypeError('msg'); e4.stack = 'custom stack without header';
console.log(util.inspect(e4));
const e5 = new Error('x'); e5.stack = '';
console.log(util.inspect(e5));
const e6 = new Error('multi\nline message'); e6.stack = 'Error: multi\nline message\n    at frame (f.js:1:1)';
console.log(util.inspect(e6), util.inspect({ nested: e6 }));
const e7 = Object.create(Error.prototype); console.log(util.inspect(e7));
const e8 = new Error('props'); e8.stack = 'Error: props'; e8.code = 'E_CODE'; e8.errno = -2; console.log(util.inspect(e8));
console.log(util.inspect([new Error('in array')].map((x) => { x.stack = 'Error: in array\n    at a (b:1:1)'; return x; })));
