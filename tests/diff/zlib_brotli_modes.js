// Brotli: qualities, window sizes, text/font modes and a size hint all decode back; output
// sizes ordered as quality demands; streaming with flushes; info: true; corrupt and truncated
// input with Node's error codes; the same through the promise-less callback forms.
const zlib = require('zlib');
const { constants: c } = zlib;

const text = Buffer.from(Array.from({ length: 4000 }, (_, i) => `item ${i % 97} of the brotli test; `).join(''));
const sizes = [];
for (const quality of [0, 1, 5, 9, 11]) {
  for (const lgwin of [10, 16, 22, 24]) {
    const out = zlib.brotliCompressSync(text, { params: { [c.BROTLI_PARAM_QUALITY]: quality, [c.BROTLI_PARAM_LGWIN]: lgwin } });
    if (lgwin === 22) sizes.push(out.length);
    if (!zlib.brotliDecompressSync(out).equals(text)) console.log('mismatch', quality, lgwin);
  }
}
console.log('smaller with quality', sizes.every((s, i) => i === 0 || s <= sizes[i - 1] * 1.05));
for (const mode of [c.BROTLI_MODE_GENERIC, c.BROTLI_MODE_TEXT, c.BROTLI_MODE_FONT]) {
  const out = zlib.brotliCompressSync(text, { params: { [c.BROTLI_PARAM_MODE]: mode, [c.BROTLI_PARAM_SIZE_HINT]: text.length } });
  console.log('mode', mode, zlib.brotliDecompressSync(out).equals(text));
}
const info = zlib.brotliCompressSync('info', { info: true });
console.log(Object.keys(info), Buffer.isBuffer(info.buffer), typeof info.engine);

const bad = Buffer.from(zlib.brotliCompressSync(text));
for (const [label, input] of [['truncated', bad.subarray(0, bad.length >> 1)], ['garbage', Buffer.from('not brotli at all, really not')], ['empty', Buffer.alloc(0)]]) {
  try {
    const out = zlib.brotliDecompressSync(input);
    console.log(label, 'decoded', out.length);
  } catch (e) {
    console.log(label, e.code, e.errno, e.message);
  }
}

const encoder = zlib.createBrotliCompress();
const parts = [];
encoder.on('data', (d) => parts.push(d));
encoder.write(text.subarray(0, 5000));
encoder.flush(() => {
  const sofar = Buffer.concat(parts);
  console.log('flushed part decodes', zlib.createBrotliDecompress ? sofar.length > 0 : false);
  encoder.end(text.subarray(5000));
});
encoder.on('end', () => {
  zlib.brotliDecompress(Buffer.concat(parts), (err, out) => {
    console.log('stream round trip', err, out.equals(text));
    zlib.brotliDecompress(Buffer.from('xx'), (err2) => console.log('callback error', err2.code));
  });
});
try {
  zlib.brotliCompressSync('x', { params: { 99: 1 } });
} catch (e) {
  console.log(e.code, e.message);
}
