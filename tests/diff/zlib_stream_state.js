// zlib streams: chunkSize slicing of 'data', bytesWritten as input is consumed, reset() between
// independent messages, params() argument checks, truncated input per format failing at end
// with Z_BUF_ERROR, finishFlush on a stream, writes after close, and _processChunk.
const zlib = require('zlib');
const text = Buffer.from(Array.from({ length: 3000 }, (_, i) => `${i * 7919 % 10007},`).join(''));

function collect(stream, input, { chunks } = {}) {
  return new Promise((resolve) => {
    const out = [];
    stream.on('data', (d) => out.push(d));
    stream.on('error', (e) => resolve({ error: `${e.code} ${e.errno} ${e.message}`, out: Buffer.concat(out) }));
    stream.on('end', () => resolve({ out: Buffer.concat(out), sizes: out.map((d) => d.length) }));
    if (chunks) { for (const c of chunks) stream.write(c); stream.end(); } else stream.end(input);
  });
}

(async () => {
  const packed = zlib.deflateSync(text);
  // Inflating with a small chunkSize: every 'data' but the last is exactly chunkSize.
  for (const chunkSize of [64, 1000, 100000]) {
    const r = await collect(zlib.createInflate({ chunkSize }), packed);
    const sizes = r.sizes;
    console.log('chunkSize', chunkSize, r.out.equals(text), sizes.slice(0, -1).every((s) => s === chunkSize), sizes[sizes.length - 1] <= chunkSize, sizes.length === Math.ceil(text.length / chunkSize));
  }
  // bytesWritten counts input bytes taken in.
  const d = zlib.createDeflate();
  console.log('bytesWritten start', d.bytesWritten);
  d.write(text.subarray(0, 100));
  await new Promise((r) => d.flush(r));
  console.log('bytesWritten after flush', d.bytesWritten);
  const dr = await collect(d, text.subarray(100));
  console.log('bytesWritten end', d.bytesWritten, zlib.inflateSync(dr.out).equals(text));
  const inf = zlib.createInflate();
  await collect(inf, packed);
  console.log('inflate bytesWritten', inf.bytesWritten === packed.length);
  // reset(): a deflate stream starts over; output so far and after are each complete streams.
  const g = zlib.createDeflateRaw();
  const parts = [];
  g.on('data', (c) => parts.push(c));
  g.write('first message');
  await new Promise((r) => g.flush(zlib.constants.Z_FINISH, r));
  const first = Buffer.concat(parts.splice(0));
  g.reset();
  g.end('second message');
  await new Promise((r) => g.on('end', r));
  console.log('reset', zlib.inflateRawSync(first).toString(), zlib.inflateRawSync(Buffer.concat(parts)).toString());
  // params() checks its arguments.
  const p = zlib.createDeflate();
  for (const args of [[10, 0], [1, 9], ['1', 0], [1, '0'], [Infinity, 0], [-2, 0]]) {
    try { p.params(...args, () => {}); console.log('params', args, 'accepted'); } catch (e) { console.log('params', String(args), e.code, e.message); }
  }
  p.destroy();
  // Truncated input: the stream errors when it ends.
  const formats = [['createInflate', zlib.deflateSync(text)], ['createGunzip', zlib.gzipSync(text)], ['createInflateRaw', zlib.deflateRawSync(text)], ['createUnzip', zlib.gzipSync(text)], ['createBrotliDecompress', zlib.brotliCompressSync(text)]];
  for (const [make, full] of formats) {
    const r = await collect(zlib[make](), null, { chunks: [full.subarray(0, full.length >> 1)] });
    console.log('truncated', make, r.error, r.out.length > 0, text.subarray(0, r.out.length).equals(r.out));
    const s = await collect(zlib[make]({ finishFlush: make === 'createBrotliDecompress' ? zlib.constants.BROTLI_OPERATION_FLUSH : zlib.constants.Z_SYNC_FLUSH }), full.subarray(0, full.length >> 1));
    console.log('finishFlush sync', make, s.error, text.subarray(0, s.out.length).equals(s.out));
  }
  // Corrupt in the middle.
  const bad = Buffer.from(zlib.deflateSync(text));
  bad[bad.length >> 1] ^= 0x55;
  const br = await collect(zlib.createInflate(), bad);
  console.log('corrupt', br.error && br.error.split(' ')[0]);
  // A closed stream.
  const c = zlib.createGzip();
  c.on('error', (e) => console.log('closed error', e.code, e.message));
  c.close();
  await new Promise((r) => setImmediate(r));
  c.write('x', (err) => console.log('write after close', err && err.code));
  await new Promise((r) => setImmediate(r));
  console.log('closed state', c.destroyed, c._handle === null || c._handle === undefined);
  // _processChunk, the synchronous step some libraries use.
  const sync = zlib.createInflate();
  const out = sync._processChunk(packed, zlib.constants.Z_FINISH);
  console.log('_processChunk', Buffer.isBuffer(out), out.equals(text));
})();
