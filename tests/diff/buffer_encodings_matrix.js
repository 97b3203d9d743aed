// Every encoding, both directions, with awkward inputs.
const encs = ['utf8', 'utf-8', 'UTF8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UCS2'];
const inputs = ['', 'abc', 'h\u00e9llo', '\u20ac', '\ud83d\ude00', '\ud800', 'x\udc00y', 'ff0', 'zz', 'abcd==', 'ab c\nd', '-_+/', '\u00ff\u0100', 'AQID', 'AQ', 'A', 'A===', '=AQID'];
for (const e of encs) {
  const row = [];
  for (const s of inputs) {
    const b = Buffer.from(s, e);
    row.push(b.toString('hex') + '/' + Buffer.byteLength(s, e));
  }
  console.log(e, row.join(' '));
}
const bytes = Buffer.from([0, 1, 0x7f, 0x80, 0xc3, 0xa9, 0xff, 0xfe, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0x41]);
for (const e of encs) {
  console.log(e, JSON.stringify(bytes.toString(e)), JSON.stringify(bytes.toString(e, 3, 9)), JSON.stringify(bytes.toString(e, 1)));
}
// odd-length ucs2 and hex
console.log(JSON.stringify(Buffer.from([0x61, 0, 0x62]).toString('ucs2')));
console.log(Buffer.from('abc', 'hex'), Buffer.from('0g12', 'hex'), Buffer.from('12g4', 'hex'), Buffer.from(' 12', 'hex'));
// truncated utf8 sequences
for (const arr of [[0xe2], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xef, 0xbb, 0xbf, 0x41], [0xf4, 0x90, 0x80, 0x80]]) {
  console.log(arr, JSON.stringify(Buffer.from(arr).toString()), [...Buffer.from(arr).toString()].map(c => c.codePointAt(0).toString(16)));
}
// base64 quirks
for (const s of ['YQ', 'YQ=', 'YQ==', 'YQ===', 'Y Q = =', 'YWJj\nZGVm', 'YW*Jj', '_-8', '/+8', 'YWJjZA=YWJj', '====', '=', 'Y']) {
  console.log(JSON.stringify(s), Buffer.from(s, 'base64').toString('hex'), Buffer.from(s, 'base64url').toString('hex'), Buffer.byteLength(s, 'base64'));
}
console.log(Buffer.from([0xfb, 0xff, 0xbf]).toString('base64'), Buffer.from([0xfb, 0xff, 0xbf]).toString('base64url'), Buffer.from([1]).toString('base64url'), Buffer.from([1, 2]).toString('base64'));
// latin1 / ascii write of code points > 255
const w = Buffer.alloc(8);
console.log(w.write('\u0100\u20acAB', 'latin1'), w);
console.log(w.write('\u00e9\u0080', 'ascii'), w);
console.log(w.write('\ud83d\ude00', 'utf16le', 1), w);
console.log(w.write('\u20ac\u20ac\u20ac', 'utf8'), w, 'partial char not written');
console.log(Buffer.alloc(3).write('abcdef', 'hex'), Buffer.alloc(3).write('abc', 'hex'));
console.log(Buffer.isEncoding('UTF-16LE'), Buffer.isEncoding('utf16'), Buffer.isEncoding(''), Buffer.isEncoding(null), Buffer.isEncoding('Latin1'), Buffer.isEncoding('BASE64URL'), Buffer.isEncoding('binary'), Buffer.isEncoding(1));
