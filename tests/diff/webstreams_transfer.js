// Web streams in transfer lists: a ReadableStream and a WritableStream posted on a
// MessageChannel, to a worker thread and through structuredClone; chunks of several types, a
// cancel crossing over, backpressure holding the source back, and the errors for a locked
// stream and for one left out of the transfer list.
const { MessageChannel, Worker, isMainThread, parentPort } = require('worker_threads');

if (!isMainThread) {
  parentPort.once('message', async ({ numbers }) => {
    let sum = 0;
    for await (const n of numbers) sum += n;
    parentPort.postMessage(sum);
  });
  return;
}

function viaChannel(value, transfer) {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port2.once('message', (data) => {
      port2.close();
      resolve(data);
    });
    port1.postMessage(value, transfer);
    port1.close();
  });
}

const describe = (err) => `${err.name} ${err.code} ${err.message}`;

(async () => {
  // Chunks of several types, inside an object.
  const rs = new ReadableStream({
    start(c) {
      for (const chunk of ['text', { n: 1 }, new Uint8Array([1, 2, 3]), [4, 5], null]) c.enqueue(chunk);
      c.close();
    },
  });
  const data = await viaChannel({ label: 'first', stream: rs }, [rs]);
  console.log('sent locked', rs.locked, 'received', data.label, data.stream instanceof ReadableStream, data.stream.locked);
  for await (const chunk of data.stream) console.log('chunk', Object.prototype.toString.call(chunk), JSON.stringify(chunk));

  // Errors: locked, missing from the list, and after it was sent.
  const locked = new ReadableStream();
  locked.getReader();
  for (const [label, send] of [
    ['locked', () => new MessageChannel().port1.postMessage(locked, [locked])],
    ['not listed', () => new MessageChannel().port1.postMessage(new ReadableStream())],
    ['structuredClone not listed', () => structuredClone(new WritableStream())],
  ]) {
    try {
      send();
      console.log(label, 'no error');
    } catch (err) {
      console.log(label, describe(err));
    }
  }

  // structuredClone with the stream in its transfer list.
  const small = new ReadableStream({ start(c) { c.enqueue('cloned'); c.close(); } });
  const copy = structuredClone(small, { transfer: [small] });
  console.log('clone', copy instanceof ReadableStream, copy !== small, JSON.stringify(await copy.getReader().read()));

  // Cancel from the reading side, and backpressure: the source is pulled only as it is read.
  let pulls = 0;
  let cancelled;
  const counting = new ReadableStream({
    pull(c) {
      pulls++;
      c.enqueue(pulls);
    },
    cancel(reason) {
      cancelled = reason;
    },
  }, { highWaterMark: 0 });
  const remote = await viaChannel(counting, [counting]);
  const r = remote.getReader();
  const got = [];
  for (let i = 0; i < 3; i++) got.push((await r.read()).value);
  await r.cancel('enough');
  await new Promise((resolve) => setTimeout(resolve, 50));
  console.log('read', got.join(','), 'pulled a few', pulls >= 3 && pulls <= 6, 'cancelled with', cancelled);

  // A WritableStream: what the other side writes arrives in the original's sink.
  const written = [];
  let closed = false;
  const ws = new WritableStream({
    write(chunk) {
      written.push(chunk);
    },
    close() {
      closed = true;
    },
  });
  const remoteWritable = await viaChannel(ws, [ws]);
  console.log('writable', remoteWritable instanceof WritableStream, ws.locked);
  const writer = remoteWritable.getWriter();
  await writer.write('a');
  await writer.write({ b: 2 });
  await writer.close();
  await new Promise((resolve) => setTimeout(resolve, 50));
  console.log('written', JSON.stringify(written), 'closed', closed);

  // To a worker, which sums what it reads.
  const numbers = new ReadableStream({
    start(c) {
      for (let i = 1; i <= 100; i++) c.enqueue(i);
      c.close();
    },
  });
  const worker = new Worker(__filename);
  worker.postMessage({ numbers }, [numbers]);
  const [sum] = await require('events').once(worker, 'message');
  console.log('worker sum', sum);
  await worker.terminate();
})();
