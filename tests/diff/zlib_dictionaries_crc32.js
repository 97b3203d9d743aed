// zlib: raw deflate with a preset dictionary (and the errors without or with the wrong one),
// dictionary types, crc32 on strings/typed arrays/DataViews with running initial values and its
// argument checks, Brotli parameter values out of range and the decoder's large-window flag.
const zlib = require('zlib');
const text = Buffer.from('dictionary words repeat: alpha beta gamma delta epsilon. '.repeat(20));
const dict = Buffer.from('alpha beta gamma delta epsilon dictionary words repeat');
const show = (label, f) => {
  try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? (r.equals(text) ? 'equal' : r.length) : r); } catch (e) { console.log(label, e.name, e.code, e.errno, e.message); }
};
const raw = zlib.deflateRawSync(text, { dictionary: dict });
show('raw with dict', () => zlib.inflateRawSync(raw, { dictionary: dict }));
show('raw without dict', () => zlib.inflateRawSync(raw));
show('raw wrong dict', () => zlib.inflateRawSync(raw, { dictionary: Buffer.from('zzzzzzzz') }));
show('raw dict smaller', () => raw.length < zlib.deflateRawSync(text).length);
const z = zlib.deflateSync(text, { dictionary: dict });
show('zlib dict id', () => z.readUInt32BE(2) === zlib.deflateSync('', { dictionary: dict }).readUInt32BE(2) && (z[1] & 0x20) !== 0);
show('zlib dict as ArrayBuffer', () => zlib.inflateSync(z, { dictionary: new Uint8Array(dict).buffer }));
show('zlib dict as DataView', () => zlib.inflateSync(z, { dictionary: new DataView(dict.buffer, dict.byteOffset, dict.length) }));
show('zlib dict as Uint16Array', () => zlib.inflateSync(zlib.deflateSync(text, { dictionary: new Uint16Array([1, 2, 3]) }), { dictionary: new Uint16Array([1, 2, 3]) }));
show('dict string', () => zlib.deflateSync(text, { dictionary: 'alpha' }));
show('dict number', () => zlib.inflateSync(z, { dictionary: 5 }));
show('gzip ignores dict', () => zlib.gunzipSync(zlib.gzipSync(text, { dictionary: dict })));
show('unzip with dict', () => zlib.unzipSync(z, { dictionary: dict }));
show('stream dict', () => typeof zlib.createInflateRaw({ dictionary: dict }).write);

console.log('crc32', zlib.crc32(''), zlib.crc32('', 5), zlib.crc32('a'), zlib.crc32('héllo'), zlib.crc32(Buffer.from('héllo', 'latin1')));
const whole = zlib.crc32(text);
let running = 0;
for (let i = 0; i < text.length; i += 37) running = zlib.crc32(text.subarray(i, i + 37), running);
console.log('running', whole === running, whole);
console.log('typed', zlib.crc32(new Uint8Array([1, 2, 3])), zlib.crc32(new Uint16Array([0x0201, 0x0003])), zlib.crc32(new DataView(new Uint8Array([1, 2, 3]).buffer)), zlib.crc32(new Float64Array([1.5])));
console.log('max initial', zlib.crc32('x', 0xffffffff), zlib.crc32('x', 2 ** 31));
for (const args of [[5], [null], [{}], [new ArrayBuffer(3)], ['x', -1], ['x', 2 ** 32], ['x', 1.5], ['x', '1'], ['x', 1n], ['x', NaN]]) {
  show(`crc32 ${args.map((a) => (typeof a === 'bigint' ? `${a}n` : a === null ? 'null' : a.constructor.name === 'Object' ? '{}' : String(a))).join(' ')}`, () => zlib.crc32(...args));
}
const c = zlib.constants;
for (const [name, id, value] of [['quality 12', c.BROTLI_PARAM_QUALITY, 12], ['quality -1', c.BROTLI_PARAM_QUALITY, -1], ['lgwin 9', c.BROTLI_PARAM_LGWIN, 9], ['lgwin 25', c.BROTLI_PARAM_LGWIN, 25], ['mode 3', c.BROTLI_PARAM_MODE, 3], ['lgblock 15', c.BROTLI_PARAM_LGBLOCK, 15], ['lgblock 0', c.BROTLI_PARAM_LGBLOCK, 0], ['literal ctx true', c.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING, true], ['quality "5"', c.BROTLI_PARAM_QUALITY, '5']]) {
  show(`brotli ${name}`, () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params: { [id]: value } })));
}
const large = zlib.brotliCompressSync(text, { params: { [c.BROTLI_PARAM_LARGE_WINDOW]: true, [c.BROTLI_PARAM_LGWIN]: 26 } });
show('large window plain decoder', () => zlib.brotliDecompressSync(large));
show('large window decoder', () => zlib.brotliDecompressSync(large, { params: { [c.BROTLI_DECODER_PARAM_LARGE_WINDOW]: true } }));
show('brotli params array', () => zlib.brotliCompressSync(text, { params: [] }).length > 0);
show('brotli params null', () => zlib.brotliCompressSync(text, { params: null }).length > 0);
show('brotli param key -1', () => zlib.brotliCompressSync(text, { params: { '-1': 1 } }));
show('brotli param key x', () => zlib.brotliCompressSync(text, { params: { x: 1 } }));
show('brotli param decoder key 2', () => zlib.brotliDecompressSync(large, { params: { 2: 1 } }));
