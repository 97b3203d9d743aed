// zlib maxOutputLength: the limit on sync, callback and promisified one-shots of every format,
// exact-size edges, option validation (types and ranges), and info: true results' engines.
const zlib = require('zlib');
const util = require('util');
const text = Buffer.from('maxOutputLength check; '.repeat(100));
const show = (label, f) => {
  try { const r = f(); console.log(label, 'ok', r.length === text.length ? 'full' : 'other'); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
const packs = { inflateSync: zlib.deflateSync(text), gunzipSync: zlib.gzipSync(text), unzipSync: zlib.gzipSync(text), inflateRawSync: zlib.deflateRawSync(text), brotliDecompressSync: zlib.brotliCompressSync(text) };
for (const [f, data] of Object.entries(packs)) {
  show(`${f} limit 100`, () => zlib[f](data, { maxOutputLength: 100 }));
  show(`${f} exact`, () => zlib[f](data, { maxOutputLength: text.length }));
  show(`${f} one less`, () => zlib[f](data, { maxOutputLength: text.length - 1 }));
}
show('deflate limit', () => zlib.deflateSync(text, { maxOutputLength: 10 }));
show('brotli compress limit', () => zlib.brotliCompressSync(text, { maxOutputLength: 5 }));
for (const bad of [0, -1, 1.5, 'x', null, Infinity, 2 ** 53]) {
  show(`maxOutputLength ${String(bad)}`, () => zlib.inflateSync(packs.inflateSync, { maxOutputLength: bad }));
}
for (const bad of [0, 'x', 2 ** 53]) {
  show(`brotli maxOutputLength ${String(bad)}`, () => zlib.brotliDecompressSync(packs.brotliDecompressSync, { maxOutputLength: bad }));
}
for (const [name, value] of [['flush', 4], ['finishFlush', 3], ['chunkSize', 1.5]]) {
  show(`brotli ${name}=${value}`, () => zlib.brotliDecompressSync(packs.brotliDecompressSync, { [name]: value }));
  show(`stream brotli ${name}=${value}`, () => zlib.createBrotliCompress({ [name]: value }).constructor.name);
}
for (const [name, value] of [['level', '5'], ['windowBits', '15'], ['memLevel', {}], ['strategy', true], ['chunkSize', '100'], ['finishFlush', 'x'], ['flush', 99], ['finishFlush', 6], ['level', NaN], ['level', 1.5], ['level', Infinity], ['chunkSize', Infinity], ['chunkSize', 63]]) {
  show(`option ${name}=${typeof value === "string" ? `"${value}"` : String(value)}`, () => zlib.deflateSync(text, { [name]: value }));
}
show('windowBits 8 deflateRaw', () => zlib.inflateRawSync(zlib.deflateRawSync(text, { windowBits: 8 }), { windowBits: 8 }));
show('windowBits 8 gzip', () => zlib.gunzipSync(zlib.gzipSync(text, { windowBits: 8 })));
show('windowBits 0 gzip', () => zlib.gzipSync(text, { windowBits: 0 }));
show('windowBits 0 gunzip', () => zlib.gunzipSync(zlib.gzipSync(text), { windowBits: 0 }));
show('windowBits 0 inflateRaw', () => zlib.inflateRawSync(packs.inflateRawSync, { windowBits: 0 }));
const info = zlib.deflateSync(text, { info: true, level: 3 });
console.log('info', Object.keys(info), info.engine instanceof zlib.Deflate, info.engine.bytesWritten, info.buffer.length > 0);
const info2 = zlib.inflateSync(info.buffer, { info: true });
console.log('info inflate', info2.engine.constructor.name, info2.engine.bytesWritten, info2.buffer.equals(text));
const info3 = zlib.brotliDecompressSync(packs.brotliDecompressSync, { info: true });
console.log('info brotli', info3.engine.constructor.name, info3.engine.bytesWritten, info3.buffer.length);
(async () => {
  for (const [f, data] of [['inflate', packs.inflateSync], ['gunzip', packs.gunzipSync], ['brotliDecompress', packs.brotliDecompressSync]]) {
    try { await util.promisify(zlib[f])(data, { maxOutputLength: 64 }); console.log(f, 'no error'); } catch (e) { console.log(f, 'async', e.name, e.code, e.message); }
    const r = await util.promisify(zlib[f])(data, { maxOutputLength: text.length });
    console.log(f, 'async exact', r.length);
  }
  const ai = await util.promisify(zlib.gzip)(text, { info: true });
  console.log('async info', Object.keys(ai), ai.engine.constructor.name, ai.engine.bytesWritten, zlib.gunzipSync(ai.buffer).equals(text));
  zlib.inflate(packs.inflateSync, { maxOutputLength: 'big' }, () => console.log('callback called'));
})().catch((e) => console.log('rejected', e.code, e.message));
