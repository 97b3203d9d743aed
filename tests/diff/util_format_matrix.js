// util.format: every specifier against every kind of value, and leftover/missing arguments.
const util = require('util');
class K { constructor() { this.a = 1; } }
class WithToString { toString() { return 'custom-toString'; } }
const values = [0, -0, 1.5, -1e21, NaN, Infinity, 12345678901234567890n, '42abc', '', 'str', true, null, undefined, Symbol('sy'),
  [1, [2, [3, [4]]]], { a: { b: { c: { d: 1 } } } }, new K(), new WithToString(), Object.create(null), new Date(0), /re/g,
  new Error('E'), function named() {}, () => {}, new Map([[1, 2]]), new Set(['x']), new Uint8Array(2), Buffer.from('b'), Promise.resolve(1), { toString() { return 'objToString'; } }];
const errLine = (s) => s.split('\n')[0];
for (const spec of ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c']) {
  const row = [];
  for (const v of values) {
    let out;
    try { out = util.format(spec, v); } catch (e) { out = 'THROW ' + e.message; }
    row.push(errLine(out).replace(/\n\s*/g, ' '));
  }
  console.log('%s %s', spec, JSON.stringify(row));
}
console.log(util.format('%s %s', 'one'));
console.log(util.format('%s', 'one', 'two', { three: 3 }, 4n, Symbol('five')));
console.log(util.format('%%s %%d %%', 1));
console.log(util.format('%', 1), util.format('%x', 1), util.format('%-s', 1), util.format('a%'), util.format('%%%s', 'z'));
console.log(util.format(1, 2, '3'), util.format({ a: 1 }, '%s', 'x'), util.format(), util.format(''), util.format(null), util.format(undefined, undefined));
console.log(util.format('%j', { toJSON() { return 'tj'; } }), util.format('%j', undefined), util.format('%j', () => {}));
const circ = { name: 'c' }; circ.self = circ;
console.log(util.format('%j', circ), util.format('%s', circ), util.format('%o', circ));
try { util.format('%j', { get x() { throw new Error('getter throws'); } }); } catch (e) { console.log('j throws', e.message); }
console.log(util.format('%d', '0x10'), util.format('%i', '0x10'), util.format('%f', '1e3'), util.format('%d', ''), util.format('%i', 2.9), util.format('%i', -2.9), util.format('%d', {}), util.format('%i', 5n), util.format('%f', 5n));
console.log(util.format('%s', -0), util.format('%s', [-0]), util.format('%s', { a: -0 }), util.format('%s', [1, 'a', [2]]), util.format('%s', new Error('inner')).split('\n')[0]);
console.log(util.format('%s', { a: { b: { c: 1 } } }), util.format('%s', [[[[1]]]]), util.format('%s', new Map([['k', { deep: { er: 1 } }]])));
console.log(util.format('%O', { a: [1, 2, 3], b: 'x'.repeat(80) }));
console.log(util.formatWithOptions({ colors: true }, '%s %O', 'x', { a: 1 }), JSON.stringify(util.formatWithOptions({ colors: true }, 'num %d', 5)));
console.log(util.formatWithOptions({ compact: false }, '%O', { a: { b: 1 } }));
console.log(util.formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }), util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
console.log(util.format('%s:%s', 'a\nb', '\u001b[31mred\u001b[39m'));
console.log(util.format('%s', Symbol.iterator), util.format(Symbol('bare')), util.format('%d', Symbol('x')).slice(0, 3));
