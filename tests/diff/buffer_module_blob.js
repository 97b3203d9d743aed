// buffer module: constants, kMaxLength, atob/btoa, isUtf8/isAscii, transcode, Blob and File.
const buffer = require('buffer');
const show = (label, fn) => {
  try { const r = fn(); console.log(label, r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); }
};
const showAsync = async (label, fn) => {
  try { const r = await fn(); console.log(label, r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); }
};
show('constants', () => [buffer.constants.MAX_LENGTH === buffer.kMaxLength, buffer.constants.MAX_STRING_LENGTH === buffer.kStringMaxLength, typeof buffer.kMaxLength, buffer.kStringMaxLength > 0]);
show('Buffer same', () => buffer.Buffer === Buffer && buffer.atob === atob && buffer.Blob === Blob);
show('atob', () => [atob('aGVsbG8='), atob(' aGVs bG8 '), atob('aGVsbG8'), atob(''), JSON.stringify(atob('/w=='))]);
show('atob noargs', () => atob());
show('atob num', () => atob(1234));
show('atob null', () => atob(null));
show('btoa', () => [btoa('hello'), btoa(''), btoa('\u00ff\u00fe'), btoa(123), btoa(null), btoa(undefined)]);
show('btoa wide', () => btoa('\u0100'));
show('btoa emoji', () => btoa('\ud83d\ude00'));
show('btoa noargs', () => btoa());
show('isUtf8', () => [buffer.isUtf8(Buffer.from('h\u00e9')), buffer.isUtf8(Buffer.from([0xc3])), buffer.isUtf8(new Uint8Array([0xed, 0xa0, 0x80])), buffer.isUtf8(Buffer.alloc(0)), buffer.isUtf8(new ArrayBuffer(2)), buffer.isUtf8(new Uint16Array([0x41]))]);
show('isAscii', () => [buffer.isAscii(Buffer.from('abc')), buffer.isAscii(Buffer.from([0x80])), buffer.isAscii(new ArrayBuffer(1)), buffer.isAscii(Buffer.alloc(0))]);
if (typeof buffer.transcode === 'function') {
  show('transcode utf8->ucs2', () => buffer.transcode(Buffer.from('h\u20ac'), 'utf8', 'ucs2'));
  show('transcode ucs2->utf8', () => buffer.transcode(Buffer.from('h\u20ac', 'ucs2'), 'ucs2', 'utf8').toString());
  show('transcode latin1->utf8', () => buffer.transcode(Buffer.from([0xe9]), 'latin1', 'utf8'));
  show('transcode bad src', () => buffer.transcode('a', 'utf8', 'ucs2'));
}
(async () => {
  const blob = new Blob(['ab', Buffer.from('cd'), new Uint8Array([0x65]), new Blob(['f']), new ArrayBuffer(1), new DataView(new ArrayBuffer(1))], { type: 'Text/Plain' });
  show('blob', () => [blob.size, blob.type, Object.prototype.toString.call(blob), String(blob)]);
  await showAsync('blob text', () => blob.text().then(JSON.stringify));
  await showAsync('blob ab', async () => { const ab = await blob.arrayBuffer(); return [ab.constructor.name, ab.byteLength]; });
  await showAsync('slice', async () => [await blob.slice(1, 3).text(), await blob.slice(-3, -1).text(), await blob.slice(4).text(), blob.slice(0, 2).type, blob.slice(0, 2, 'x/y').type, blob.slice(5, 1).size]);
  await showAsync('type weird', async () => [new Blob([], { type: 'A\u00e9' }).type, new Blob([], { type: 'a/b; c=D' }).type, new Blob([]).type, new Blob().size]);
  await showAsync('bad parts', () => new Blob('abc'));
  await showAsync('bad parts obj', () => new Blob({}));
  await showAsync('parts number', async () => new Blob([1, null, { toString() { return 'O'; } }]).text());
  await showAsync('lone surrogate', async () => Buffer.from(await new Blob(['\ud800']).arrayBuffer()));
  await showAsync('inspect blob', () => require('util').inspect(blob));
  await showAsync('blob no new', () => Blob([]));
  await showAsync('blob bytes', async () => typeof blob.bytes);
})();
