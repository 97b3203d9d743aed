// Byte streams: BYOB reads into the reader's buffer (respond, respondWithNewView, min),
// auto-allocated chunks for default readers, enqueue into a waiting read, and errors.
const log = (...args) => console.log(...args);

async function byob() {
  let next = 0;
  const stream = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const request = c.byobRequest;
      if (next >= 3) {
        c.close();
        if (request) request.respond(0);
        return;
      }
      const view = request.view;
      log('pull view', view.constructor.name, view.byteOffset, view.byteLength);
      for (let i = 0; i < 3; i++) view[i] = 65 + next * 3 + i;
      next++;
      request.respond(3);
    },
  });
  const reader = stream.getReader({ mode: 'byob' });
  let buffer = new ArrayBuffer(8);
  for (;;) {
    const { value, done } = await reader.read(new Uint8Array(buffer, 0, 8));
    log('byob', done, value.constructor.name, value.byteLength, Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString(), buffer.byteLength);
    if (done) break;
    buffer = value.buffer;
  }
}

async function minimum() {
  const stream = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([1, 2]));
      c.enqueue(new Uint8Array([3, 4, 5]));
      c.enqueue(new Uint8Array([6]));
      c.close();
    },
  });
  const reader = stream.getReader({ mode: 'byob' });
  const first = await reader.read(new Uint16Array(4), { min: 2 });
  log('min read', first.value.constructor.name, Array.from(first.value), first.done);
  const second = await reader.read(new Uint8Array(10));
  log('rest', Array.from(second.value), second.done);
  const end = await reader.read(new Uint8Array(4));
  log('end', end.value.byteLength, end.done);
}

async function defaultReader() {
  const stream = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      const request = c.byobRequest;
      log('auto request', request && request.view.byteLength);
      request.view.set([9, 8, 7]);
      request.respond(3);
      c.close();
    },
  });
  const reader = stream.getReader();
  const { value } = await reader.read();
  log('auto', value.constructor.name, Array.from(value));
  log('after', JSON.stringify(await reader.read()));

  let controller;
  const waiting = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const r = waiting.getReader();
  const pending = r.read();
  controller.enqueue(new Uint8Array([42, 43]));
  log('into waiting read', Array.from((await pending).value));
  const newView = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const view = c.byobRequest.view;
      const replacement = new Uint8Array(view.buffer, view.byteOffset, 2);
      replacement.set([5, 6]);
      c.byobRequest.respondWithNewView(replacement);
      c.close();
    },
  });
  const nr = newView.getReader({ mode: 'byob' });
  log('new view', Array.from((await nr.read(new Uint8Array(5))).value));
}

async function errors() {
  for (const bad of [
    () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue('text'); } }),
    () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array(0)); } }),
    () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }),
    () => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }),
  ]) {
    try {
      bad();
      log('no error');
    } catch (e) {
      log(e.name, e.code);
    }
  }
  const stream = new ReadableStream({ type: 'bytes' });
  const reader = stream.getReader({ mode: 'byob' });
  await reader.read(new Uint8Array(0)).catch((e) => log('empty view', e.name, e.code));
  await reader.read('x').catch((e) => log('not a view', e.name, e.code));
  const failing = new ReadableStream({ type: 'bytes', pull(c) { c.error(new Error('byte boom')); } });
  await failing.getReader({ mode: 'byob' }).read(new Uint8Array(2)).catch((e) => log('errored', e.message));
}

(async () => {
  await byob();
  await minimum();
  await defaultReader();
  await errors();
})();
