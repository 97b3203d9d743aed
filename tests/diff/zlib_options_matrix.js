// zlib one-shot forms across levels, window bits, memory levels, strategies, dictionaries and
// flush modes; info results; crc32 with initial values; stream params().
const zlib = require('zlib');
const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(200));
const sha = (b) => require('crypto').createHash('sha256').update(b).digest('hex').slice(0, 16);
for (const level of [0, 1, 6, 9, -1]) {
  const packed = zlib.deflateSync(text, { level });
  console.log('level', level, zlib.inflateSync(packed).equals(text));
}
for (const windowBits of [9, 12, 15]) {
  const packed = zlib.deflateRawSync(text, { windowBits });
  console.log('windowBits', windowBits, zlib.inflateRawSync(packed, { windowBits: 15 }).equals(text));
}
const dictionary = Buffer.from('quick brown fox lazy dog');
const withDict = zlib.deflateSync(text, { dictionary });
console.log('dictionary', zlib.inflateSync(withDict, { dictionary }).equals(text));
try { zlib.inflateSync(withDict); } catch (e) { console.log(e.code, e.errno, e.message); }
try { zlib.inflateSync(withDict, { dictionary: Buffer.from('wrong') }); } catch (e) { console.log(e.code, e.errno, e.message); }
const info = zlib.gzipSync(text, { info: true });
console.log(Object.keys(info), info.engine.constructor.name, Buffer.isBuffer(info.buffer));
console.log('gunzip', sha(zlib.gunzipSync(info.buffer)) === sha(text));
console.log('unzip of deflate and gzip', zlib.unzipSync(zlib.deflateSync(text)).equals(text), zlib.unzipSync(zlib.gzipSync(text)).equals(text));
for (const [name, value] of [['level', 10], ['windowBits', 7], ['memLevel', 10], ['strategy', 5], ['chunkSize', 10]]) {
  try { zlib.deflateSync(text, { [name]: value }); console.log(name, 'accepted'); } catch (e) { console.log(name, e.code, e.message); }
}
const truncated = zlib.gzipSync(text).subarray(0, 40);
try { zlib.gunzipSync(truncated); } catch (e) { console.log(e.code, e.errno, e.message); }
console.log('finishFlush', Buffer.isBuffer(zlib.gunzipSync(truncated, { finishFlush: zlib.constants.Z_SYNC_FLUSH })));
console.log('crc32', zlib.crc32('hello'), zlib.crc32(Buffer.from('hello')), zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
const brotli = zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: text.length } });
console.log('brotli', zlib.brotliDecompressSync(brotli).equals(text));
const stream = zlib.createDeflate({ level: 1 });
const chunks = [];
stream.on('data', (c) => chunks.push(c));
stream.write(text.subarray(0, 1000));
stream.params(9, zlib.constants.Z_DEFAULT_STRATEGY, (err) => {
  console.log('params', err);
  stream.end(text.subarray(1000));
});
stream.on('end', () => console.log('stream round trip', zlib.inflateSync(Buffer.concat(chunks)).equals(text)));
