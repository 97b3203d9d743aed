// Writable lifecycle details: writev batching, final/finish ordering, end() twice, write after
// destroy, destroy during pending write, cork across ticks, end callbacks with errors.
const { Writable, Readable, PassThrough } = require('stream');
const log = [];
const L = (s) => log.push(s);
const steps = [];
const step = (name, fn) => steps.push(() => new Promise((res) => { L('## ' + name); fn(res); }));
step('writev batching', (done) => {
  const w = new Writable({ highWaterMark: 100, write(c, e, cb) { L('write ' + c); setImmediate(cb); }, writev(chunks, cb) { L('writev ' + chunks.map((c) => `${c.chunk}/${c.encoding}`).join(',')); setImmediate(cb); } });
  w.write('a'); w.write('b'); w.write('c', 'latin1'); w.end('d');
  w.on('finish', () => { L('finish'); done(); });
});
step('final ordering', (done) => {
  const w = new Writable({ write(c, e, cb) { L('write'); cb(); }, final(cb) { L('final start'); setImmediate(() => { L('final done'); cb(); }); } });
  w.on('prefinish', () => L('prefinish')); w.on('finish', () => L('finish')); w.on('close', () => { L('close'); done(); });
  w.end('x', () => L('end cb'));
});
step('end twice', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => L('error ' + e.code));
  w.end('a', () => L('end cb 1'));
  w.end(() => L('end cb 2'));
  try { w.end('b', (e) => L('end cb 3 ' + (e && e.code))); } catch (e) { L('end throw ' + e.code); }
  setTimeout(done, 5);
});
step('write after destroy', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => L('error ' + e.code));
  w.on('close', () => L('close'));
  w.destroy();
  L('write returned ' + w.write('x', (e) => L('write cb ' + (e && e.code))));
  setTimeout(done, 5);
});
step('destroy during pending write', (done) => {
  const w = new Writable({ write(c, e, cb) { L('write started'); setTimeout(() => { L('late cb'); cb(); }, 2); } });
  w.on('error', (e) => L('error ' + e.message)); w.on('close', () => L('close'));
  w.write('x', (e) => L('write cb ' + (e && e.code)));
  w.write('y', (e) => L('queued write cb ' + (e && e.code)));
  setImmediate(() => w.destroy(new Error('mid')));
  setTimeout(done, 10);
});
step('cb called twice', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (e) => L('error ' + e.code + ' ' + e.message));
  w.write('x');
  setTimeout(done, 5);
});
step('end with chunk in objectMode null', (done) => {
  const w = new Writable({ objectMode: true, write(c, e, cb) { L('obj ' + JSON.stringify(c)); cb(); } });
  w.write(0); w.write(''); w.write(false); w.end({ z: 1 });
  w.on('finish', () => { L('finish'); done(); });
});
step('write callback order', (done) => {
  const w = new Writable({ write(c, e, cb) { if (String(c) === 'sync') cb(); else setImmediate(cb); } });
  w.write('sync', () => L('cb sync'));
  L('after sync write');
  w.write('async', () => L('cb async'));
  w.on('drain', () => L('drain'));
  w.end(() => { L('end cb'); done(); });
});
step('drain only when needed', (done) => {
  const w = new Writable({ highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } });
  w.on('drain', () => L('drain'));
  L('ret ' + w.write('a') + ' ' + w.write('bc'));
  w.end(() => { L('ended'); done(); });
});
step('pipe backpressure', (done) => {
  const r = new Readable({ highWaterMark: 2, read() {} });
  let n = 0;
  const w = new Writable({ highWaterMark: 2, write(c, e, cb) { n++; setImmediate(cb); } });
  r.pipe(w);
  for (let i = 0; i < 6; i++) r.push('xx');
  r.push(null);
  w.on('finish', () => { L('pipe finish writes=' + n); done(); });
});
step('pipe to two', (done) => {
  const r = Readable.from(['a', 'b']);
  const got = [[], []];
  const ws = got.map((g) => new Writable({ objectMode: true, write(c, e, cb) { g.push(c); cb(); } }));
  r.pipe(ws[0]); r.pipe(ws[1]);
  let f = 0;
  ws.forEach((w) => w.on('finish', () => { if (++f === 2) { L('two ' + JSON.stringify(got)); done(); } }));
});
step('pipe end:false', (done) => {
  const r = Readable.from(['a']);
  const p = new PassThrough();
  r.pipe(p, { end: false });
  r.on('end', () => setImmediate(() => { L('dest still writable ' + p.writable + ' ended ' + p.writableEnded); done(); }));
});
(async () => { for (const s of steps) await s(); console.log(log.join('\n')); })();
