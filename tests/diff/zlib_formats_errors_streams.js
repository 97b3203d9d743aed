// zlib: every format round-trips (sync, callback, promisified, streams); node's own output
// decodes here and ours in node's format (checked by decoding); errors on corrupt, truncated
// and wrong-format input carry zlib's messages, numbers and codes; crc32; options checks.
const zlib = require('zlib');
const util = require('util');
const { pipeline, Readable, Writable } = require('stream');
const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(2000));
const pairs = [
  ['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['brotliCompressSync', 'brotliDecompressSync'], ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync'],
];
for (const [c, d] of pairs) {
  const packed = zlib[c](text);
  const back = zlib[d](packed);
  console.log(c, d, Buffer.isBuffer(packed), packed.length < text.length / 10, back.equals(text));
}
// Known streams made by zlib 1.x and brotli (from node), decoded here.
console.log(zlib.gunzipSync(Buffer.from('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex')).toString());
console.log(zlib.inflateSync(Buffer.from('789ccb48cdc9c90700062c0215', 'hex')).toString());
console.log(zlib.inflateRawSync(Buffer.from('cb48cdc9c90700', 'hex')).toString());
console.log(zlib.brotliDecompressSync(Buffer.from('0b028068656c6c6f03', 'hex')).toString());
// Two gzip members one after the other read as one.
console.log(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('ab'), zlib.gzipSync('cd')])).toString());
for (const level of [0, 1, 9, -1]) console.log('level', level, zlib.inflateSync(zlib.deflateSync(text, { level })).equals(text));
console.log('strings', zlib.inflateSync(zlib.deflateSync('héllo')).toString(), zlib.gunzipSync(zlib.gzipSync(new Uint8Array([1, 2, 3]))));
const dict = Buffer.from('quick brown fox');
console.log('dictionary', zlib.inflateSync(zlib.deflateSync(text, { dictionary: dict }), { dictionary: dict }).equals(text));
for (const [f, data] of [
  ['gunzipSync', Buffer.from('garbage!')], ['inflateSync', Buffer.from('garbage!')],
  ['inflateRawSync', Buffer.from([0xff, 0xff, 0xff])], ['brotliDecompressSync', Buffer.from('garbage!')],
  ['gunzipSync', zlib.gzipSync('hello world').subarray(0, 15)], ['unzipSync', Buffer.from('xx')],
  ['inflateSync', zlib.deflateSync('abc').subarray(0, 5)], ['inflateSync', zlib.deflateSync(text, { dictionary: dict })],
]) {
  // Which brotli format error garbage trips first is the decoder's own; the family is Node's.
  const shown = (e) => (e.code.startsWith('ERR__ERROR_FORMAT') ? 'ERR__ERROR_FORMAT_*' : `${e.code} ${e.errno}`);
  try { zlib[f](data); console.log(f, 'no error'); } catch (e) { console.log(f, e.message, shown(e), Object.keys(e).join(',')); }
}
console.log('crc32', zlib.crc32('hello'), zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')), zlib.crc32(''));
for (const bad of [() => zlib.deflateSync(5), () => zlib.deflateSync('x', { level: 10 }), () => zlib.deflateSync('x', { windowBits: 20 }),
  () => zlib.createGzip({ chunkSize: 10 }), () => zlib.crc32(5), () => zlib.brotliCompressSync('x', { params: { 99: 1 } }),
  () => zlib.gunzipSync(zlib.gzipSync(text), { maxOutputLength: 100 })]) {
  try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(Object.keys(zlib).join(','));
console.log(zlib.Z_SYNC_FLUSH, zlib.codes.Z_DATA_ERROR, zlib.codes[-3], zlib.constants.BROTLI_DEFAULT_QUALITY, Object.isFrozen(zlib.constants));
(async () => {
  const packed = await new Promise((r, j) => zlib.gzip(text, (e, b) => (e ? j(e) : r(b))));
  console.log('callback', zlib.gunzipSync(packed).equals(text));
  console.log('promisified', (await util.promisify(zlib.brotliDecompress)(await util.promisify(zlib.brotliCompress)(text))).equals(text));
  await new Promise((r) => zlib.inflate(Buffer.from('bad data here'), (e) => { console.log('callback error', e.code, e.message); r(); }));
  for (const [c, d] of [['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'], ['createDeflateRaw', 'createInflateRaw'], ['createBrotliCompress', 'createBrotliDecompress'], ['createGzip', 'createUnzip']]) {
    const chunks = [];
    await util.promisify(pipeline)(
      Readable.from([text.subarray(0, 1000), text.subarray(1000, 50000), text.subarray(50000)]),
      zlib[c](), zlib[d](),
      new Writable({ write(chunk, enc, cb) { chunks.push(chunk); cb(); } }),
    );
    console.log('stream', c, d, Buffer.concat(chunks).equals(text));
  }
  const broken = zlib.createGunzip();
  await new Promise((r) => {
    broken.on('error', (e) => { console.log('stream error', e.code, e.errno, e.message); r(); });
    broken.end(Buffer.from('not gzip at all'));
  });
  const g = zlib.createGzip();
  const parts = [];
  g.on('data', (d) => parts.push(d));
  g.write('first part ');
  g.flush(() => {
    console.log('flushed decodes', zlib.unzipSync(Buffer.concat(parts), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    g.end('second');
    g.on('end', () => console.log('ended', zlib.gunzipSync(Buffer.concat(parts)).toString(), g.bytesWritten));
  });
})();
for (const f of ['inflateSync', 'gunzipSync', 'unzipSync', 'inflateRawSync', 'brotliDecompressSync']) {
  try { console.log(f, zlib[f](Buffer.alloc(0))); } catch (e) { console.log('empty', f, e.message, e.code); }
}
try { console.log(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('ab'), Buffer.from('trailing junk')])).toString()); } catch (e) { console.log('trailing', e.message, e.code); }
console.log('inflate ignores what follows', zlib.inflateSync(Buffer.concat([zlib.deflateSync('ab'), Buffer.from('trailing junk')])).toString());
console.log(Object.isFrozen(zlib.codes), Object.isFrozen(zlib.constants));
