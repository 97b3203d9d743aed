// diagnostics_channel: bindStore/unbindStore/runStores with AsyncLocalStorage (transform order
// and context, a throwing transform), hasSubscribers with only stores, subscribers changing
// during publish, TracingChannel events with stores across promises and callbacks.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');
const tick = () => new Promise((r) => setImmediate(r));
(async () => {
  const a = new AsyncLocalStorage();
  const b = new AsyncLocalStorage();
  const ch = dc.channel('stores:one');
  console.log('no subscribers', ch.hasSubscribers, ch.runStores('d', (x) => `plain ${x} ${a.getStore()}`, null, 'arg'));
  ch.bindStore(a, (data) => { console.log('transform a', data, a.getStore(), b.getStore()); return `A(${data})`; });
  console.log('only a store', ch.hasSubscribers, dc.hasSubscribers('stores:one'));
  ch.bindStore(b, (data) => { console.log('transform b', data, a.getStore(), b.getStore()); return `B(${data})`; });
  ch.subscribe((m) => console.log('published', m, a.getStore(), b.getStore()));
  const result = ch.runStores('msg', function (x, y) { return [this.t, x, y, a.getStore(), b.getStore()]; }, { t: 'this' }, 1, 2);
  console.log('runStores result', result, a.getStore(), b.getStore());
  ch.bindStore(a);
  console.log('rebound without transform', ch.runStores({ k: 1 }, () => a.getStore()));
  console.log('unbindStore', ch.unbindStore(a), ch.unbindStore(a), ch.unbindStore(new AsyncLocalStorage()));
  process.once('uncaughtException', (e) => console.log('transform error reported', e.message));
  const c2 = dc.channel('stores:two');
  c2.bindStore(a, () => { throw new Error('bad transform'); });
  console.log('after throwing transform', c2.runStores('x', () => `ran, store ${a.getStore()}`));
  await tick();
  console.log('unbound', c2.unbindStore(a), c2.hasSubscribers);

  const p = dc.channel('pub');
  const log = [];
  const late = (m) => log.push(`late ${m}`);
  const first = (m) => { log.push(`first ${m}`); p.subscribe(late); p.unsubscribe(second); };
  const second = (m) => log.push(`second ${m}`);
  p.subscribe(first);
  p.subscribe(second);
  p.publish(1);
  p.unsubscribe(first);
  p.publish(2);
  console.log(log.join(', '));

  const tc = dc.tracingChannel('stores:trace');
  tc.start.bindStore(a, (ctx) => `start-store:${ctx.id}`);
  tc.asyncStart.bindStore(b, (ctx) => `async-store:${ctx.id}`);
  const events = [];
  const rec = (name) => (ctx) => events.push(`${name} ${ctx.id} a=${a.getStore()} b=${b.getStore()}${ctx.error ? ` err=${ctx.error.message}` : ''}${'result' in ctx ? ` res=${ctx.result}` : ''}`);
  const handlers = { start: rec('start'), end: rec('end'), asyncStart: rec('asyncStart'), asyncEnd: rec('asyncEnd'), error: rec('error') };
  tc.subscribe(handlers);
  const v = await tc.tracePromise(async () => { await null; return `in ${a.getStore()}`; }, { id: 'p' });
  events.push(`promise value ${v}`);
  const thenable = { then(res) { res('from thenable'); } };
  events.push(`thenable ${await tc.tracePromise(() => thenable, { id: 't' })}`);
  try { tc.tracePromise(() => { throw new Error('sync throw'); }, { id: 's' }); } catch (e) { events.push(`sync thrown ${e.message}`); }
  await new Promise((resolve) => {
    tc.traceCallback((cb) => setImmediate(() => cb(new Error('cb failed'))), 0, { id: 'c' }, null, function (err) {
      events.push(`callback ${err.message} a=${a.getStore()} b=${b.getStore()}`);
      resolve();
    });
  });
  try { tc.traceCallback(() => {}, 0, {}, null, 'not a function'); } catch (e) { events.push(`${e.code} ${e.message}`); }
  console.log(events.join('\n'));
  console.log('unsubscribe', tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers);
  console.log('stores keep it subscribed', tc.start.hasSubscribers, tc.end.hasSubscribers);
  const objTc = dc.tracingChannel({ start: dc.channel('s'), end: dc.channel('e'), asyncStart: dc.channel('as'), asyncEnd: dc.channel('ae'), error: dc.channel('er') });
  console.log(objTc.start === dc.channel('s'), objTc.error.name);
})();
