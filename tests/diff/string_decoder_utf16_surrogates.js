// StringDecoder('utf16le') with a surrogate pair split at odd byte boundaries: Node emits the
// high surrogate as soon as its two bytes are complete if a stray byte follows.
const { StringDecoder } = require('string_decoder');
const buf = Buffer.from('a\ud83d\ude00z', 'utf16le');
for (const split of [[3], [4], [5], [1, 4], [3, 5], [3, 4, 5]]) {
  const d = new StringDecoder('utf16le');
  const out = [];
  let prev = 0;
  for (const s of [...split, buf.length]) { out.push(d.write(buf.subarray(prev, s))); prev = s; }
  out.push('|' + d.end());
  console.log(split.join(','), JSON.stringify(out));
}
const d = new StringDecoder('utf16le');
console.log(JSON.stringify([d.write(Buffer.from([0x3d, 0xd8, 0x00])), d.end()]));
