// StringDecoder: every encoding fed byte by byte and in odd splits, end() flushing, errors.
const { StringDecoder } = require('string_decoder');
const show = (label, fn) => {
  try { const r = fn(); console.log(label, JSON.stringify(r)); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); }
};
const samples = {
  utf8: Buffer.from('a\u00e9\u20ac\ud83d\ude00z'),
  utf16le: Buffer.from('a\u00e9\u20acz', 'utf16le'),
  base64: Buffer.from('hello world!!'),
  base64url: Buffer.from([0xfb, 0xff, 0xbf, 0x01]),
  hex: Buffer.from([1, 0xab, 0xff]),
  latin1: Buffer.from([0x41, 0xe9, 0xff]),
  ascii: Buffer.from([0x41, 0xe9, 0x7f]),
};
for (const [enc, buf] of Object.entries(samples)) {
  for (const step of [1, 2, 3, 5]) {
    const d = new StringDecoder(enc);
    const out = [];
    for (let i = 0; i < buf.length; i += step) out.push(d.write(buf.subarray(i, i + step)));
    out.push('|' + d.end());
    console.log(enc, step, JSON.stringify(out));
  }
}
// incomplete sequences at end
for (const [enc, bytes] of [['utf8', [0xe2, 0x82]], ['utf8', [0xf0]], ['utf8', [0xf0, 0x9f, 0x98]], ['utf16le', [0x61]], ['utf16le', [0x3d, 0xd8]], ['base64', [1]], ['base64', [1, 2]], ['base64url', [1, 2]]]) {
  const d = new StringDecoder(enc);
  show(`${enc} ${bytes}`, () => [d.write(Buffer.from(bytes)), d.end(), d.end()]);
}
// invalid utf8 mid-stream
show('invalid mid', () => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([0xe2, 0x41])), d.write(Buffer.from([0xc3])), d.write(Buffer.from([0xc3, 0xa9])), d.end()]; });
show('overlong', () => { const d = new StringDecoder(); return [d.write(Buffer.from([0xc0, 0x80])), d.write(Buffer.from([0xed, 0xa0])), d.write(Buffer.from([0x80])), d.end()]; });
show('end with buf', () => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([0xe2])), d.end(Buffer.from([0x82, 0xac]))]; });
show('end with buf incomplete', () => { const d = new StringDecoder('utf8'); return d.end(Buffer.from([0xe2, 0x82])); });
show('reuse after end', () => { const d = new StringDecoder('utf8'); d.write(Buffer.from([0xe2])); d.end(); return d.write(Buffer.from('ok')); });
show('write string', () => new StringDecoder().write('already'));
show('write u8', () => new StringDecoder().write(new Uint8Array([0x68, 0x69])));
show('write dataview', () => new StringDecoder().write(new DataView(new Uint8Array([0x68]).buffer)));
show('write empty', () => new StringDecoder().write(Buffer.alloc(0)));
show('write num', () => new StringDecoder().write(5));
show('write null', () => new StringDecoder().write(null));
show('write ab', () => new StringDecoder().write(new ArrayBuffer(1)));
show('end string', () => new StringDecoder().end('x'));
show('encodings', () => ['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'binary', 'latin1', 'base64', 'hex', 'ascii', undefined, null, 'BASE64URL'].map(e => new StringDecoder(e).encoding));
show('bad enc', () => new StringDecoder('nope'));
show('bad enc num', () => new StringDecoder(1));
show('text()', () => { const d = new StringDecoder('utf8'); return typeof d.text; });
show('ascii high', () => new StringDecoder('ascii').write(Buffer.from([0x80, 0xff, 0x41])));
