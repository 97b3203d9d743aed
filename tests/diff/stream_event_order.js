// Event order for Readable, Writable, Duplex, Transform, PassThrough in normal, error and destroy paths.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
const trace = (name, s, events) => {
  const log = [];
  for (const ev of events) s.on(ev, (...a) => log.push(ev + (ev === 'error' ? ':' + a[0].message : ev === 'data' ? ':' + String(a[0]) : '')));
  return () => console.log(name, log.join(' '));
};
const steps = [];
const later = (fn) => steps.push(fn);
{
  const r = new Readable({ read() {} });
  const done = trace('readable normal', r, ['data', 'end', 'close', 'error', 'pause', 'resume', 'readable']);
  r.on('data', () => {});
  r.push('a'); r.push('b'); r.push(null);
  later(done);
}
{
  const r = new Readable({ read() {} });
  const done = trace('readable paused-mode', r, ['readable', 'end', 'close']);
  r.on('readable', () => { let c; while ((c = r.read()) !== null) {} });
  r.push('x'); r.push(null);
  later(done);
}
{
  const r = new Readable({ read() { this.destroy(new Error('read failed')); } });
  const done = trace('readable error', r, ['data', 'end', 'close', 'error']);
  r.resume();
  later(done);
}
{
  const r = new Readable({ read() {} });
  const done = trace('readable destroy', r, ['end', 'close', 'error']);
  r.destroy();
  later(() => { done(); console.log('  destroyed', r.destroyed, r.readableAborted, r.readableEnded, r.closed); });
}
{
  const r = new Readable({ read() {}, emitClose: false });
  const done = trace('readable emitClose false', r, ['end', 'close']);
  r.resume(); r.push(null);
  later(done);
}
{
  const r = new Readable({ read() {}, autoDestroy: false });
  const done = trace('readable autoDestroy false', r, ['end', 'close']);
  r.resume(); r.push(null);
  later(() => { done(); console.log('  destroyed', r.destroyed); });
}
{
  const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  const done = trace('writable normal', w, ['finish', 'close', 'error', 'drain', 'prefinish', 'pipe', 'unpipe']);
  w.write('a'); w.end('b', () => done.cbRan = true);
  later(() => { done(); console.log('  end cb ran', done.cbRan, w.writableFinished, w.writableEnded); });
}
{
  const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
  const done = trace('writable error', w, ['finish', 'close', 'error']);
  w.write('a', (err) => done.cbErr = err && err.message);
  later(() => { done(); console.log('  write cb', done.cbErr, w.destroyed, w.writableErrored && w.writableErrored.message); });
}
{
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('final failed')); } });
  const done = trace('writable final error', w, ['finish', 'close', 'error', 'prefinish']);
  w.end('x');
  later(done);
}
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const done = trace('write after end', w, ['finish', 'close', 'error']);
  w.end();
  w.write('late', (err) => done.cbErr = err && err.code);
  later(() => { done(); console.log('  cb', done.cbErr); });
}
{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  const done = trace('duplex', d, ['data', 'end', 'finish', 'close']);
  d.resume(); d.push('r'); d.push(null); d.end('w');
  later(done);
}
{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); }, allowHalfOpen: false });
  const done = trace('duplex no half open', d, ['end', 'finish', 'close']);
  d.resume(); d.push(null);
  later(() => { done(); console.log('  writableEnded', d.writableEnded); });
}
{
  const t = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); }, flush(cb) { this.push('!'); cb(); } });
  const done = trace('transform', t, ['data', 'end', 'finish', 'prefinish', 'close']);
  t.write('a'); t.end('b');
  later(done);
}
{
  const t = new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
  const done = trace('transform error', t, ['data', 'end', 'finish', 'close', 'error']);
  t.resume(); t.write('a');
  later(done);
}
{
  const t = new Transform({ transform(c, e, cb) { cb(); }, flush(cb) { cb(new Error('flush failed')); } });
  const done = trace('flush error', t, ['end', 'finish', 'close', 'error', 'prefinish']);
  t.resume(); t.end('x');
  later(done);
}
{
  const p = new PassThrough();
  const done = trace('passthrough', p, ['data', 'end', 'finish', 'close']);
  p.end('pt');
  later(done);
}
{
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const done = trace('pipe source', r, ['end', 'close', 'pause', 'resume']);
  const done2 = trace('pipe dest', w, ['pipe', 'unpipe', 'finish', 'close']);
  r.pipe(w); r.push('x'); r.push(null);
  later(() => { done(); done2(); });
}
{
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const done = trace('unpipe dest', w, ['pipe', 'unpipe', 'finish', 'close']);
  r.pipe(w); r.unpipe(w);
  later(() => { done(); console.log('  flowing', r.readableFlowing); });
}
setTimeout(() => steps.forEach((f) => f()), 50);
