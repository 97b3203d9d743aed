// Web streams in combination: tee of a byte stream, pipeTo with
// preventClose/preventCancel, pipeThrough chains with backpressure, and cancel reasons.
const log = (...args) => console.log(...args);

(async () => {
  const source = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([1, 2, 3]));
      c.enqueue(new Uint8Array([4, 5]));
      c.close();
    },
  });
  const [a, b] = source.tee();
  const first = [];
  for await (const chunk of a) first.push(`${chunk.constructor.name}(${chunk.join(',')})`);
  log('first branch', first.join(' '));
  const rest = [];
  for await (const chunk of b) rest.push(...chunk);
  log('default branch', rest.join(','));

  const written = [];
  const sink = new WritableStream({ write(chunk) { written.push(chunk); } });
  await ReadableStream.from(['x', 'y']).pipeTo(sink, { preventClose: true });
  const writer = sink.getWriter();
  await writer.write('after pipe');
  await writer.close();
  log('preventClose', written.join(' '));

  let cancelled = false;
  const kept = new ReadableStream({ pull(c) { c.enqueue('item'); }, cancel() { cancelled = true; } });
  const failing = new WritableStream({ write() { throw new Error('sink failed'); } });
  await kept.pipeTo(failing, { preventCancel: true }).catch((e) => log('preventCancel', e.message, cancelled, kept.locked));

  let transforms = 0;
  const double = () => new TransformStream({ transform(chunk, c) { transforms++; c.enqueue(chunk * 2); } });
  const numbers = ReadableStream.from([1, 2, 3, 4]).pipeThrough(double()).pipeThrough(double());
  const out = [];
  for await (const n of numbers) out.push(n);
  log('chain', out.join(','), transforms);

  const reasons = [];
  const cancellable = new ReadableStream({ cancel(reason) { reasons.push(String(reason)); } });
  const [left, right] = cancellable.tee();
  await Promise.all([left.cancel('left reason'), right.cancel('right reason')]);
  log('tee cancel', reasons.join(' | '));

  const errored = new ReadableStream({ start(c) { c.error(new TypeError('bad start')); } });
  await errored.getReader().read().catch((e) => log('errored read', e.name, e.message));
  const writerOnErrored = new WritableStream({ start(c) { c.error(new RangeError('sink start')); } }).getWriter();
  await writerOnErrored.ready.catch((e) => log('errored ready', e.name, e.message));
  log('desired after error', writerOnErrored.desiredSize);
})();
