// querystring.parse / stringify with separators, maxKeys, custom decode/encode, escape/unescape.
const qs = require('querystring');
const util = require('util');
const show = (label, fn) => { try { const r = fn(); console.log(label, typeof r === 'string' ? JSON.stringify(r) : util.inspect(r)); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); } };
const parses = [['a=1&b=2&a=3'], ['a&b=&=c&&d=e=f'], ['a+b=c+d%20e'], ['%zz=%E2%82&x=%'], ['a=1;b=2', ';'], ['a:1|b:2', '|', ':'], ['a==1', '&', '=='], ['a=1&&b', '&&'],
  ['__proto__=1&constructor=2&hasOwnProperty=3'], ['a[]=1&a[]=2&a[b]=3'], ['%F0%9F%98%80=%F0%9F%98'], ['a=1&b=2&c=3&d=4', null, null, { maxKeys: 2 }], ['a=1&b=2', null, null, { maxKeys: 0 }],
  ['a=1&b=2', null, null, { maxKeys: -1 }], ['a=%41&b=x', null, null, { decodeURIComponent: (s) => s.toUpperCase() }], ['a=1', null, null, { decodeURIComponent: () => { throw new Error('dec'); } }],
  ['?a=1'], [''], [null], [undefined], [123], [{}], ['a=1', '', ''], ['aXXbYYc', 'XX', 'YY'], ['a=\u00e9&%C3%A9=b'], ['a=1&a=2&a=3&a=4'], ['  a = 1 '], ['a=b%2Bc+d'],
];
for (const [s, sep, eq, opts] of parses) show('parse ' + JSON.stringify([s, sep, eq, opts && Object.keys(opts)]), () => qs.parse(s, sep, eq, opts));
const strs = [[{ a: 1, b: [2, 3], c: '', d: null, e: undefined, f: true, g: NaN, h: 1n, i: {}, j: () => {}, k: Symbol('s') }], [{ 'k y': 'v&l=u', ñ: '€', '\ud83d\ude00': 'x' }],
  [{ a: 1, b: 2 }, ';', ':'], [{ a: [] }], [{ a: [[1, 2], { x: 1 }] }], [{ a: 'x' }, null, null, { encodeURIComponent: (s) => `<${s}>` }], ['string'], [null], [123], [[1, 2]],
  [Object.assign(Object.create({ inherited: 1 }), { own: 2 })], [{ a: -0, b: Infinity, c: 1e21, d: 0.1 }], [{ '': '' }], [{ a: 'b' }, '', '']];
for (const [o, sep, eq, opts] of strs) show('stringify ' + (typeof o === 'object' && o ? Object.keys(o).join(',') : String(o)), () => qs.stringify(o, sep, eq, opts));
show('escape', () => [qs.escape('a b&c/ñ€~!*()\''), qs.escape(123), qs.escape({ toString() { return 'o b'; } })]);
show('escape surrogate', () => qs.escape('\udc00'));
show('unescape', () => [qs.unescape('a%20b+c'), qs.unescape('%zz%41'), qs.unescape('%E2%82%AC%E2')]);
show('unescapeBuffer', () => [qs.unescapeBuffer('a%20b%zz+'), qs.unescapeBuffer('a+b', true)]);
show('encode/decode aliases', () => [qs.encode === qs.stringify, qs.decode === qs.parse]);
show('result proto', () => Object.getPrototypeOf(qs.parse('a=1')));
show('keys', () => Object.keys(qs).sort().join(','));
