// The 'removeListener' event for a once() listener that fires: with several listeners on the
// event Node passes the internal wrapper (bound onceWrapper); with a single one, the original.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('removeListener', (ev, fn) => console.log('removed', ev, fn.name, typeof fn.listener));
e.on('x', function keep() {});
e.once('x', function first() {});
e.prependOnceListener('x', function second() {});
e.emit('x');
e.once('y', function single() {});
e.emit('y');
function byHand() {}
e.once('z', byHand);
e.on('z', function other() {});
e.removeListener('z', byHand);
