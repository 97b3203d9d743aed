// querystring.parse with a fractional maxKeys: Node counts down and never hits zero, so no limit.
const qs = require('querystring');
for (const mk of [1.5, 2.5, 0.5, 3.0001]) console.log(mk, Object.keys(qs.parse('a=1&b=2&c=3&d=4', null, null, { maxKeys: mk })));
