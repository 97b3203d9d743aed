// EventEmitter: ordering, once/prepend, removal during emit, rawListeners, listenerCount, newListener/removeListener.
const EventEmitter = require('events');
const { errorMonitor, captureRejectionSymbol } = EventEmitter;
const show = (label, fn) => {
  try { const r = fn(); console.log(label, r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); }
};
const e = new EventEmitter();
const log = [];
e.on('newListener', (ev, fn) => log.push('new:' + String(ev) + ':' + (fn.name || 'anon')));
e.on('removeListener', (ev, fn) => log.push('rm:' + String(ev) + ':' + (fn.name || 'anon')));
function a() { log.push('a'); }
function b() { log.push('b'); e.removeListener('x', c); }
function c() { log.push('c'); }
e.on('x', a); e.on('x', b); e.on('x', c); e.prependListener('x', function p() { log.push('p'); });
console.log(e.emit('x'), log.join(' '));
log.length = 0;
console.log(e.emit('x'), log.join(' '));
show('listeners', () => e.listeners('x').map(f => f.name));
show('raw', () => { const f = function z() {}; e.once('y', f); const r = e.rawListeners('y'); return [r[0].name, r[0].listener === f, typeof r[0], e.listeners('y')[0] === f]; });
show('raw call', () => { const r = e.rawListeners('y')[0]; r(); return e.listenerCount('y'); });
show('counts', () => [e.listenerCount('x'), EventEmitter.listenerCount(e, 'x'), e.listenerCount('none'), e.listenerCount('x', a)]);
show('eventNames', () => { const s = Symbol('s'); e.on(s, () => {}); return e.eventNames(); });
show('remove once by orig', () => { function f() {} e.once('q', f); e.off('q', f); return e.listenerCount('q'); });
show('remove dup last', () => { const g = () => log.push('g'); const em = new EventEmitter(); em.on('d', g); em.on('d', () => {}); em.on('d', g); em.removeListener('d', g); return em.listeners('d').map(x => x === g); });
show('removeAll evt', () => { log.length = 0; e.removeAllListeners('x'); return [e.listenerCount('x'), log.join(' ')]; });
show('removeAll', () => { log.length = 0; e.removeAllListeners(); return [e.eventNames(), log.join(' ')]; });
show('emit args', () => { const em = new EventEmitter(); const got = []; em.on('a', function (...args) { got.push(args.length, this === em); }); em.emit('a', 1, 2, 3, 4, 5, 6); em.emit('a'); return got; });
show('arrow this', () => { const em = new EventEmitter(); let t; em.on('a', () => { t = this; }); em.emit('a'); return t === module.exports; });
show('added during emit', () => { const em = new EventEmitter(); const got = []; em.on('a', () => { got.push(1); em.on('a', () => got.push(2)); }); em.emit('a'); em.emit('a'); return got; });
show('once reentrant', () => { const em = new EventEmitter(); let n = 0; em.once('a', () => { n++; em.emit('a'); }); em.emit('a'); return n; });
show('on returns this', () => { const em = new EventEmitter(); return [em.on('a', () => {}) === em, em.once('a', () => {}) === em, em.off('a', () => {}) === em, em.setMaxListeners(3) === em, em.removeAllListeners() === em, em.prependListener('a', () => {}) === em]; });
show('bad listener', () => new EventEmitter().on('a', 'x'));
show('bad listener once', () => new EventEmitter().once('a', null));
show('bad listener remove', () => new EventEmitter().removeListener('a', {}));
show('bad listener prepend', () => new EventEmitter().prependOnceListener('a'));
show('max listeners', () => { const em = new EventEmitter(); return [em.getMaxListeners(), EventEmitter.defaultMaxListeners, em.setMaxListeners(0).getMaxListeners(), em.setMaxListeners(Infinity).getMaxListeners()]; });
for (const v of [-1, NaN, '1', 1.5, null]) show('setMax ' + String(v), () => new EventEmitter().setMaxListeners(v).getMaxListeners());
show('defaultMax set bad', () => { EventEmitter.defaultMaxListeners = -1; });
show('defaultMax set bad type', () => { EventEmitter.defaultMaxListeners = 'x'; });
show('symbols', () => [typeof errorMonitor, String(errorMonitor), String(captureRejectionSymbol), String(EventEmitter.captureRejectionSymbol), EventEmitter.captureRejections]);
show('static members', () => ['once', 'on', 'getEventListeners', 'setMaxListeners', 'listenerCount', 'EventEmitter', 'usingDomains', 'errorMonitor', 'getMaxListeners', 'addAbortListener'].map(k => k + ':' + typeof EventEmitter[k]).join(' '));
show('EventEmitter.EventEmitter', () => EventEmitter.EventEmitter === EventEmitter);
show('subclass', () => { class My extends EventEmitter {} const m = new My(); m.on('z', () => {}); return [m.listenerCount('z'), m instanceof EventEmitter, Object.keys(m)]; });
show('call as function', () => { const o = Object.create(EventEmitter.prototype); EventEmitter.call(o); o.on('x', () => {}); return o.listenerCount('x'); });
show('_events', () => { const em = new EventEmitter(); em.on('a', () => {}); em.on('a', () => {}); em.on('b', () => {}); return [Array.isArray(em._events.a), typeof em._events.b, em._eventsCount, Object.getPrototypeOf(em._events)]; });
show('__proto__ event', () => { const em = new EventEmitter(); em.on('__proto__', () => 1); return [em.listenerCount('__proto__'), em.emit('__proto__'), em.eventNames()]; });
show('emit no listeners', () => new EventEmitter().emit('nothing', 1));
