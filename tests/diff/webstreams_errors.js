// Web streams misused: locked streams, closed controllers, bad options; Node's codes and messages.
const tries = [
  () => { const s = new ReadableStream(); s.getReader(); s.getReader(); },
  () => { new ReadableStream({ start(c) { c.close(); c.enqueue(1); } }); },
  () => { new ReadableStream({ start(c) { c.close(); c.close(); } }); },
  () => { const w = new WritableStream(); w.getWriter(); w.getWriter(); },
  () => { new ReadableStream().getReader({ mode: 'byob' }); },
  () => { new ReadableStream({ type: 'nope' }); },
  () => { ReadableStream.prototype.getReader.call({}); },
  () => { const s = new ReadableStream(); const r = s.getReader(); r.releaseLock(); return r.read().catch(e => console.log('read after release', e.name, e.code, e.message)); },
  () => { const s = new ReadableStream(); s.getReader(); return s.cancel().catch(e => console.log('cancel locked', e.name, e.code, e.message)); },
  () => { new ReadableStream({}, { highWaterMark: -1 }); },
  () => { new CountQueuingStrategy(); },
  () => { new TransformStream({ readableType: 'bytes' }); },
];
(async () => { for (const t of tries) { try { await t(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); } } })();
