// ReadableByteStreamController beyond the basics: byobRequest lifetime (null, invalidated after
// respond), enqueue while a BYOB read waits, close with pending BYOB reads (empty and partly
// filled, element-size leftovers), cancel and releaseLock with pending reads, DataView reads,
// desiredSize, and respond/respondWithNewView/enqueue argument errors with Node's messages.
const log = (...args) => console.log(...args);
const show = (label) => (e) => log(label, e?.name, e?.code, e?.message ?? String(e));
const arr = (v) => `${v.constructor.name}[${Array.from(v)}]`;

async function main() {
  let ctrl;
  const s1 = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } }, { highWaterMark: 16 });
  log('desiredSize', ctrl.desiredSize, 'byobRequest', ctrl.byobRequest);
  ctrl.enqueue(new Uint8Array(5));
  log('desiredSize after enqueue', ctrl.desiredSize);
  const r1 = s1.getReader({ mode: 'byob' });
  log('read queued', arr((await r1.read(new Uint8Array(3))).value), ctrl.desiredSize);
  const pending = r1.read(new Uint8Array(4));
  log('pending read', arr((await pending).value));
  const waiting = r1.read(new Uint8Array(4));
  const req = ctrl.byobRequest;
  log('request', req.view.constructor.name, req.view.byteOffset, req.view.byteLength, ctrl.byobRequest === req);
  ctrl.enqueue(new Uint8Array([7, 8]));
  log('after enqueue request', ctrl.byobRequest, 'view', req.view);
  log('enqueue filled waiting', arr((await waiting).value));
  try { req.respond(1); } catch (e) { show('stale respond')(e); }

  const r1b = r1.read(new Uint16Array(2));
  ctrl.byobRequest.view[0] = 1;
  ctrl.byobRequest.respond(1);
  log('partial element, still pending; request', ctrl.byobRequest.view.byteOffset, ctrl.byobRequest.view.byteLength);
  try { ctrl.close(); } catch (e) { show('close with partial element')(e); }
  await r1b.catch(show('pending after failed close'));
  await r1.closed.catch(show('reader closed'));

  let c2;
  const s2 = new ReadableStream({ type: 'bytes', start(c) { c2 = c; } });
  const r2 = s2.getReader({ mode: 'byob' });
  const p2 = r2.read(new Uint8Array(4));
  c2.close();
  log('byobRequest after close', c2.byobRequest.view.byteLength);
  try { c2.byobRequest.respondWithNewView(new Uint8Array(c2.byobRequest.view.buffer, 0, 1)); } catch (e) { show('non-empty view on closed')(e); }
  try { c2.byobRequest.respond(1); } catch (e) { show('respond 1 on closed')(e); }
  c2.byobRequest.respond(0);
  const res2 = await p2;
  log('close with pending', res2.done, arr(res2.value), res2.value.buffer.byteLength);
  try { c2.byobRequest; c2.enqueue(new Uint8Array(1)); } catch (e) { show('enqueue after close')(e); }

  let c3;
  const s3 = new ReadableStream({ type: 'bytes', start(c) { c3 = c; }, cancel(r) { log('source cancel', r); } });
  const r3 = s3.getReader({ mode: 'byob' });
  const p3 = r3.read(new Uint8Array(2));
  await r3.cancel('not needed');
  const res3 = await p3;
  log('cancel with pending', res3.done, res3.value && arr(res3.value));

  const s4 = new ReadableStream({ type: 'bytes' });
  const r4 = s4.getReader({ mode: 'byob' });
  const p4 = r4.read(new Uint8Array(2));
  r4.releaseLock();
  await p4.catch(show('pending read after releaseLock'));
  await r4.closed.catch(show('closed after releaseLock'));
  const r4b = s4.getReader();
  const p4b = r4b.read();
  r4b.releaseLock();
  await p4b.catch(show('default pending after releaseLock'));
  log('locked', s4.locked);

  const s5 = new ReadableStream({
    type: 'bytes',
    pull(c) { const v = c.byobRequest.view; log('dataview request', v.constructor.name, v.byteLength); v[0] = 0x12; v[1] = 0x34; c.byobRequest.respond(2); },
  });
  const r5 = s5.getReader({ mode: 'byob' });
  const dv = (await r5.read(new DataView(new ArrayBuffer(4), 1, 2))).value;
  log('dataview', dv.constructor.name, dv.byteOffset, dv.getUint16(0));
  const u32 = await r5.read(new Uint32Array(1));
  log('u32 after respond 2 twice', arr(u32.value));

  let c6;
  const s6 = new ReadableStream({ type: 'bytes', start(c) { c6 = c; } });
  const r6 = s6.getReader({ mode: 'byob' });
  r6.read(new Uint8Array(4)).then((r) => log('after errors', arr(r.value)));
  for (const bad of [
    () => c6.byobRequest.respond(100),
    () => c6.byobRequest.respondWithNewView(new Uint8Array(2)),
    () => c6.byobRequest.respondWithNewView(new Uint8Array(c6.byobRequest.view.buffer, 1, 1)),
    () => c6.byobRequest.respondWithNewView('nope'),
    () => c6.byobRequest.respondWithNewView(new Uint8Array(c6.byobRequest.view.buffer, 0, 0)),
    () => c6.enqueue(new ArrayBuffer(2)),
    () => c6.enqueue(),
    () => { const u = new Uint8Array(2); structuredClone(u.buffer, { transfer: [u.buffer] }); c6.enqueue(u); },
    () => ReadableStreamBYOBRequest.prototype.respond.call({}, 1),
  ]) {
    try { bad(); log('ok'); } catch (e) { show('bad')(e); }
  }
  c6.byobRequest.view.set([4, 5, 6]);
  c6.byobRequest.respond(3);
  await new Promise((r) => setImmediate(r));

  const s7 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); } });
  const r7 = s7.getReader({ mode: 'byob' });
  await r7.read(new Uint16Array(2)).then((r) => log('u16 over 3 bytes', arr(r.value)), show('u16 over 3 bytes'));
  await r7.read(new Uint16Array(2)).then((r) => log('leftover', JSON.stringify(r)), show('leftover byte'));
  for (const bad of [() => r7.read(), () => r7.read(new Uint8Array(2), { min: 3 }), () => r7.read(new Uint8Array(2), { min: 0 }),
    () => r7.read(new Uint8Array(2), { min: '1' }), () => r7.read(new Uint8Array(2), { min: 1.5 }), () => r7.read(new DataView(new ArrayBuffer(2)), { min: 3 }),
    () => r7.read(new Uint8Array(2), 7), () => r7.read(new Uint8Array(0)), () => r7.read(new ArrayBuffer(2))]) {
    await bad().then((r) => log('read ok', JSON.stringify(r)), show('bad read'));
  }
}
main();
