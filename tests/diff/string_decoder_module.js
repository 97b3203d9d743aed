// StringDecoder keeps partial characters between writes.
const { StringDecoder } = require('string_decoder');
const euro = Buffer.from('€');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(euro.subarray(0, 1))), JSON.stringify(d.write(euro.subarray(1))), JSON.stringify(d.end()));
const cut = new StringDecoder('utf8');
console.log(JSON.stringify(cut.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(cut.end()), JSON.stringify(cut.end(Buffer.from('ok'))));
const u16 = new StringDecoder('utf16le');
const emoji = Buffer.from('😀', 'utf16le');
console.log(JSON.stringify([...emoji].map((b) => u16.write(Buffer.from([b])))), u16.encoding);
const b64 = new StringDecoder('base64');
console.log(b64.write(Buffer.from('ab')), b64.write(Buffer.from('cd')), b64.end());
const hex = new StringDecoder('hex');
console.log(hex.write(Buffer.from([1, 255])), hex.end(Buffer.from([16])), new StringDecoder('latin1').write(Buffer.from([233])));
console.log(new StringDecoder().encoding, new StringDecoder('UTF-8').encoding, new StringDecoder('binary').encoding, new StringDecoder('ucs2').encoding);
try {
  new StringDecoder('nope');
} catch (e) {
  console.log(e.code, e.message);
}
console.log(new StringDecoder().write('already a string'));
