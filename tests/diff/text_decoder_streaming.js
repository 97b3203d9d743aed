// TextDecoder streaming across every split point of a multi-byte text.
const text = 'aé€😀z';
const bytes = new TextEncoder().encode(text);
let allGood = true;
for (let cut = 0; cut <= bytes.length; cut++) {
  const d = new TextDecoder();
  const s = d.decode(bytes.subarray(0, cut), { stream: true }) + d.decode(bytes.subarray(cut));
  if (s !== text) allGood = false;
}
console.log('every split point decodes back:', allGood);
const d = new TextDecoder();
console.log(JSON.stringify(d.decode(new Uint8Array([0xf0, 0x9f]), { stream: true })), JSON.stringify(d.decode()));
const bom = new TextDecoder();
console.log(JSON.stringify(bom.decode(new Uint8Array([0xef, 0xbb]), { stream: true })), JSON.stringify(bom.decode(new Uint8Array([0xbf, 0x41]))));
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0x00, 0x42])));
console.log(new TextEncoder().encode('\u0000').length, new TextEncoder().encodeInto('', new Uint8Array(1)));
