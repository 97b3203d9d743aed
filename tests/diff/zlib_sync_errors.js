// Synchronous zlib failures: what is thrown, and what becomes of the stream that failed.
const zlib = require('zlib');

function attempt(label, make, input) {
  const stream = make();
  stream.on('error', (e) => console.log(label, 'error event', e.code));
  stream.on('close', () => console.log(label, 'close event'));
  try {
    const out = stream._processChunk(input, zlib.constants.Z_FINISH);
    console.log(label, 'gave', out.length, 'bytes');
  } catch (e) {
    console.log(label, 'threw', e.code, e.errno, e.message);
  }
  console.log(label, 'destroyed', stream.destroyed, 'handle', stream._handle === null ? 'null' : typeof stream._handle);
}

const good = zlib.deflateSync('hello world, hello world, hello world');
attempt('garbage', () => zlib.createInflate(), Buffer.from('not zlib data at all'));
attempt('cut', () => zlib.createInflate(), Buffer.concat([good.subarray(0, 6), Buffer.from('zzzzzzzzzzzz')]));
attempt('gunzip', () => zlib.createGunzip(), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff]));
attempt('fine', () => zlib.createInflate(), good);

for (const [name, fn, input] of [
  ['inflateSync', zlib.inflateSync, Buffer.from('garbage here')],
  ['gunzipSync', zlib.gunzipSync, Buffer.from('garbage here')],
  ['brotliDecompressSync', zlib.brotliDecompressSync, Buffer.from([0xff, 0xff, 0xff, 0xff])],
  ['inflateRawSync', zlib.inflateRawSync, Buffer.from([0xff, 0xff, 0xff])],
]) {
  try {
    fn(input);
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, e.code, e.errno, e.message);
  }
}
setTimeout(() => console.log('done'), 20);
