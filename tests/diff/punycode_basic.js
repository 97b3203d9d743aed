// Punycode: encode/decode, domains and addresses, ucs2, errors.
const punycode = require('punycode');

console.log(Object.keys(punycode), punycode.version, Object.keys(punycode.ucs2));
const words = ['mañana', 'bücher', 'abc', '', 'ü', 'ドメイン名例', 'Привет', '☃-⌘', '𝌆 emoji 😀', 'MixedCase-ÄÖÜ', '-starts', 'ends-'];
for (const w of words) {
  const e = punycode.encode(w);
  console.log(JSON.stringify(w), JSON.stringify(e), punycode.decode(e) === w);
}
for (const d of ['mañana.com', 'user@mañana.com', '☃-⌘.com', 'ÄÖÜ', 'foo\u3002bär\uff0ebaz\uff61com', 'ascii.only', 'a@b@ç.de', '']) {
  console.log(JSON.stringify(d), punycode.toASCII(d), punycode.toUnicode(punycode.toASCII(d)));
}
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('XN--TDA'), punycode.toUnicode('xn--MAANA-PTA.com'));
console.log(punycode.ucs2.decode('\uD834\uDF06a\uD800'), punycode.ucs2.encode([0x1d306, 97, 0xd800]).length);
for (const s of ['\u0080', 'ab\u0100', 'a-', 'zzzzzzzzzzzzzzzz', 'b\u00e9-a', '99999999999']) {
  try {
    console.log(JSON.stringify(punycode.decode(s)));
  } catch (err) {
    console.log(err.name, err.message);
  }
}
