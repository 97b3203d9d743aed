// pipeTo in edge states: signals aborted before and during a pipe, with and without
// preventAbort/preventCancel/preventClose, errored or closing ends before the pipe starts,
// bad arguments (rejections, not throws) and pipeThrough argument checks.
const log = (...args) => console.log(...args);
const show = (label) => (e) => log(label, e?.name, e?.code, e?.message ?? String(e));
const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

function source(events, name, extra = {}) {
  let i = 0;
  return new ReadableStream({
    pull(c) { if (extra.endless || i < 3) c.enqueue(`${name}${i++}`); else c.close(); return extra.slow ? tick(2) : undefined; },
    cancel(r) { events.push(`${name} cancel ${r?.name ?? r}`); },
    ...extra.source,
  });
}
function sink(events, name, extra = {}) {
  return new WritableStream({
    write(chunk) { events.push(`${name} write ${chunk}`); },
    close() { events.push(`${name} close`); },
    abort(r) { events.push(`${name} abort ${r?.name ?? r}`); },
    ...extra,
  });
}

async function main() {
  for (const opts of [{}, { preventAbort: true }, { preventCancel: true }, { preventAbort: true, preventCancel: true }]) {
    const ev = [];
    const ac = new AbortController();
    ac.abort('early');
    const src = source(ev, 's');
    const dst = sink(ev, 'd');
    await src.pipeTo(dst, { ...opts, signal: ac.signal }).catch((e) => ev.push(`rejected ${e}`));
    log('pre-aborted', JSON.stringify(opts), ev.join(' | '), src.locked, dst.locked);
  }

  const ev = [];
  const ac = new AbortController();
  const src = source(ev, 's', { endless: true, slow: true });
  const dst = sink(ev, 'd');
  const piping = src.pipeTo(dst, { signal: ac.signal, preventAbort: true });
  await tick(20);
  ac.abort();
  await piping.catch((e) => log('mid abort', e.name, e.code, e.message, e instanceof DOMException));
  log('after mid abort', ev.filter((x) => !x.includes('write')).join(' | '), src.locked, dst.locked, ev.some((x) => x.includes('write')));
  const w = dst.getWriter();
  await w.write('after');
  await w.close();
  log('dest still usable', ev.slice(-2).join(' | '));

  const ev2 = [];
  const errDst = new WritableStream({ start(c) { c.error(new TypeError('dest dead')); } });
  await source(ev2, 'a').pipeTo(errDst).catch(show('errored dest'));
  const keep = source(ev2, 'b');
  await keep.pipeTo(errDst, { preventCancel: true }).catch(show('errored dest, preventCancel'));
  log('events', ev2.join(' | '), keep.locked);

  const ev3 = [];
  const errSrc = new ReadableStream({ start(c) { c.error(new RangeError('src dead')); } });
  const d3 = sink(ev3, 'd3');
  await errSrc.pipeTo(d3, { preventAbort: true }).catch(show('errored src, preventAbort'));
  await errSrc.pipeTo(sink(ev3, 'd4')).catch(show('errored src'));
  log('events', ev3.join(' | '), d3.locked);

  const ev4 = [];
  const closing = sink(ev4, 'cl');
  const cw = closing.getWriter();
  cw.close();
  cw.releaseLock();
  await source(ev4, 'c').pipeTo(closing).catch(show('closing dest'));
  log('events', ev4.join(' | '));

  const ev5 = [];
  const closedSrc = new ReadableStream({ start(c) { c.close(); } });
  const d5 = sink(ev5, 'd5');
  await closedSrc.pipeTo(d5, { preventClose: true });
  log('closed src preventClose', ev5.join(' | ') || '(nothing)', d5.locked);
  await closedSrc.pipeTo(d5);
  log('closed src', ev5.join(' | '));

  const ev6 = [];
  const badClose = sink(ev6, 'bc', { close() { throw new Error('close failed'); } });
  await source(ev6, 'e').pipeTo(badClose).catch(show('close throws'));
  log('events', ev6.join(' | '));

  const plain = new ReadableStream();
  await plain.pipeTo({}).catch(show('dest not stream'));
  await plain.pipeTo(new WritableStream(), { signal: {} }).catch(show('bad signal'));
  await ReadableStream.from([]).pipeTo(new WritableStream(), null).then(() => log('null options ok'), show('null options'));
  await ReadableStream.from([]).pipeTo(new WritableStream(), 5).then(() => log('number options ok'), show('number options'));
  log('plain locked', plain.locked);
  const lockedDst = new WritableStream();
  lockedDst.getWriter();
  await plain.pipeTo(lockedDst).catch(show('locked dest'));
  plain.getReader();
  await plain.pipeTo(new WritableStream()).catch(show('locked src'));
  for (const bad of [undefined, {}, { readable: new ReadableStream() }, { writable: new WritableStream() }]) {
    try { new ReadableStream().pipeThrough(bad); log('pipeThrough ok'); } catch (e) { show('pipeThrough')(e); }
  }
  const ts = new TransformStream();
  const out = ReadableStream.from(['t']).pipeThrough(ts, { preventClose: true });
  log('pipeThrough returns readable', out === ts.readable, ts.writable.locked);
  const r = out.getReader();
  log('through', JSON.stringify(await r.read()));
  for (const opts of [5, { signal: 'x' }, null]) {
    const locked = new ReadableStream();
    locked.getReader();
    try { locked.pipeThrough(new TransformStream(), opts); log('pipeThrough ok'); } catch (e) { show('pipeThrough options')(e); }
  }
}
main();
