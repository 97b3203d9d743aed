// diagnostics_channel: subscribe/unsubscribe by name and on channel objects, hasSubscribers,
// messages to several subscribers in order, a throwing subscriber, and TracingChannel's
// traceSync, tracePromise and traceCallback events with their context objects.
const dc = require('diagnostics_channel');

const channel = dc.channel('app:events');
console.log(channel.name, channel.hasSubscribers, dc.hasSubscribers('app:events'));
const first = (message, name) => console.log('first', message, name);
const second = (message) => console.log('second', message);
dc.subscribe('app:events', first);
channel.subscribe(second);
console.log(channel.hasSubscribers, dc.channel('app:events') === channel);
channel.publish({ n: 1 });
console.log(dc.unsubscribe('app:events', first), dc.unsubscribe('app:events', first));
channel.publish({ n: 2 });
channel.unsubscribe(second);
console.log(channel.hasSubscribers);
channel.publish({ n: 3 });

const sym = Symbol('symbol channel');
dc.subscribe(sym, (m, name) => console.log('symbol', m, typeof name));
dc.channel(sym).publish('via symbol');

process.on('uncaughtException', (err) => console.log('uncaught from subscriber:', err.message));
const throwing = dc.channel('app:throws');
throwing.subscribe(() => {
  throw new Error('subscriber failed');
});
throwing.subscribe((m) => console.log('later subscriber still runs', m));
throwing.publish('x');

const tc = dc.tracingChannel('app:trace');
const names = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];
const handlers = {};
for (const name of names) {
  handlers[name] = (ctx) => console.log('trace', name, JSON.stringify({ ...ctx, error: ctx.error && ctx.error.message }));
}
tc.subscribe(handlers);
console.log(tc.hasSubscribers);
console.log('sync result', tc.traceSync((a, b) => a + b, { op: 'add' }, null, 2, 3));
try {
  tc.traceSync(() => {
    throw new Error('sync failure');
  }, { op: 'fail' });
} catch (e) {
  console.log('caught', e.message);
}
tc.tracePromise(async (x) => x * 2, { op: 'double' }, null, 21).then((v) => {
  console.log('promise result', v);
  return tc.tracePromise(async () => {
    throw new Error('async failure');
  }, { op: 'reject' }).catch((e) => console.log('rejected', e.message));
}).then(() => {
  tc.traceCallback((value, cb) => setImmediate(cb, null, value + 1), 1, { op: 'callback' }, null, 41, (err, v) => {
    console.log('callback result', err, v);
    tc.unsubscribe(handlers);
    console.log(tc.hasSubscribers);
  });
});
