// tee() in detail: shared chunk identity, one branch cancelled while the other reads on, both
// cancelled (the reasons the source sees), errors reaching both branches, pull pacing by the
// faster branch, byte-stream tee with default readers (copies, not shared buffers), misuse.
const log = (...args) => console.log(...args);
const show = (label) => (e) => log(label, e.name, e.code, e.message);
const drain = async (s) => { const out = []; for await (const x of s) out.push(x); return out; };

async function main() {
  const obj = { n: 1 };
  const [a, b] = new ReadableStream({ start(c) { c.enqueue(obj); c.close(); } }).tee();
  const [ra, rb] = await Promise.all([a.getReader().read(), b.getReader().read()]);
  log('same object', ra.value === obj, rb.value === obj);

  let pulls = 0;
  const cancels = [];
  const src = new ReadableStream({
    pull(c) { pulls++; if (pulls > 4) c.close(); else c.enqueue(`c${pulls}`); },
    cancel(r) { cancels.push(r); },
  }, { highWaterMark: 0 });
  const [x, y] = src.tee();
  log('locked', src.locked, x.locked, y.locked);
  let xDone = false;
  const xc = x.cancel('only x').then(() => { xDone = true; });
  log('after x cancel', cancels.length, 'y reads', (await drain(y)).join(','), 'pulls', pulls, 'x cancel settled', xDone);
  await y.cancel('y too');
  await xc;
  log('x cancel settles with y', xDone, JSON.stringify(cancels));

  const reasons = [];
  const src2 = new ReadableStream({ cancel(r) { reasons.push(r); return new Promise((res) => setTimeout(res, 20)); } });
  const [p, q] = src2.tee();
  const order = [];
  const pc = p.cancel('r1').then(() => order.push('p cancelled'));
  await new Promise((r) => setTimeout(r, 5));
  log('after first cancel', reasons.length);
  const qc = q.cancel('r2').then(() => order.push('q cancelled'));
  await Promise.all([pc, qc]);
  log('first settled only after second', order.join(', '));
  log('both cancelled', JSON.stringify(reasons), order.join(', '));

  let ctrl;
  const src3 = new ReadableStream({ start(c) { ctrl = c; } });
  const [e1, e2] = src3.tee();
  const r1 = e1.getReader();
  const r2 = e2.getReader();
  ctrl.enqueue('before');
  log('r1', JSON.stringify(await r1.read()));
  ctrl.error(new RangeError('source broke'));
  await r1.read().catch(show('r1 error'));
  await r2.read().then((v) => log('r2 got queued', JSON.stringify(v)), show('r2 error'));
  await r2.closed.catch(show('r2 closed'));

  const src4 = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
  const [k1, k2] = src4.tee();
  k1.cancel();
  log('k2 after k1 cancel', JSON.stringify(await drain(k2)));

  let bpulls = 0;
  const bytes = new ReadableStream({
    type: 'bytes',
    pull(c) {
      bpulls++;
      if (bpulls > 2) { c.close(); return; }
      c.enqueue(new Uint8Array([bpulls, bpulls * 10]));
    },
  });
  const [b1, b2] = bytes.tee();
  const c1 = await drain(b1);
  const c2 = await drain(b2);
  log('bytes b1', c1.map((u) => `${u.constructor.name}[${u}]`).join(' '));
  log('bytes b2', c2.map((u) => `${u.constructor.name}[${u}]`).join(' '));
  log('distinct buffers', c1[0].buffer !== c2[0].buffer, 'byob branch', (() => { try { b1.getReader({ mode: 'byob' }); return 'ok'; } catch (e) { return e.code; } })());

  const locked = new ReadableStream();
  locked.getReader();
  try { locked.tee(); } catch (e) { show('tee locked')(e); }
  try { ReadableStream.prototype.tee.call({}); } catch (e) { show('tee this')(e); }

  const errSrc = new ReadableStream({ start(c) { c.error(new Error('already')); } });
  const [z1, z2] = errSrc.tee();
  await Promise.all([z1.getReader().closed.catch(show('z1')), z2.getReader().closed.catch(show('z2'))]);

  const cancelReason = [];
  const src5 = new ReadableStream({ cancel(r) { cancelReason.push(r); } });
  const [w1, w2] = src5.tee();
  await Promise.all([w1.cancel(), w2.cancel(new Error('e2'))]);
  log('undefined and error reasons', cancelReason[0].length, cancelReason[0][0], cancelReason[0][1].message);

  const nested = ReadableStream.from(['n1', 'n2']);
  const [n1, n2] = nested.tee();
  const [n3, n4] = n2.tee();
  log('nested', (await drain(n1)).join(), (await drain(n3)).join(), (await drain(n4)).join());
}
main();
