// timers/promises: setTimeout/setImmediate/setInterval with values, AbortSignal reasons, ref option,
// argument errors, scheduler.wait/yield.
const tp = require('timers/promises');
const err = (label, e) => console.log(label, 'ERR', e.name, e.code, e.message, e.cause === undefined ? '' : 'cause=' + String(e.cause));
(async () => {
  console.log('setTimeout value', await tp.setTimeout(1, 'v'), await tp.setTimeout(1));
  console.log('setImmediate value', await tp.setImmediate('iv'), await tp.setImmediate());
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'x', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { err('abort no reason', e); }
  const ac2 = new AbortController();
  const p2 = tp.setTimeout(1000, 'x', { signal: ac2.signal });
  ac2.abort(new RangeError('my reason'));
  try { await p2; } catch (e) { err('abort reason', e); }
  try { await tp.setTimeout(10, 'x', { signal: AbortSignal.abort('pre-reason') }); } catch (e) { err('pre-aborted', e); }
  try { await tp.setImmediate('x', { signal: AbortSignal.abort() }); } catch (e) { err('immediate pre-aborted', e); }
  const ac3 = new AbortController();
  const p3 = tp.setImmediate('x', { signal: ac3.signal });
  ac3.abort(42);
  try { await p3; } catch (e) { err('immediate abort', e); }
  for (const [label, fn] of [
    ['bad options', () => tp.setTimeout(1, 'x', 'opts')], ['bad signal', () => tp.setTimeout(1, 'x', { signal: {} })], ['bad ref', () => tp.setTimeout(1, 'x', { ref: 'yes' })],
    ['immediate bad options', () => tp.setImmediate('x', 5)], ['immediate bad ref', () => tp.setImmediate('x', { ref: 1 })], ['interval bad options', () => tp.setInterval(1, 'x', null)[Symbol.asyncIterator]().next()],
    ['negative delay', () => tp.setTimeout(-5, 'neg')], ['NaN delay', () => tp.setTimeout(NaN, 'nan')],
  ]) {
    try { console.log(label, 'resolved', await fn()); } catch (e) { err(label, e); }
  }
  // setInterval async iterator
  let n = 0;
  for await (const v of tp.setInterval(2, 'tick')) { console.log('interval', v, ++n); if (n === 3) break; }
  const ac4 = new AbortController();
  const it = tp.setInterval(2, 'iv', { signal: ac4.signal });
  console.log('iter next', await it.next());
  ac4.abort('stop it');
  try { await it.next(); } catch (e) { err('interval aborted', e); }
  console.log('after abort next', await it.next().catch((e) => 'rejected ' + e.name));
  const it2 = tp.setInterval(1, 'x');
  console.log('return', await it2.return(), await it2.next());
  const it3 = tp.setInterval(1, 'x', { signal: AbortSignal.abort('already') });
  try { await it3.next(); } catch (e) { err('interval pre-aborted', e); }
  // scheduler
  console.log('scheduler', typeof tp.scheduler, typeof tp.scheduler.wait, typeof tp.scheduler.yield);
  console.log('wait', await tp.scheduler.wait(1), await tp.scheduler.yield());
  try { await tp.scheduler.wait(1000, { signal: AbortSignal.abort('w') }); } catch (e) { err('wait aborted', e); }
  console.log('exports', Object.keys(tp).sort().join(','));
  // unref'd timer does not keep the process alive
  tp.setTimeout(100000, 'never', { ref: false }).then(() => console.log('should not print'));
  console.log('end');
})();
