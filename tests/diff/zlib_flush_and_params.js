// zlib streams driven by hand: flush() with each flush kind makes what was written so far
// decodable, params() changes level and strategy mid-stream (level 0 then stores the rest),
// and the result still inflates to the input. Sizes are compared by what they must be, not
// byte for byte: zlib builds differ in their matches.
const zlib = require('zlib');

const text = Buffer.from('flush me, then change my level; '.repeat(200));

function run(label, steps, done) {
  const deflate = zlib.createDeflate({ level: 1 });
  const chunks = [];
  deflate.on('data', (c) => chunks.push(c));
  deflate.on('end', () => {
    const all = Buffer.concat(chunks);
    console.log(label, 'inflates', zlib.inflateSync(all).equals(text), 'stored the rest', all.length > storedFrom);
    done();
  });
  let at = 0;
  let storedFrom = Infinity;
  const next = () => {
    const step = steps.shift();
    if (!step) {
      deflate.end(text.subarray(at));
      return;
    }
    deflate.write(text.subarray(at, at + step.size));
    at += step.size;
    const before = Buffer.concat(chunks).length;
    if (step.flush !== undefined) {
      deflate.flush(step.flush, () => {
        console.log(label, 'after flush', step.flush, Buffer.concat(chunks).length > before);
        next();
      });
    } else {
      if (step.level === 0) storedFrom = text.length - at;
      deflate.params(step.level, step.strategy, (err) => {
        console.log(label, 'params', step.level, step.strategy, err ?? 'ok');
        next();
      });
    }
  };
  next();
}

run('sync flush', [
  { size: 1000, flush: zlib.constants.Z_SYNC_FLUSH },
  { size: 1000, flush: zlib.constants.Z_FULL_FLUSH },
  { size: 1000, level: 9, strategy: zlib.constants.Z_DEFAULT_STRATEGY },
  { size: 1000, level: 0, strategy: zlib.constants.Z_FILTERED },
], () => {
  run('partial', [{ size: 10, flush: zlib.constants.Z_PARTIAL_FLUSH }, { size: 3000, flush: zlib.constants.Z_BLOCK }], () => {
    // Sync flush output of a raw deflate decodes piecewise.
    const raw = zlib.createDeflateRaw();
    const parts = [];
    raw.on('data', (c) => parts.push(c));
    raw.write('first part ');
    raw.flush(() => {
      const sofar = Buffer.concat(parts);
      const inflated = zlib.inflateRawSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
      console.log('piecewise', JSON.stringify(inflated.toString()));
      raw.end('second part');
      raw.on('end', () => console.log('raw whole', zlib.inflateRawSync(Buffer.concat(parts)).toString()));
    });
  });
});

// Strategies and memory levels: every stream inflates back; Huffman-only and RLE find no long
// matches, so repetitive text comes out larger than with the default strategy.
const repetitive = Buffer.from('abcabcabc '.repeat(3000));
const sizes = {};
for (const [name, strategy] of Object.entries({ default: 0, filtered: 1, huffman: 2, rle: 3, fixed: 4 })) {
  for (const memLevel of [1, 9]) {
    const out = zlib.deflateSync(repetitive, { strategy, memLevel });
    sizes[name] = out.length;
    console.log(name, memLevel, zlib.inflateSync(out).equals(repetitive));
  }
}
console.log('huffman larger', sizes.huffman > sizes.default, 'rle larger', sizes.rle > sizes.default);
