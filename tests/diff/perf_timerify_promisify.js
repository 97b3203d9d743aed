// perf_hooks.timerify with async functions, constructors and throwing functions (when the
// 'function' entry is observed, and its detail), plus util.promisify/callbackify keeping
// AsyncLocalStorage stores and readline events through events.once.
const { performance, PerformanceObserver, createHistogram } = require('perf_hooks');
const { AsyncLocalStorage } = require('async_hooks');
const util = require('util');
const events = require('events');
const readline = require('readline');
const { PassThrough } = require('stream');
const als = new AsyncLocalStorage();
(async () => {
  const seen = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push(`${e.name} ${e.entryType} ${JSON.stringify(e.detail)} ${e.duration >= 0}`);
  });
  obs.observe({ type: 'function' });
  const h = createHistogram();
  const slow = performance.timerify(async function slow(ms) { await new Promise((r) => setTimeout(r, ms)); return 'done'; }, { histogram: h });
  const p = slow(20);
  console.log('before settle', h.count, p instanceof Promise);
  console.log('settled', await p, h.count, h.min >= 15e6);
  class Thing { constructor(a) { this.a = a; } }
  const T = performance.timerify(Thing);
  const t = new T(5);
  console.log('constructed', t instanceof Thing, t.a, T.name, T.length);
  const bad = performance.timerify(function bad() { throw new Error('inside'); });
  try { bad(); } catch (e) { console.log('thrown through', e.message); }
  const rejecting = performance.timerify(async function rejecting() { throw new Error('rejected'); });
  await rejecting().catch((e) => console.log('rejection through', e.message));
  for (const opts of [5, { histogram: 5 }, { histogram: {} }]) {
    try { performance.timerify(() => {}, opts); console.log('accepted', opts); } catch (e) { console.log(e.code, e.message); }
  }
  await new Promise((r) => setTimeout(r, 10));
  obs.disconnect();
  console.log(seen.sort().join('\n'));

  const cbStyle = (x, cb) => setImmediate(() => cb(null, `${x}:${als.getStore()}`));
  const promised = util.promisify(cbStyle);
  console.log('promisified', await als.run('P', () => promised('a')));
  const asyncFn = async (x) => `${x}:${als.getStore()}`;
  const callbacked = util.callbackify(asyncFn);
  await new Promise((resolve) => als.run('C', () => callbacked('b', (err, v) => { console.log('callbackified', err, v, als.getStore()); resolve(); })));
  const failing = util.callbackify(async () => { throw null; });
  await new Promise((resolve) => failing((err) => { console.log('falsy rejection', err.code, err.message, err.reason); resolve(); }));

  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  setImmediate(() => input.write('via once\n'));
  const [line] = await events.once(rl, 'line');
  console.log('events.once line', line);
  setImmediate(() => rl.close());
  await events.once(rl, 'close');
  console.log('closed', rl.closed);
  const sleep = util.promisify(setTimeout);
  console.log('promisified setTimeout', await als.run('T', () => sleep(5, 'v').then((v) => `${v}:${als.getStore()}`)));
})();
