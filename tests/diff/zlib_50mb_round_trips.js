// zlib: 50 MB through gzip and brotli streams and back, checked by hash; the one-shot forms
// on the same data.
const zlib = require('zlib');
const crypto = require('crypto');
const { pipeline, Readable, Writable } = require('stream');
const size = 50 * 1024 * 1024;
const data = Buffer.alloc(size);
let x = 12345;
for (let i = 0; i < size; i++) {
  x = (x * 1103515245 + 12345) & 0x7fffffff;
  data[i] = 97 + ((x >> 16) % 8);
}
const digest = (b) => crypto.createHash('sha256').update(b).digest('hex');
const original = digest(data);
function chunks(buffer, n) {
  const out = [];
  for (let at = 0; at < buffer.length; at += n) out.push(buffer.subarray(at, at + n));
  return out;
}
function roundTrip(compress, decompress) {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    let length = 0;
    pipeline(Readable.from(chunks(data, 1 << 20)), compress, decompress, new Writable({
      write(chunk, enc, cb) { hash.update(chunk); length += chunk.length; cb(); },
    }), (err) => (err ? reject(err) : resolve([length, hash.digest('hex') === original])));
  });
}
(async () => {
  console.log('gzip stream', await roundTrip(zlib.createGzip(), zlib.createGunzip()));
  const quality = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };
  console.log('brotli stream', await roundTrip(zlib.createBrotliCompress(quality), zlib.createBrotliDecompress()));
  const gz = zlib.gzipSync(data, { level: 6 });
  console.log('gzip sync', gz.length < size / 2, digest(zlib.gunzipSync(gz)) === original);
  const br = zlib.brotliCompressSync(data, quality);
  console.log('brotli sync', br.length < size / 2, digest(zlib.brotliDecompressSync(br)) === original);
})();
