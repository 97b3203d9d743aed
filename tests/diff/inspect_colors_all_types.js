// util.inspect colors for every style class, and a custom inspect.styles mapping.
const util = require('util');
const vals = [1, -0, 1n, 'str', true, null, undefined, Symbol('s'), new Date(0), /re/g, () => {}, class C {}, [1, 'a'], { k: 'v' }, new Map([[1, 'x']]), new Set([null]),
  new Error('e'), Promise.resolve(2), new WeakMap(), [, 1], { get g() { return 1; } }, new Uint8Array([1]), new ArrayBuffer(1), Object.create(null), { 'quoted-key': 1, [Symbol('k')]: 2 },
  'x'.repeat(30), ['a\nb'], { a: { b: { c: { d: 1 } } } }, new Array(200).fill(0), (function () { return arguments; })(1), new Proxy({}, {}), Buffer.from('hi')];
const strip = (s) => s.split('\n').filter((l) => !l.includes(' at ') && !/lines matching/.test(l)).join('\n');
for (const v of vals) console.log(JSON.stringify(strip(util.inspect(v, { colors: true }))));
const saved = { ...util.inspect.styles };
util.inspect.styles.number = 'red';
util.inspect.styles.string = 'bold';
util.inspect.styles.special = undefined;
console.log(JSON.stringify(util.inspect([1, 'a', () => {}, null], { colors: true })));
Object.assign(util.inspect.styles, saved);
util.inspect.colors.myColor = [95, 39];
util.inspect.styles.date = 'myColor';
console.log(JSON.stringify(util.inspect(new Date(0), { colors: true })));
util.inspect.styles.date = saved.date;
console.log(JSON.stringify(util.inspect(5, { colors: true })));
console.log(util.inspect.colors.red, util.inspect.colors.bgRed, util.inspect.colors.gray, util.inspect.colors.inverse, Object.keys(util.inspect.colors).length > 30);
