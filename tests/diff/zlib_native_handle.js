// zlib internals that libraries reach into: the native handle, the synchronous _processChunk
// step that closes it after (and how minizlib keeps it open around each step), bytesWritten.
const zlib = require('zlib');
const d = zlib.createDeflateRaw();
console.log(typeof d._handle, typeof d._handle.close, d._handle === d._handle);
const a = d._processChunk(Buffer.from('hello hello hello'), zlib.constants.Z_SYNC_FLUSH);
console.log(Buffer.isBuffer(a), a.length > 0, d._handle, d.bytesWritten);
try { d._processChunk(Buffer.from('x'), zlib.constants.Z_SYNC_FLUSH); } catch (e) { console.log(e.name, e.code, e.message); }
// minizlib's way: keep the handle open around each synchronous step, copying each output.
const g = zlib.createGzip();
const outs = [];
const step = (bytes, flush) => {
  const native = g._handle;
  const close = native.close;
  native.close = () => {};
  const result = g._processChunk(bytes, flush);
  g._handle = native;
  native.close = close;
  outs.push(Buffer.from(result));
};
step(Buffer.from('one '), zlib.constants.Z_NO_FLUSH);
step(Buffer.from('two '), zlib.constants.Z_NO_FLUSH);
step(Buffer.from('three'), zlib.constants.Z_FINISH);
console.log(zlib.gunzipSync(Buffer.concat(outs)).toString(), g.bytesWritten);
g.close(() => console.log('closed', g._handle));
