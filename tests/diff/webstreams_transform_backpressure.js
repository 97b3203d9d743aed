// TransformStream backpressure and lifecycle: strategies on both sides with size functions,
// desiredSize seen by writer and controller as chunks move, writer.ready toggling, terminate(),
// error() and failing transform/flush, and readable-side cancel reaching the writer.
const log = (...args) => console.log(...args);
const show = (label) => (e) => log(label, e?.name, e?.code, e?.message ?? String(e));
const tick = () => new Promise((r) => setImmediate(r));

async function main() {
  const steps = [];
  let tctrl;
  const ts = new TransformStream({
    start(c) { tctrl = c; steps.push(`start desired ${c.desiredSize}`); },
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); steps.push(`transform ${chunk} desired ${c.desiredSize}`); },
    flush(c) { steps.push('flush'); },
  }, { highWaterMark: 2, size: (ch) => ch.length }, { highWaterMark: 4, size: (ch) => ch.length });
  const w = ts.writable.getWriter();
  log('writer desired', w.desiredSize);
  await tick();
  log('after start', steps.join(' | '));
  const writes = ['ab', 'cde', 'f'].map((x) => w.write(x).then(() => `w ${x}`));
  log('desired after writes', w.desiredSize);
  await tick();
  log('controller desired', tctrl.desiredSize, 'writer desired', w.desiredSize, steps.slice(1).join(' | '));
  const r = ts.readable.getReader();
  const got = [];
  for (let i = 0; i < 3; i++) { got.push((await r.read()).value); await tick(); log('after read', i, 'ctrl', tctrl.desiredSize, 'writer', w.desiredSize); }
  log('read', got.join(','), (await Promise.all(writes)).join(','));
  const closing = w.close();
  log('end', JSON.stringify(await r.read()));
  await closing;
  log('steps', steps.slice(-2).join(' | '));

  const ts2 = new TransformStream({}, undefined, { highWaterMark: 0 });
  const w2 = ts2.writable.getWriter();
  let readyResolved = false;
  w2.ready.then(() => { readyResolved = true; });
  await tick();
  log('hwm0 ready', readyResolved, w2.desiredSize);
  const pend = w2.write('x');
  await tick();
  log('pending write desired', w2.desiredSize);
  const r2 = ts2.readable.getReader();
  log('identity', JSON.stringify(await r2.read()));
  await pend;
  log('write done');

  const ts3 = new TransformStream({ start(c) { c.enqueue('early'); c.terminate(); } });
  const r3 = ts3.readable.getReader();
  log('terminated', JSON.stringify(await r3.read()), JSON.stringify(await r3.read()));
  await ts3.writable.getWriter().write('late').catch(show('write after terminate'));

  const ts4 = new TransformStream({ transform(chunk, c) { c.error(new Error(`bad ${chunk}`)); } });
  const w4 = ts4.writable.getWriter();
  const r4 = ts4.readable.getReader();
  const read4 = r4.read().catch(show('read errored'));
  await w4.write('z').then(() => log('write resolved'), show('write errored'));
  await read4;
  await w4.closed.catch(show('writer closed'));

  const ts5 = new TransformStream({ transform() { throw new TypeError('transform threw'); } });
  const w5 = ts5.writable.getWriter();
  const read5 = ts5.readable.getReader().read().catch(show('read after throw'));
  await w5.write(1).catch(show('transform threw'));
  await read5;

  const ts6 = new TransformStream({ flush() { return Promise.reject(new RangeError('flush failed')); } });
  const w6 = ts6.writable.getWriter();
  const r6 = ts6.readable.getReader();
  await w6.close().catch(show('close with failing flush'));
  await r6.closed.catch(show('readable after flush'));

  const ts7 = new TransformStream();
  const w7 = ts7.writable.getWriter();
  await ts7.readable.cancel(new Error('reader gone'));
  await w7.write('x').catch(show('write after cancel'));
  await w7.closed.catch(show('closed after cancel'));

  const ts8 = new TransformStream({ transform(ch, c) { c.enqueue(ch); c.enqueue(ch); } }, { highWaterMark: 1 }, new CountQueuingStrategy({ highWaterMark: 1 }));
  const w8 = ts8.writable.getWriter();
  w8.write('d');
  await tick();
  log('double enqueue readable desired', w8.desiredSize);
  const r8 = ts8.readable.getReader();
  log('doubles', (await r8.read()).value, (await r8.read()).value);

  for (const bad of [
    () => new TransformStream({ transform: 5 }),
    () => new TransformStream({ flush: 'x' }),
    () => new TransformStream({ writableType: 'bytes' }),
    () => new TransformStream({}, { highWaterMark: NaN }),
    () => new TransformStream({}, {}, { size: 1 }),
    () => new TransformStream(null),
    () => new TransformStream(5, 5),
    () => new TransformStream({}, null, null),
    () => new TransformStream({}, {}, 'x'),
    () => new TransformStream({}, { size: 1 }, { highWaterMark: -2 }),
    () => new TransformStream({ transform: 1 }, { highWaterMark: -1 }),
    () => new TransformStream({ cancel: 1, flush: 2 }),
    () => new TransformStream({ readableType: 'x' }, 5),
    () => new TransformStream({ start() { throw new Error('start threw'); } }),
    () => { new TransformStream({ start(c) { c.terminate(); c.enqueue(1); } }); },
  ]) {
    try { bad(); log('ok'); } catch (e) { show('ctor')(e); }
  }
}
main();
