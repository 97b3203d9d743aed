// 'error' events: errorMonitor, unhandled error kinds, captureRejections, max-listeners warning.
const EventEmitter = require('events');
const show = (label, fn) => {
  try { const r = fn(); console.log(label, r); } catch (e) { console.log(label, 'THROW', e.name, e.code, JSON.stringify(e.message), e.context === undefined ? '' : require('util').inspect(e.context)); }
};
show('error obj', () => new EventEmitter().emit('error', new TypeError('boom')));
show('error string', () => new EventEmitter().emit('error', 'str'));
show('error number', () => new EventEmitter().emit('error', 42));
show('error undefined', () => new EventEmitter().emit('error'));
show('error null', () => new EventEmitter().emit('error', null));
show('error object', () => new EventEmitter().emit('error', { message: 'm', code: 'X' }));
show('error obj inspect', () => new EventEmitter().emit('error', { a: { b: { c: { d: 1 } } } }));
show('error symbol', () => new EventEmitter().emit('error', Symbol('s')));
show('error extra args', () => new EventEmitter().emit('error', 'a', 'b'));
show('error monitor', () => {
  const em = new EventEmitter();
  em.on(EventEmitter.errorMonitor, (err) => console.log('  monitor saw', err.message));
  return em.emit('error', new Error('monitored'));
});
show('error monitor handled', () => {
  const em = new EventEmitter();
  em.on(EventEmitter.errorMonitor, (err) => console.log('  monitor first', err.message));
  em.on('error', (err) => console.log('  handler', err.message));
  return [em.emit('error', new Error('h')), em.listenerCount(EventEmitter.errorMonitor), em.eventNames().map(String)];
});
show('error is same', () => { const err = new Error('same'); try { new EventEmitter().emit('error', err); } catch (e) { return e === err; } });
show('listener throws', () => { const em = new EventEmitter(); em.on('x', () => { throw new RangeError('inside'); }); em.on('x', () => console.log('  never')); em.emit('x'); });
const warnings = [];
process.on('warning', (w) => { warnings.push(w); console.log('warning:', w.name, w.code, JSON.stringify(w.message), w.count, w.type, w.emitter && w.emitter.constructor.name); });
const m = new EventEmitter();
m.setMaxListeners(2);
for (let i = 0; i < 4; i++) m.on('evt', () => {});
const s = new EventEmitter();
s.setMaxListeners(1);
s.on(Symbol('sym'), () => {}); s.on(Symbol('sym'), () => {});
const k = new EventEmitter();
k.setMaxListeners(1);
k.on(Symbol('desc'), () => {}); k.on(Symbol('desc'), () => {});
k.on('two', () => {}); k.on('two', () => {});
class Named extends EventEmitter {}
const n = new Named();
n.setMaxListeners(1);
n.on('x', () => {}); n.prependListener('x', () => {});
const z = new EventEmitter();
z.setMaxListeners(0);
for (let i = 0; i < 20; i++) z.on('many', () => {});
const d = new EventEmitter();
for (let i = 0; i < 11; i++) d.once('dflt', () => {});
// captureRejections
const cr = new EventEmitter({ captureRejections: true });
cr.on('ev', async () => { throw new Error('async fail'); });
cr.on('error', (err) => console.log('captured to error:', err.message));
cr.emit('ev');
const cr2 = new EventEmitter({ captureRejections: true });
cr2[EventEmitter.captureRejectionSymbol] = (err, ev, ...args) => console.log('symbol handler:', err.message, ev, args);
cr2.on('ev2', async (x) => { throw new Error('via symbol'); });
cr2.emit('ev2', 1, 2);
const cr3 = new EventEmitter({ captureRejections: true });
cr3.on('error', async () => { throw new Error('in error handler'); });
show('bad captureRejections', () => new EventEmitter({ captureRejections: 'yes' }));
show('captureRejections thenable', () => { const em = new EventEmitter({ captureRejections: true }); em.on('t', () => ({ then(res, rej) { rej(new Error('thenable')); } })); em.on('error', (e) => console.log('thenable captured', e.message)); return em.emit('t'); });
setTimeout(() => console.log('warnings total', warnings.length), 20);
