// A TransformStream in a transfer list travels as its two sides: the copy's writable feeds the
// original's transformer and its readable gives the transformer's output, over a
// MessageChannel, through structuredClone and to a worker thread; the errors for a locked
// side, for a stream left out of the list and for one listed twice; a clone made while
// another is made.
const { MessageChannel, Worker, isMainThread, parentPort } = require('worker_threads');
const { inspect } = require('util');

if (!isMainThread) {
  parentPort.once('message', async ({ doubler }) => {
    const writer = doubler.writable.getWriter();
    writer.write('x');
    writer.write('y');
    writer.close();
    const out = [];
    for await (const chunk of doubler.readable) out.push(chunk);
    parentPort.postMessage(out.join('|'));
  });
  return;
}

const describe = (err) => `${err.name} ${err.code} ${err.message}`;
const upper = () => new TransformStream({
  transform(chunk, controller) {
    controller.enqueue(String(chunk).toUpperCase());
  },
});

(async () => {
  const ts = upper();
  const { port1, port2 } = new MessageChannel();
  const received = new Promise((resolve) => port2.once('message', resolve));
  port1.postMessage({ ts }, [ts]);
  const { ts: copy } = await received;
  port2.close();
  console.log('sent sides locked', ts.readable.locked, ts.writable.locked);
  console.log('copy', copy instanceof TransformStream, copy !== ts, copy.readable instanceof ReadableStream, copy.writable instanceof WritableStream, copy.readable.locked, copy.writable.locked);
  console.log(inspect(copy));
  const writer = copy.writable.getWriter();
  writer.write('a');
  writer.write('b');
  writer.close();
  const reader = copy.readable.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    console.log('chunk', value);
  }

  const readLocked = new TransformStream();
  readLocked.readable.getReader();
  const writeLocked = new TransformStream();
  writeLocked.writable.getWriter();
  for (const [label, send] of [
    ['readable side locked', () => new MessageChannel().port1.postMessage(readLocked, [readLocked])],
    ['writable side locked', () => new MessageChannel().port1.postMessage(writeLocked, [writeLocked])],
    ['not listed', () => new MessageChannel().port1.postMessage({ t: new TransformStream() })],
    ['structuredClone not listed', () => structuredClone(new TransformStream())],
    ['listed twice', () => {
      const t = new TransformStream();
      new MessageChannel().port1.postMessage(t, [t, t]);
    }],
    ['sent twice', () => {
      const t = new TransformStream();
      const { port1: a } = new MessageChannel();
      a.postMessage(t, [t]);
      a.postMessage(t, [t]);
    }],
  ]) {
    try {
      send();
      console.log(label, 'no error');
    } catch (err) {
      console.log(label, describe(err));
    }
  }

  const original = upper();
  const clone = structuredClone(original, { transfer: [original] });
  console.log('structuredClone', clone instanceof TransformStream, clone !== original, original.readable.locked, original.writable.locked);
  const cloneWriter = clone.writable.getWriter();
  cloneWriter.write('via clone');
  cloneWriter.close();
  console.log('clone read', JSON.stringify(await clone.readable.getReader().read()));

  // A message sent from a getter while another is cloned keeps its own transfer list.
  const outerStream = new ReadableStream({ start(c) { c.enqueue('outer'); c.close(); } });
  const innerStream = new ReadableStream({ start(c) { c.enqueue('inner'); c.close(); } });
  let innerCopy;
  const outerCopy = structuredClone({
    get first() {
      innerCopy = structuredClone(innerStream, { transfer: [innerStream] });
      return 1;
    },
    stream: outerStream,
  }, { transfer: [outerStream] });
  console.log('nested', outerCopy.first, JSON.stringify(await outerCopy.stream.getReader().read()), JSON.stringify(await innerCopy.getReader().read()));

  const doubler = new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(chunk + chunk);
    },
  });
  const worker = new Worker(__filename);
  worker.postMessage({ doubler }, [doubler]);
  const [said] = await require('events').once(worker, 'message');
  console.log('worker said', said);
  await worker.terminate();
})();
