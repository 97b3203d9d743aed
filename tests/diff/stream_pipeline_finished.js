// stream.pipeline / finished (callback and promises) error cases, Readable.from, async iteration.
const stream = require('stream');
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = stream;
const sp = require('stream/promises');
const err = (label, e) => console.log(label, e ? `${e.name} ${e.code} ${e.message}` : e);
const sink = (arr) => new Writable({ objectMode: true, write(c, e, cb) { arr.push(c); cb(); } });
const steps = [];
const run = (label, fn) => steps.push(() => new Promise((resolve) => { fn((...a) => { console.log(label, ...a); resolve(); }); }));
run('pipeline ok', (done) => { const out = []; pipeline(Readable.from(['a', 'b']), new PassThrough({ objectMode: true }), sink(out), (e) => done(e, out)); });
run('pipeline src error', (done) => { pipeline(new Readable({ read() { this.destroy(new Error('src boom')); } }), sink([]), (e) => done(e && e.message)); });
run('pipeline dest error', (done) => { pipeline(Readable.from(['x']), new Writable({ write(c, e, cb) { cb(new Error('dest boom')); } }), (e) => done(e && e.message)); });
run('pipeline transform error', (done) => { pipeline(Readable.from(['x']), new Transform({ transform(c, e, cb) { cb(new Error('mid boom')); } }), sink([]), (e) => done(e && e.message)); });
run('pipeline premature close', (done) => { const r = new Readable({ read() {} }); pipeline(r, sink([]), (e) => done(e && e.code, e && e.message)); setImmediate(() => r.destroy()); });
run('pipeline async gen', (done) => { const out = []; pipeline(Readable.from([1, 2, 3]), async function* (src) { for await (const c of src) yield c * 10; }, sink(out), (e) => done(e, out)); });
run('pipeline async gen throws', (done) => { pipeline(Readable.from([1]), async function* (src) { for await (const c of src) throw new Error('gen boom'); yield 1; }, sink([]), (e) => done(e && e.message)); });
run('pipeline ends with async fn', (done) => { pipeline(Readable.from(['a', 'b']), async function (src) { let s = ''; for await (const c of src) s += c; return s; }, (e, v) => done(e, v)); });
run('pipeline iterable source', (done) => { const out = []; pipeline(['p', 'q'], sink(out), (e) => done(e, out)); });
run('pipeline generator source fn', (done) => { const out = []; pipeline(function* () { yield 'g1'; yield 'g2'; }, sink(out), (e) => done(e, out)); });
run('finished ok', (done) => { const r = Readable.from(['a']); finished(r, (e) => done(e)); r.resume(); });
run('finished error', (done) => { const r = new Readable({ read() {} }); finished(r, (e) => done(e && e.message)); r.destroy(new Error('fin boom')); });
run('finished premature', (done) => { const r = new Readable({ read() {} }); finished(r, (e) => done(e && e.code, e && e.message)); r.destroy(); });
run('finished writable premature', (done) => { const w = sink([]); finished(w, (e) => done(e && e.code, e && e.message)); w.destroy(); });
run('finished readable:false', (done) => { const d = new PassThrough(); finished(d, { readable: false }, (e) => done(e)); d.end('x'); });
run('finished cleanup', (done) => { const r = new Readable({ read() {} }); const before = r.listenerCount('end'); const cleanup = finished(r, () => {}); const during = r.listenerCount('end'); cleanup(); done(before, during, r.listenerCount('end')); });
run('finished already', (done) => { const r = Readable.from([]); r.resume(); r.on('close', () => finished(r, (e) => done('after close', e))); });
run('bad args', (done) => {
  for (const [l, f] of [['pipeline one', () => pipeline(Readable.from([]), () => {})], ['finished bad', () => finished({}, () => {})], ['finished no cb', () => finished(new PassThrough())], ['pipeline bad stream', () => pipeline(Readable.from([]), 5, () => {})]]) {
    try { f(); console.log(' ', l, 'no throw'); } catch (e) { err('  ' + l, e); }
  }
  done('');
});
run('promises', async (done) => {
  const out = [];
  await sp.pipeline(Readable.from(['x', 'y']), sink(out));
  let r = [out];
  try { await sp.pipeline(Readable.from(['x']), new Writable({ write(c, e, cb) { cb(new Error('p boom')); } })); } catch (e) { r.push(e.message); }
  const pt = new PassThrough(); pt.end('z'); pt.resume();
  r.push(await sp.finished(pt));
  done(...r);
});
run('Readable.from', async (done) => {
  const r1 = Readable.from('a string');
  const r2 = Readable.from(Buffer.from('buf'));
  const r3 = Readable.from([1, 'two', { three: 3 }]);
  const r4 = Readable.from((async function* () { yield 'async'; })());
  const r5 = Readable.from(new Set(['s']), { objectMode: false });
  const r6 = Readable.from(new Map([['k', 'v']]));
  const res = [];
  for (const r of [r1, r2, r3, r4, r5, r6]) { const got = []; for await (const c of r) got.push(Buffer.isBuffer(c) ? 'buf:' + c : c); res.push([r.readableObjectMode, got]); }
  try { Readable.from(5); } catch (e) { res.push(e.code); }
  try { Readable.from(null); } catch (e) { res.push(e.code); }
  const errR = Readable.from((function* () { yield 1; throw new Error('iter boom'); })());
  try { for await (const c of errR) res.push(c); } catch (e) { res.push(e.message); }
  done(JSON.stringify(res));
});
run('async iteration', async (done) => {
  const r = new Readable({ read() {} });
  r.push('a'); r.push('b'); r.push(null);
  const got = [];
  for await (const c of r) got.push(String(c));
  const r2 = Readable.from([1, 2, 3]);
  for await (const c of r2) { got.push(c); break; }
  got.push(r2.destroyed);
  const r3 = new Readable({ read() { this.destroy(new Error('mid-iter')); } });
  try { for await (const c of r3) got.push(c); } catch (e) { got.push(e.message); }
  const r4 = Readable.from([1, 2]);
  const it = r4[Symbol.asyncIterator]();
  got.push(JSON.stringify(await it.next()), JSON.stringify(await it.return()), r4.destroyed);
  const r5 = Readable.from(['x', 'y']);
  const it5 = r5.iterator({ destroyOnReturn: false });
  for await (const c of it5) { got.push(c); break; }
  got.push(r5.destroyed, String(r5.read()));
  done(got);
});
(async () => { for (const s of steps) await s(); })();
