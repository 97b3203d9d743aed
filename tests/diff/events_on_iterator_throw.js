// events.on(): the iterator's throw() validates its argument, returns undefined (not a promise)
// and makes the pending/next next() reject with the error.
const { on, EventEmitter } = require('events');
(async () => {
  const e = new EventEmitter();
  const it = on(e, 'd');
  try { it.throw('not an error'); } catch (x) { console.log('bad arg', x.name, x.code, x.message); }
  const r = it.throw(new Error('t'));
  console.log('throw returned', r);
  try { console.log(await it.next()); } catch (x) { console.log('next rejected', x.message); }
  console.log(await it.next());
  console.log('listeners', e.listenerCount('d'), e.listenerCount('error'));
})();
