// AsyncLocalStorage/AsyncResource edge cases: return values and arguments of run/exit,
// run re-enabling after disable, stores across thenables, captureRejections handlers,
// EventTarget listeners, stream callbacks, AsyncResource.bind thisArg and argument errors.
const { AsyncLocalStorage, AsyncResource, executionAsyncId, triggerAsyncId } = require('async_hooks');
const EventEmitter = require('events');
const { Readable, Writable } = require('stream');
const als = new AsyncLocalStorage();
const tick = () => new Promise((r) => setImmediate(r));
(async () => {
  console.log('run returns', als.run(1, (a, b) => [als.getStore(), a, b], 'x', 'y'));
  console.log('exit returns', als.run(2, () => als.exit((a) => [als.getStore(), a], 'z')));
  console.log('exit outside run', als.exit(() => 'plain'));
  try { als.run(3, () => { throw new Error('thrown in run'); }); } catch (e) { console.log('caught', e.message, als.getStore()); }
  als.disable();
  console.log('after disable', als.getStore(), als.run(4, () => als.getStore()), als.getStore());
  const thenable = { then(res) { res(als.getStore()); } };
  console.log('thenable', await als.run('thenable', async () => await thenable));
  const later = await als.run('chained', () => Promise.resolve(1).then(() => als.getStore()).finally(() => {}));
  console.log('then chain', later);

  const ee = new EventEmitter({ captureRejections: true });
  const seen = [];
  ee.on('error', (err) => seen.push(`error ${err.message} ${als.getStore()}`));
  ee.on('go', async () => { throw new Error('async listener failed'); });
  als.run('emitter', () => ee.emit('go'));
  await tick();
  console.log(seen);

  const et = new EventTarget();
  als.run('listener added', () => et.addEventListener('ping', () => console.log('EventTarget listener', als.getStore())));
  als.run('dispatching', () => et.dispatchEvent(new Event('ping')));

  const out = [];
  const w = new Writable({ write(chunk, enc, cb) { out.push(`write ${chunk} ${als.getStore()}`); cb(); } });
  await als.run('stream', () => new Promise((resolve) => {
    w.write('a', () => out.push(`write cb ${als.getStore()}`));
    w.end(() => { out.push(`end cb ${als.getStore()}`); resolve(); });
  }));
  console.log(out);
  const r = Readable.from(['p', 'q']);
  await als.run('readable', () => new Promise((resolve) => {
    const got = [];
    r.on('data', (d) => got.push(`${d}:${als.getStore()}`));
    r.on('end', () => { console.log('readable data', got, 'end', als.getStore()); resolve(); });
  }));

  const res = new AsyncResource('T');
  const self = { name: 'self' };
  const b1 = res.bind(function () { return this; }, self);
  const b2 = AsyncResource.bind(function () { return this; }, 'X', self);
  console.log('bound this', b1() === self, b2() === self, b1.call({}) === self, res.emitDestroy() === res);
  console.log('trigger option', new AsyncResource('Y', { triggerAsyncId: 42 }).triggerAsyncId(), new AsyncResource('Z', 7).triggerAsyncId());
  console.log('ids are numbers', Number.isInteger(executionAsyncId()), Number.isInteger(triggerAsyncId()), res.asyncId() > 0);
  for (const f of [
    () => new AsyncResource(5),
    () => res.bind('nope'),
    () => AsyncResource.bind(null),
    () => als.run(1, 'notfn'),
    () => new AsyncResource('W', { triggerAsyncId: -2 }),
  ]) {
    try { console.log('no error', f()); } catch (e) { console.log(e.code, e.name, e.message); }
  }
  const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
  console.log('snapshot args', snap((a, b) => `${als.getStore()} ${a} ${b}`, 1, 2), snap.name);
  console.log('bind keeps this', AsyncLocalStorage.bind(function () { return this; }).call('T'));
  const other = new AsyncLocalStorage();
  other.enterWith('entered');
  console.log('enterWith then run', other.run('inner', () => other.getStore()), other.getStore());
  setImmediate(() => console.log('immediate after enterWith', other.getStore()));
})();
