// querystring: parse, stringify, escape, unescape.
const qs = require('querystring');
for (const s of ['a=1&b=2&a=3', 'x=hello+world&y=%E2%9C%93', 'empty=&novalue&=nokey', 'bad=%zz%', 'a[]=1&a[]=2', '', 'a=1;b=2']) {
  console.log(JSON.stringify(s), qs.parse(s), qs.parse(s, ';'));
}
console.log(qs.parse('a:1,b:2', ',', ':'), qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: {}, g: 'é✓', h: 10n }));
console.log(qs.stringify({ a: 1 }, ';', ':'), qs.stringify('notobj'), qs.escape("a b!'()*~-_.é"), qs.unescape('%41+%zz'), qs.unescapeBuffer('%41+b', true));
console.log(qs.encode === qs.stringify, qs.decode === qs.parse);
