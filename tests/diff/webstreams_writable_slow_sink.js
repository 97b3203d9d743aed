// WritableStream with a slow sink: desiredSize and ready as writes queue and drain under
// ByteLengthQueuingStrategy, abort during an in-flight write (controller.signal), close after
// queued writes, releaseLock with pending writes, and the errors for misuse.
const log = (...args) => console.log(...args);
const show = (label) => (e) => log(label, e?.name, e?.code, e?.message ?? String(e));
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const events = [];
  const stream = new WritableStream({
    start() { events.push('start'); },
    async write(chunk, c) { events.push(`write ${chunk.byteLength}`); await wait(10); events.push(`done ${chunk.byteLength}`); },
    close() { events.push('close'); },
  }, new ByteLengthQueuingStrategy({ highWaterMark: 8 }));
  const w = stream.getWriter();
  log('desired', w.desiredSize);
  let readyCount = 0;
  const watchReady = () => w.ready.then(() => { readyCount++; });
  watchReady();
  const writes = [3, 4, 5, 2].map((n) => { const p = w.write(new Uint8Array(n)); log(`after write ${n}`, w.desiredSize); return p; });
  let readySettled = false;
  w.ready.then(() => { readySettled = true; });
  await wait(1);
  log('ready settled while over', readySettled, readyCount);
  await writes[1];
  log('after second write', w.desiredSize, readySettled);
  await Promise.all(writes);
  log('all written', w.desiredSize, readySettled);
  await w.close();
  log(events.join(', '));
  await w.close().catch(show('close after close'));
  log('desired after close', w.desiredSize);

  let signalSeen;
  const aborting = new WritableStream({
    write(chunk, c) {
      return new Promise((resolve) => {
        c.signal.addEventListener('abort', () => { signalSeen = `${c.signal.aborted} ${c.signal.reason}`; resolve(); });
      });
    },
    abort(r) { log('sink abort after write settled', signalSeen, r); },
  });
  const aw = aborting.getWriter();
  const first = aw.write('x');
  const second = aw.write('y');
  await wait(5);
  const abortP = aw.abort('stop now');
  await first.then(() => log('in-flight write resolved'), show('in-flight write'));
  await second.catch((e) => log('queued write', String(e)));
  await abortP;
  await aw.closed.catch((e) => log('closed', String(e)));
  log('abort twice', await aw.abort('again').then(() => 'resolved'));

  const slow = new WritableStream({ write: () => wait(5) });
  const sw = slow.getWriter();
  const pend = [sw.write(1), sw.write(2)];
  sw.releaseLock();
  await Promise.all(pend).then(() => log('pending writes survive release'));
  await sw.write(3).catch(show('write after release'));
  await sw.closed.catch(show('closed after release'));
  await sw.ready.catch(show('ready after release'));
  log('desiredSize after release', (() => { try { return sw.desiredSize; } catch (e) { return `${e.code} ${e.message}`; } })());
  const sw2 = slow.getWriter();
  await sw2.close();
  log('second writer closed', slow.locked);

  const closing = new WritableStream({ close() { return wait(5); } });
  const cw = closing.getWriter();
  const cp = cw.close();
  await cw.close().catch(show('close while closing'));
  await cw.abort('too late').then(() => log('abort while closing resolved'), show('abort while closing'));
  await cp;

  const erroring = new WritableStream({ start(c) { setTimeout(() => c.error(new Error('sink error')), 5); } });
  const ew = erroring.getWriter();
  await wait(10);
  await ew.write('z').catch(show('write on errored'));
  log('desired on errored', ew.desiredSize);
  await erroring.abort().catch(show('abort locked stream'));

  for (const bad of [
    () => new WritableStream({ write: 1 }),
    () => new WritableStream({ type: 'bytes' }),
    () => new WritableStream({}, { highWaterMark: -1 }),
    () => new WritableStream({}, { size: 'x' }),
    () => new WritableStream(null),
    () => new ByteLengthQueuingStrategy(),
    () => new ByteLengthQueuingStrategy({}),
    () => new CountQueuingStrategy(5),
    () => new WritableStreamDefaultWriter({}),
    () => WritableStream.prototype.getWriter.call({}),
  ]) {
    try { bad(); log('ok'); } catch (e) { show('bad')(e); }
  }
  const bl = new ByteLengthQueuingStrategy({ highWaterMark: 3 });
  log('strategy', bl.highWaterMark, bl.size(new ArrayBuffer(7)), bl.size({ byteLength: 'n' }), new CountQueuingStrategy({ highWaterMark: '2' }).highWaterMark);
  log('size is shared', bl.size === new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size, bl.size.name, bl.size.length);
}
main();
