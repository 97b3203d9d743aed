// querystring.parse/stringify use the module's (replaceable) escape/unescape; a lone high
// surrogate followed by another character is encoded as Node's encoder does.
const qs = require('querystring');
const origU = qs.unescape;
qs.unescape = (s) => 'U(' + s + ')';
console.log(qs.parse('a=1&b=%zz'), qs.parse('plain=x'));
qs.unescape = origU;
const origE = qs.escape;
qs.escape = (s) => 'E(' + s + ')';
console.log(qs.stringify({ a: 1, b: ['x', 'y'] }));
qs.escape = origE;
console.log(qs.parse('a=1', null, null, { decodeURIComponent: qs.unescape }));
for (const s of ['\ud800x', '\ud800', 'x\ud800', '\udc00x', '\ud800\ud800']) {
  try { console.log(JSON.stringify(s), qs.stringify({ a: s })); } catch (e) { console.log(JSON.stringify(s), e.name, e.code, e.message); }
}
