// EventEmitter argument validation and edge behaviour, as Node reports it.
const EventEmitter = require('events');
const { once, on, getEventListeners, setMaxListeners } = EventEmitter;
const e = new EventEmitter();
const attempts = {
  onNotFunction: () => e.on('x', 'nope'),
  onceNotFunction: () => e.once('x', 42),
  prependNotFunction: () => e.prependListener('x', null),
  removeNotFunction: () => e.removeListener('x', {}),
  maxListenersNegative: () => e.setMaxListeners(-1),
  maxListenersNaN: () => e.setMaxListeners(NaN),
  defaultMaxBad: () => { EventEmitter.defaultMaxListeners = 'x'; },
  emitErrorString: () => e.emit('error', 'boom'),
  emitErrorObject: () => e.emit('error', { message: 'obj' }),
  emitErrorUndefined: () => e.emit('error'),
  setMaxListenersBad: () => setMaxListeners('x'),
  getListenersBad: () => getEventListeners({}, 'x'),
};
for (const [name, f] of Object.entries(attempts)) {
  try {
    const r = f();
    console.log(name, 'ok', r === e ? 'emitter' : r);
  } catch (err) {
    console.log(name, err.name, err.code, err.message);
  }
}
const listener = () => {};
e.on('y', listener);
e.on('y', listener);
console.log(e.listenerCount('y'), e.listenerCount('y', listener), e.eventNames());
e.off('y', listener);
console.log(e.listenerCount('y'));
(async () => {
  const t = new EventEmitter();
  setTimeout(() => t.emit('error', new Error('late')), 1);
  try {
    await once(t, 'data');
  } catch (err) {
    console.log('once rejects with', err.message);
  }
  const it = on(t, 'v');
  setTimeout(() => { t.emit('v', 1); t.emit('v', 2); t.emit('error', new Error('stop')); }, 1);
  try {
    for await (const args of it) console.log('on got', args);
  } catch (err) {
    console.log('on ends with', err.message);
  }
})();
for (const v of [-1, NaN, Infinity, 10]) {
  try {
    EventEmitter.defaultMaxListeners = v;
    console.log('defaultMaxListeners', EventEmitter.defaultMaxListeners);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
for (const v of [-1, NaN]) {
  try {
    setMaxListeners(v);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
const withListeners = new EventTarget();
const first = () => {};
const second = { handleEvent() {} };
withListeners.addEventListener('x', first);
withListeners.addEventListener('x', second);
withListeners.addEventListener('x', () => {}, { once: true });
withListeners.removeEventListener('x', first);
for (const target of [5, null, new EventTarget(), withListeners]) {
  try {
    console.log('getEventListeners', getEventListeners(target, 'x'));
  } catch (err) {
    console.log(err.code, err.message);
  }
}
