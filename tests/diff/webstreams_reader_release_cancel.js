// Readers and cancellation: releaseLock with reads pending (Node 20 rejects them), closed
// promises across release and re-acquire, readers of closed/errored streams, cancel reasons and
// results reaching the source (sync, async, throwing), controller use after close/error/cancel.
const log = (...args) => console.log(...args);
const show = (label) => (e) => log(label, e?.name, e?.code, e?.message ?? String(e));
const state = (p) => Promise.race([p.then(() => 'fulfilled', () => 'rejected'), new Promise((r) => setImmediate(() => r('pending')))]);

async function main() {
  let ctrl;
  const s = new ReadableStream({ start(c) { ctrl = c; } });
  const r1 = s.getReader();
  const closed1 = r1.closed;
  const reads = [r1.read(), r1.read()];
  r1.releaseLock();
  for (const p of reads) await p.catch(show('pending read'));
  await closed1.catch(show('closed1'));
  log('closed getter after release same promise', r1.closed === closed1, await state(r1.closed));
  r1.releaseLock();
  log('second release ok, locked', s.locked);
  await r1.read().catch(show('read after release'));
  await r1.cancel().catch(show('cancel after release'));
  const r2 = s.getReader();
  log('new reader closed state', await state(r2.closed));
  ctrl.enqueue('after');
  log('r2 reads', JSON.stringify(await r2.read()));
  ctrl.close();
  log('r2 closed', await state(r2.closed), JSON.stringify(await r2.read()));
  r2.releaseLock();
  await r2.closed.catch(show('closed after release on closed stream'));
  const r3 = s.getReader();
  log('reader of closed stream', await state(r3.closed), JSON.stringify(await r3.read()));

  const errored = new ReadableStream({ start(c) { c.error(new SyntaxError('bad')); } });
  const r4 = errored.getReader();
  await r4.closed.catch(show('reader of errored'));
  await r4.read().catch(show('read errored'));
  await r4.cancel('x').catch(show('cancel errored'));
  await errored.cancel().catch(show('stream cancel while locked'));
  r4.releaseLock();
  await errored.cancel().catch(show('stream cancel errored'));

  for (const [label, cancel] of [
    ['sync', (r) => { log('  source got', r); }],
    ['async value', async (r) => { log('  source got', r); return 'ignored'; }],
    ['throws', () => { throw new TypeError('cancel threw'); }],
    ['rejects', () => Promise.reject(new RangeError('cancel rejected'))],
  ]) {
    const st = new ReadableStream({ start(c) { c.enqueue('queued'); }, cancel });
    const rd = st.getReader();
    await rd.cancel(label).then((v) => log(label, 'cancel resolved', v), show(`${label} cancel`));
    log(label, 'read after cancel', JSON.stringify(await rd.read()), await state(rd.closed));
  }

  let c5;
  const order = [];
  const s5 = new ReadableStream({ start(c) { c5 = c; }, pull() { order.push('pull'); }, cancel(r) { order.push(`cancel ${r}`); } });
  const r5 = s5.getReader();
  const pend = r5.read().then((v) => order.push(`read ${JSON.stringify(v)}`));
  const canc = r5.cancel('mid').then(() => order.push('cancel done'));
  await Promise.all([pend, canc]);
  log('pending read on cancel', order.join(' | '));
  for (const [label, f] of [['enqueue', () => c5.enqueue(1)], ['close', () => c5.close()], ['error', () => c5.error(new Error('e'))], ['desiredSize', () => c5.desiredSize]]) {
    try { log(label, 'after cancel ->', f()); } catch (e) { show(`${label} after cancel`)(e); }
  }

  let c6;
  const s6 = new ReadableStream({ start(c) { c6 = c; } });
  c6.error(new Error('first'));
  c6.error(new Error('second'));
  await s6.getReader().closed.catch((e) => log('first error wins', e.message));
  for (const [label, f] of [['enqueue', () => c6.enqueue(1)], ['close', () => c6.close()], ['desiredSize', () => c6.desiredSize]]) {
    try { log(label, 'after error ->', f()); } catch (e) { show(`${label} after error`)(e); }
  }

  let c7;
  const s7 = new ReadableStream({ start(c) { c7 = c; c.enqueue('kept'); c.close(); } });
  log('desiredSize when close requested', c7.desiredSize);
  const r7 = s7.getReader();
  log('queued after close', JSON.stringify(await r7.read()), JSON.stringify(await r7.read()), c7.desiredSize);

  for (const bad of [
    () => new ReadableStream({ pull: 'x' }),
    () => new ReadableStream({ cancel: {} }),
    () => new ReadableStream({}, { highWaterMark: 'abc' }),
    () => new ReadableStream({}, null),
    () => new ReadableStream(5),
    () => new ReadableStream(() => {}).locked,
    () => new ReadableStream({ type: 'bytes' }, null).locked,
    () => new WritableStream({}, { highWaterMark: '-1' }),
    () => new WritableStream(() => {}, null).locked,
    () => new ReadableStream({ start() { throw new URIError('start threw'); } }),
    () => new ReadableStreamDefaultReader(new ReadableStream({ type: 'bytes' })).constructor.name,
    () => new ReadableStreamBYOBReader(new ReadableStream()),
    () => new ReadableStream().getReader({ mode: undefined }).constructor.name,
    () => new ReadableStream().getReader(null),
    () => new ReadableStream().getReader(5),
  ]) {
    try { log('ok', bad()); } catch (e) { show('bad')(e); }
  }
  const rejStart = new ReadableStream({ start() { return Promise.reject(new EvalError('async start')); } });
  await rejStart.getReader().closed.catch(show('rejected start'));
}
main();
