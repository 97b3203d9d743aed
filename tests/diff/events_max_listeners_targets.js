// events.setMaxListeners/getMaxListeners on EventTargets and bad targets; addAbortListener's
// signal validation message.
const events = require('events');
const t = new EventTarget();
const ac = new AbortController();
console.log(events.getMaxListeners(t), events.getMaxListeners(ac.signal), events.getMaxListeners(new events.EventEmitter()));
events.setMaxListeners(3, t, ac.signal);
console.log(events.getMaxListeners(t), events.getMaxListeners(ac.signal));
events.setMaxListeners(7);
console.log(events.defaultMaxListeners, events.getMaxListeners(new EventTarget()), events.getMaxListeners(new events.EventEmitter()));
for (const bad of [{}, null, 1]) {
  try { events.setMaxListeners(1, bad); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { console.log(events.getMaxListeners(bad)); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const bad of [null, undefined, {}, 'x']) {
  try { events.addAbortListener(bad, () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
}
process.on('warning', (w) => console.log('warning:', w.name, w.message));
events.setMaxListeners(1, t);
t.addEventListener('a', () => {});
t.addEventListener('a', () => {});
