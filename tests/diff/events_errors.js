// EventEmitter argument errors, error event variants, listener order during emit, removal while emitting.
const EventEmitter = require('events');
const e = new EventEmitter();
for (const bad of [() => e.on('x', 'notfn'), () => e.once('x', null), () => e.removeListener('x', 5), () => e.prependListener('x')]) {
  try {
    bad();
  } catch (err) {
    console.log(err.code, err.message);
  }
}
try {
  e.emit('error');
} catch (err) {
  console.log(err.code, err.message);
}
try {
  e.emit('error', { custom: true });
} catch (err) {
  console.log(err.code, err.message, err.context);
}
const order = [];
const second = () => order.push('second');
e.on('go', () => {
  order.push('first');
  e.removeListener('go', second);
  e.on('go', () => order.push('added during emit'));
});
e.on('go', second);
e.emit('go');
e.emit('go');
console.log(order);
const sym = Symbol('event');
e.on(sym, () => console.log('symbol event'));
e.emit(sym);
console.log(e.eventNames().map(String));
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor saw', err.message));
e.on('error', (err) => console.log('handled', err.message));
e.emit('error', new Error('monitored'));
