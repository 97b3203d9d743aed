// punycode: encode/decode of labels, toASCII/toUnicode of whole domains and e-mail addresses,
// ucs2 helpers with astral characters, and the errors of bad input.
const punycode = require('punycode');

const labels = ['mañana', 'bücher', 'ü', '日本語', 'ελληνικά', 'пример', 'abc', '', 'a-b-c', '☃-⌘', 'MajiでKoiする5秒前', '-> $1.00 <-'];
for (const label of labels) {
  const encoded = punycode.encode(label);
  console.log(JSON.stringify(label), encoded, punycode.decode(encoded) === label);
}
const domains = ['mañana.com', 'www.bücher.de', '日本語.jp', 'xn--mnchen-3ya.de', 'EXAMPLE.com', 'user@bücher.de', 'a.b.c', '.', 'mañana。com', 'ドメイン．テスト'];
for (const domain of domains) {
  const ascii = punycode.toASCII(domain);
  console.log(JSON.stringify(domain), ascii, punycode.toUnicode(ascii));
}
console.log(punycode.ucs2.decode('a😀b'), punycode.ucs2.encode([97, 0x1f600, 98]), punycode.ucs2.decode('\ud800x'));
console.log(punycode.version, typeof punycode.toASCII);
for (const bad of ['\u0081-', 'ab-\u0080', 'zzzzzzzzzz']) {
  try {
    console.log('decode', JSON.stringify(bad), punycode.decode(bad));
  } catch (e) {
    console.log('decode', JSON.stringify(bad), e.name, e.message);
  }
}
