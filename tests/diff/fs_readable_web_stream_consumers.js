// FileHandle.readableWebStream (ArrayBuffer chunks, or a byte stream read BYOB), the handle's lock, and stream/consumers over Node and web streams.
const fs = require('fs/promises');
const path = require('path');
const os = require('os');
(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rws-'));
  const file = path.join(dir, 'data.txt');
  await fs.writeFile(file, 'x'.repeat(100000) + 'end');
  const fh = await fs.open(file);
  const stream = fh.readableWebStream();
  console.log(Object.prototype.toString.call(stream), stream.locked);
  let total = 0; let chunks = 0; let type;
  for await (const chunk of stream) { total += chunk.byteLength; chunks++; type = chunk.constructor.name; }
  console.log(total, chunks > 0, type);
  try { fh.readableWebStream(); } catch (e) { console.log(e.name, e.code, e.message); }
  await fh.close();
  const fh2 = await fs.open(file);
  const reader = fh2.readableWebStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(10));
  console.log('byob', value.byteLength, Buffer.from(value).toString());
  reader.releaseLock();
  await fh2.close();
  const consumers = require('stream/consumers');
  const { Readable } = require('stream');
  console.log(await consumers.text(Readable.from(['a', 'b'])), await consumers.json(ReadableStream.from(['{"k":', '1}'])), (await consumers.buffer(Readable.from([Buffer.from('x')]))).toString(), (await consumers.arrayBuffer(ReadableStream.from([new Uint8Array([1,2])]))).byteLength, (await consumers.blob(Readable.from(['blob']))).size);
  await fs.rm(dir, { recursive: true });
})();
