// buffer.transcode replaces unmappable characters with '?' and rejects unsupported encodings.
const { transcode } = require('buffer');
const cases = [
  [Buffer.from('h\u00e9\u20ac'), 'utf8', 'latin1'],
  [Buffer.from('h\u00e9'), 'utf8', 'ascii'],
  [Buffer.from('\ud83d\ude00'), 'utf8', 'latin1'],
  [Buffer.from('\ud83d\ude00'), 'utf8', 'ucs2'],
  [Buffer.from([0xe9, 0x41]), 'latin1', 'ascii'],
  [Buffer.from([0xe9, 0x41]), 'binary', 'utf16le'],
  [Buffer.from('a'), 'utf8', 'hex'],
  [Buffer.from('a'), 'base64', 'utf8'],
  [Buffer.from('a'), 'utf8', 'nope'],
  [Buffer.from('a'), 'utf8', 'utf8'],
];
for (const [src, from, to] of cases) {
  try { console.log(from, to, transcode(src, from, to)); } catch (e) { console.log(from, to, e.name, e.code, e.message); }
}
