// Every zlib convenience method in its sync, callback and promisified forms, on strings,
// Buffers, typed arrays and ArrayBuffers; results agree and decode back.
const zlib = require('zlib');
const util = require('util');

const pairs = [
  ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['gzip', 'gunzip'], ['gzip', 'unzip'], ['deflate', 'unzip'], ['brotliCompress', 'brotliDecompress'],
];
const inputs = ['a string input', Buffer.from('a buffer input'), new Uint16Array([1, 2, 3]), new Uint8Array([9, 8, 7]).buffer];

(async () => {
  for (const [pack, unpack] of pairs) {
    for (const input of inputs) {
      const packedSync = zlib[`${pack}Sync`](input);
      const viaCallback = await new Promise((resolve, reject) => zlib[pack](input, (err, out) => (err ? reject(err) : resolve(out))));
      const viaPromise = await util.promisify(zlib[pack])(input);
      const unpacked = zlib[`${unpack}Sync`](viaPromise);
      const unpackedAsync = await util.promisify(zlib[unpack])(packedSync);
      console.log(pack, unpack, input.constructor.name, packedSync.equals(viaCallback), viaCallback.equals(viaPromise), unpacked.equals(unpackedAsync), unpacked.length);
    }
  }
  for (const bad of [123, null, {}, [1, 2]]) {
    try {
      zlib.gzipSync(bad);
    } catch (e) {
      console.log('bad input', e.code, e.message);
    }
  }
  zlib.gzip('x', { level: 42 }, () => {});
})().catch((e) => console.log('rejected', e.code, e.message));
