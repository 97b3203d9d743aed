// Channels: subscribe, publish, unsubscribe, module-level helpers, tracing channels around
// synchronous, promise and callback work.
const dc = require('diagnostics_channel');

console.log(Object.keys(dc));
const ch = dc.channel('app:event');
console.log(ch.name, ch.hasSubscribers, ch instanceof dc.Channel, dc.channel('app:event') === ch);
const seen = (message, name) => console.log('seen', message, name);
ch.subscribe(seen);
console.log(ch.hasSubscribers, dc.hasSubscribers('app:event'), dc.hasSubscribers('nobody'));
ch.publish({ n: 1 });
console.log(ch.unsubscribe(seen), ch.unsubscribe(seen), ch.hasSubscribers);
const sym = Symbol('sym');
dc.subscribe(sym, (m, n) => console.log('symbol channel', m, typeof n));
dc.channel(sym).publish('hello');
for (const f of [() => dc.channel(1), () => ch.subscribe('nope'), () => dc.tracingChannel(5)]) {
  try {
    f();
  } catch (err) {
    console.log(err.code, err.message);
  }
}
const tc = dc.tracingChannel('op');
console.log(tc.start.name, tc.asyncEnd.name, tc.hasSubscribers, Object.keys(tc));
const log = (event) => (ctx) => console.log(event, JSON.stringify(ctx, (k, v) => (v instanceof Error ? `Error: ${v.message}` : v)));
const handlers = { start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: log('error') };
tc.subscribe(handlers);
console.log('sync result', tc.traceSync((a, b) => a + b, { id: 1 }, null, 2, 3));
try {
  tc.traceSync(() => {
    throw new Error('sync failure');
  }, { id: 2 });
} catch (err) {
  console.log('caught', err.message);
}
tc.tracePromise(async (x) => x * 2, { id: 3 }, null, 21).then((v) => {
  console.log('promise result', v);
  return tc.tracePromise(() => Promise.reject(new Error('async failure')), { id: 4 }).catch((err) => {
    console.log('promise caught', err.message);
    tc.traceCallback((value, cb) => setImmediate(cb, null, value + 1), -1, { id: 5 }, null, 41, (err, result) => {
      console.log('callback', err, result);
      console.log('unsubscribed', tc.unsubscribe(handlers), tc.hasSubscribers);
    });
  });
});
