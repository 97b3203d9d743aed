// construct()/destroy() hooks, the signal option, addAbortSignal, destroy(err) callbacks order,
// Duplex.from sources, Readable.wrap, unshift, pause/resume bookkeeping.
const { Readable, Writable, Duplex, PassThrough, addAbortSignal } = require('stream');
const log = [];
const L = (s) => log.push(s);
const steps = [];
{
  const r = new Readable({ construct(cb) { L('construct'); setImmediate(cb); }, read() { L('read'); this.push('x'); this.push(null); } });
  r.on('data', (c) => L('data ' + c)); r.on('end', () => L('end')); r.on('close', () => L('close'));
  L('sync after create');
}
{
  const r = new Readable({ read() {}, destroy(err, cb) { L('destroy hook ' + (err && err.message)); setImmediate(() => cb(err && new Error('replaced'))); } });
  r.on('error', (e) => L('r error ' + e.message)); r.on('close', () => L('r close'));
  r.destroy(new Error('orig'), (e) => L('destroy cb? ' + typeof e));
}
{
  const ac = new AbortController();
  const r = new Readable({ read() {}, signal: ac.signal });
  r.on('error', (e) => L(`signal error ${e.name} ${e.code} ${e.cause}`)); r.on('close', () => L('signal close'));
  ac.abort('reason-x');
}
{
  const ac = new AbortController();
  const w = addAbortSignal(ac.signal, new Writable({ write(c, e, cb) { cb(); } }));
  w.on('error', (e) => L(`addAbortSignal error ${e.name} ${e.code}`));
  ac.abort();
  try { addAbortSignal('x', new PassThrough()); } catch (e) { L('addAbortSignal bad ' + e.code); }
  try { addAbortSignal(ac.signal, {}); } catch (e) { L('addAbortSignal bad stream ' + e.code); }
}
{
  const r = new Readable({ read() {}, signal: AbortSignal.abort() });
  r.on('error', (e) => L('pre-aborted signal ' + e.name)); r.on('close', () => L('pre-aborted close'));
}
{
  const r = new Readable({ read() {} });
  r.push('bc');
  r.unshift('a');
  r.unshift(Buffer.from('0'));
  L('unshift read ' + String(r.read()));
}
{
  const r = new Readable({ read() {} });
  r.on('data', () => {});
  L('flowing ' + r.readableFlowing + ' paused ' + r.isPaused());
  r.pause(); L('after pause ' + r.readableFlowing + ' ' + r.isPaused());
  r.resume(); L('after resume ' + r.readableFlowing);
  r.removeAllListeners('data'); L('after remove data ' + r.readableFlowing);
}
{
  const EE = require('events');
  const old = new EE();
  old.pause = () => L('old pause'); old.resume = () => L('old resume');
  const r = new Readable().wrap(old);
  r.on('data', (c) => L('wrap data ' + c)); r.on('end', () => L('wrap end'));
  old.emit('data', 'w1'); old.emit('end');
}
steps.push(async () => {
  const d1 = Duplex.from('just a string');
  const d2 = Duplex.from(async function* (src) { for await (const c of src) yield String(c).toUpperCase(); });
  const d3 = Duplex.from({ readable: Readable.from(['r']), writable: new Writable({ write(c, e, cb) { L('pair write ' + c); cb(); } }) });
  const d4 = Duplex.from(Promise.resolve('promised'));
  const got = [];
  for await (const c of d1) got.push(String(c));
  d2.end('lower');
  for await (const c of d2) got.push(String(c));
  d3.write('to-pair'); d3.end();
  for await (const c of d3) got.push(String(c));
  try { for await (const c of d4) got.push(String(c)); } catch (e) { got.push('d4 ' + e.code); }
  try { Duplex.from(5); } catch (e) { got.push('bad ' + e.code); }
  L('Duplex.from ' + JSON.stringify(got));
});
setTimeout(async () => { for (const s of steps) await s(); setTimeout(() => console.log(log.join('\n')), 10); }, 20);
