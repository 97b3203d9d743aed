// Web streams: sources pulled as readers ask, backpressure and desiredSize, tee, iteration,
// pipes through transforms, errors and cancel reasons on both sides, in the order they come.
const { setTimeout: delay } = require('timers/promises');
const log = (...args) => console.log(...args);

async function defaults() {
  let pulls = 0;
  const stream = new ReadableStream({
    start(c) {
      log('start desired', c.desiredSize);
      c.enqueue('a');
      log('after enqueue desired', c.desiredSize);
    },
    pull(c) {
      pulls++;
      if (pulls > 3) c.close();
      else c.enqueue(`p${pulls}`);
    },
  }, { highWaterMark: 2 });
  log('locked', stream.locked);
  const reader = stream.getReader();
  log('locked after', stream.locked);
  for (;;) {
    const { value, done } = await reader.read();
    log('read', value, done);
    if (done) break;
  }
  await reader.closed;
  log('closed, pulls', pulls);
  reader.releaseLock();
  log(await reader.read().catch((e) => e.code));
}

async function iteration() {
  const chunks = [];
  for await (const chunk of ReadableStream.from(['x', Promise.resolve('y'), 'z'])) chunks.push(chunk);
  log('from', chunks.join(','));
  let cancelled;
  const stream = new ReadableStream({
    pull(c) {
      c.enqueue(1);
    },
    cancel(reason) {
      cancelled = reason;
    },
  });
  for await (const value of stream) {
    log('first', value);
    break;
  }
  log('cancelled by break', cancelled, stream.locked);
  const kept = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
  for await (const value of kept.values({ preventCancel: true })) {
    log('kept', value);
    break;
  }
  const reader = kept.getReader();
  log('left', JSON.stringify(await reader.read()));
}

async function tee() {
  const source = new ReadableStream({ start(c) { ['one', 'two', 'three'].forEach((x) => c.enqueue(x)); c.close(); } });
  const [a, b] = source.tee();
  const read = async (s) => {
    const out = [];
    for await (const x of s) out.push(x);
    return out.join('+');
  };
  log('tee', await read(a), await read(b));
}

async function pipes() {
  const upper = new TransformStream({
    transform(chunk, c) {
      c.enqueue(chunk.toUpperCase());
    },
    flush(c) {
      c.enqueue('!');
    },
  });
  const received = [];
  const sink = new WritableStream({
    write(chunk) {
      received.push(chunk);
      return delay(1);
    },
    close() {
      received.push('<closed>');
    },
  }, { highWaterMark: 1 });
  await ReadableStream.from(['a', 'b', 'c']).pipeThrough(upper).pipeTo(sink);
  log('piped', received.join(' '));

  const failing = new ReadableStream({ start(c) { c.enqueue('x'); c.error(new Error('boom')); } });
  let aborted;
  const target = new WritableStream({ abort(reason) { aborted = reason.message; } });
  await failing.pipeTo(target).catch((e) => log('pipe failed', e.message, 'aborted', aborted));

  let sourceCancel;
  const endless = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { sourceCancel = r.message; } });
  const refusing = new WritableStream({ write() { throw new Error('nope'); } });
  await endless.pipeTo(refusing).catch((e) => log('dest failed', e.message, 'cancel', sourceCancel));

  const controller = new AbortController();
  const slow = new ReadableStream({ pull(c) { c.enqueue('tick'); return delay(5); } });
  const gathered = [];
  const done = slow.pipeTo(new WritableStream({ write(x) { gathered.push(x); } }), { signal: controller.signal });
  await delay(20);
  controller.abort(new Error('stop'));
  await done.catch((e) => log('signal', e.message, gathered.length > 0));
}

async function writers() {
  const order = [];
  const stream = new WritableStream({
    start() {
      order.push('start');
    },
    async write(chunk) {
      order.push(`write ${chunk}`);
      await delay(2);
    },
    close() {
      order.push('close');
    },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const writer = stream.getWriter();
  log('desired', writer.desiredSize);
  writer.write('a');
  writer.write('b');
  log('desired after two', writer.desiredSize);
  writer.write('c');
  await writer.ready;
  log('ready, desired', writer.desiredSize);
  await writer.close();
  log(order.join(', '));
  const broken = new WritableStream({ write() { throw new Error('sink broke'); } });
  const w2 = broken.getWriter();
  await w2.write('x').catch((e) => log('write rejected', e.message));
  await w2.closed.catch((e) => log('closed rejected', e.message));
  const aborting = new WritableStream({ abort(reason) { log('sink abort', reason); } });
  await aborting.abort('why');
  log('strategies', new ByteLengthQueuingStrategy({ highWaterMark: 16 }).size(new Uint8Array(5)), new CountQueuingStrategy({ highWaterMark: 1 }).size('x'));
}

async function text() {
  const encoded = ReadableStream.from(['h\u00e9', 'llo \ud83d', '\ude00']).pipeThrough(new TextEncoderStream());
  const bytes = [];
  for await (const chunk of encoded) bytes.push(...chunk);
  log('encoded', Buffer.from(bytes).toString('hex'));
  const decoded = ReadableStream.from([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac, 0x21])]).pipeThrough(new TextDecoderStream());
  let out = '';
  for await (const chunk of decoded) out += chunk;
  log('decoded', out);
  const input = Buffer.from('compress me '.repeat(100));
  const compressed = ReadableStream.from([input]).pipeThrough(new CompressionStream('gzip')).pipeThrough(new DecompressionStream('gzip'));
  const parts = [];
  for await (const chunk of compressed) parts.push(Buffer.from(chunk));
  log('round trip', Buffer.concat(parts).equals(input));
  try {
    new CompressionStream('zip');
  } catch (e) {
    log(e.code, e.message);
  }
}

(async () => {
  await defaults();
  await iteration();
  await tee();
  await pipes();
  await writers();
  await text();
  const util = require('util');
  log(util.inspect(new ReadableStream()), util.inspect(new WritableStream()));
  log(Object.prototype.toString.call(new TransformStream()), typeof require('stream/web').ReadableStream);
})();
