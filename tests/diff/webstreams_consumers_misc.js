// stream/consumers in depth over web streams, node streams and async iterables: multi-byte text
// split across chunks, string and typed-array chunks mixed, errors and invalid JSON, locking of
// the web stream while consumed, non-byte chunks; plus stream/web exports and their identity.
const consumers = require('stream/consumers');
const web = require('stream/web');
const { Readable, PassThrough } = require('stream');
const log = (...args) => console.log(...args);
const show = (label) => (e) => log(label, e?.name, e?.code, e?.message ?? String(e));
const u8 = (...b) => new Uint8Array(b);

async function main() {
  const euro = [u8(0xe2), u8(0x82, 0xac), u8(0x21)];
  log('text split utf8 (web)', await consumers.text(ReadableStream.from(euro)));
  log('text split utf8 (node)', await consumers.text(Readable.from(euro.map((x) => Buffer.from(x)))));
  log('text mixed', await consumers.text(ReadableStream.from(['a', u8(98), new Uint16Array([0x6463]), 'e'])));
  log('text async gen', await consumers.text((async function* () { yield 'x'; yield Buffer.from('y'); })()));
  log('text bad utf8', JSON.stringify(await consumers.text(ReadableStream.from([u8(0xff, 0x41)]))));
  log('json', JSON.stringify(await consumers.json(ReadableStream.from(['[1,', '{"a":"é"}]']))));
  await consumers.json(ReadableStream.from([])).catch(show('json empty'));

  const ab = await consumers.arrayBuffer(ReadableStream.from([u8(1, 2), 'cd', new DataView(new ArrayBuffer(1))]));
  log('arrayBuffer', ab.constructor.name, Array.from(new Uint8Array(ab)));
  const buf = await consumers.buffer(Readable.from(['h', 'i']));
  log('buffer', Buffer.isBuffer(buf), buf.toString());
  const blob = await consumers.blob(ReadableStream.from([u8(65), 'B']));
  log('blob', blob.constructor.name, blob.size, JSON.stringify(blob.type), await blob.text());

  const objs = ReadableStream.from([{ a: 1 }]);
  await consumers.text(objs).catch(show('object chunk text'));
  await consumers.arrayBuffer(Readable.from([5, { a: 1 }])).then((v) => log('odd chunks arrayBuffer', Buffer.from(v).toString()), show('odd chunks arrayBuffer'));
  await consumers.buffer(ReadableStream.from([null, 7n])).then((v) => log('odd chunks buffer', v.toString()), show('odd chunks buffer'));
  await consumers.blob(ReadableStream.from([null])).then((v) => log('null chunk blob', v.size), show('null chunk blob'));

  const s = new ReadableStream({ start(c) { c.enqueue('q'); } });
  const pending = consumers.text(s);
  log('locked while consuming', s.locked);
  await new Promise((r) => setImmediate(r));
  s.cancel().catch(show('cancel locked'));

  const failing = new ReadableStream({ start(c) { c.enqueue('part'); c.error(new RangeError('mid-stream')); } });
  await consumers.text(failing).catch(show('web error'));
  const p = new PassThrough();
  const nodeText = consumers.text(p);
  p.write('a');
  p.destroy(new TypeError('node destroyed'));
  await nodeText.catch(show('node error'));
  const locked = new ReadableStream();
  locked.getReader();
  await consumers.text(locked).catch(show('locked stream'));
  for (const bad of [null, 5, 'str', {}]) {
    await consumers.text(bad).then((v) => log('text of', JSON.stringify(v)), show(`text(${JSON.stringify(bad)})`));
  }

  log('exports', Object.keys(web).sort().join(' '));
  log('same as globals', web.ReadableStream === ReadableStream, web.TransformStream === TransformStream, web.TextEncoderStream === globalThis.TextEncoderStream, web.CompressionStream === globalThis.CompressionStream);
  log('consumers exports', Object.keys(consumers).sort().join(' '), require('stream').web === undefined ? 'no stream.web' : typeof require('stream').web);
  for (const name of ['ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamDefaultController', 'WritableStreamDefaultController', 'TransformStreamDefaultController', 'ReadableByteStreamController', 'ReadableStreamBYOBRequest']) {
    try { new web[name](); log(name, 'constructed'); } catch (e) { show(name)(e); }
  }
  log('toStringTags', Object.prototype.toString.call(new ReadableStream().getReader()), Object.prototype.toString.call(new CountQueuingStrategy({ highWaterMark: 1 })), Object.prototype.toString.call(new WritableStream().getWriter()));
  log('inspect', require('util').inspect(new TransformStream()), require('util').inspect(new ByteLengthQueuingStrategy({ highWaterMark: 2 })));
  const util = require('util');
  log('inspect reader', util.inspect(new ReadableStream().getReader()));
  const br = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  br.read(new Uint8Array(2));
  log('inspect byob reader', util.inspect(br));
  log('inspect writer', util.inspect(new WritableStream({}, { highWaterMark: 3 }).getWriter()));
  let rc, bc, wc;
  new ReadableStream({ start(c) { rc = c; } });
  new ReadableStream({ type: 'bytes', start(c) { bc = c; } });
  new WritableStream({ start(c) { wc = c; } });
  log('inspect controllers', util.inspect(rc), util.inspect(bc), util.inspect(wc));
  const withRequest = new ReadableStream({ type: 'bytes', pull(c) { log('inspect request', util.inspect(c.byobRequest)); c.close(); c.byobRequest.respond(0); } });
  await withRequest.getReader({ mode: 'byob' }).read(new Uint8Array(3));
  log('inspect strategies', util.inspect(new CountQueuingStrategy({ highWaterMark: 4 })), util.inspect(new ByteLengthQueuingStrategy({ highWaterMark: 5 })));
}
main();
