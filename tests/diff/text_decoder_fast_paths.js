// TextDecoder: utf-16le and latin1 over large inputs, with and without a BOM, lone surrogates, and after streaming.
const big = Buffer.from('aé😀z'.repeat(50000), 'utf16le');
const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), big]);
const d = new TextDecoder('utf-16le');
const plain = d.decode(big);
console.log(plain.length, plain.slice(0, 5), plain === 'aé😀z'.repeat(50000));
console.log(d.decode(withBom).length, new TextDecoder('utf-16le', { ignoreBOM: true }).decode(withBom).charCodeAt(0).toString(16));
const lone = Buffer.from([0x61, 0x00, 0x00, 0xd8, 0x62, 0x00]);
console.log(JSON.stringify(new TextDecoder('utf-16le').decode(lone)));
try { new TextDecoder('utf-16le', { fatal: true }).decode(lone); } catch (e) { console.log(e.name, e.code); }
const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const latin = new TextDecoder('latin1');
const oneShot = latin.decode(bytes);
console.log(oneShot.length, oneShot.charCodeAt(0x80).toString(16), oneShot.charCodeAt(0x9f).toString(16));
const streamed = latin.decode(bytes, { stream: true }) + latin.decode();
console.log(streamed.charCodeAt(0x80).toString(16), streamed.charCodeAt(0x9f).toString(16));
const s = new TextDecoder('utf-16le');
console.log(JSON.stringify(s.decode(Buffer.from([0x3d, 0xd8]), { stream: true }) + s.decode(Buffer.from([0x00, 0xde]))));
