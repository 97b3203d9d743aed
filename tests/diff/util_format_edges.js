// util.format and inspect edge cases: symbols as keys, nested arrays in maps, extra args, %.
const util = require('util');
console.log(util.format('%s %s', 'a'), util.format('%d', '0x10'), util.format('%i', 2 ** 53 + 2), util.format('%f', '1e3'), util.format('%j', undefined), util.format('%j', { toJSON: () => 'custom' }));
console.log(util.format('no specifiers', 1, 'two', { three: 3 }), util.format(1, 2), util.format('%%s %s', 'x'), util.format('%s', Symbol.iterator));
console.log(util.format('%s', { a: { b: { c: 1 } } }), util.format('%s', [1, [2, [3]]]), util.format('%s', new Map([[1, 2]])), util.format('%s', null));
console.log(util.format('%O', { deep: { a: { b: { c: { d: 1 } } } } }), util.format('%o', 'str'));
console.log(util.inspect({ [Symbol('a')]: 1, [Symbol.for('b')]: 2, 'normal key': 3, valid_id: 4, 5: 5 }));
console.log(util.inspect(new Map([['list', [1, 2, [3, [4]]]]]), { depth: 1 }), util.inspect(new Set([new Set([new Set([1])])]), { depth: 0 }));
console.log(util.inspect('\x00\x1f\x7f\u00a0é\n\t'), util.inspect("it's"), util.inspect('both \' and "'), util.inspect('all \' " `'));
console.log(util.inspect(Object.assign(() => {}, { prop: 1 })), util.inspect(Object.assign(function named() {}, { a: [1] })));
console.log(util.inspect([,]), util.inspect([, 1, , 2, , ,]), util.inspect(new Array(3).fill()), util.inspect(Object.assign([], { '-1': 'neg' })));
