// EventTarget / Event / CustomEvent: options, phases, ordering, handleEvent, errors, inspect.
const show = (label, fn) => {
  try { const r = fn(); console.log(label, r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); }
};
const t = new EventTarget();
const log = [];
const l1 = (e) => log.push('l1:' + e.eventPhase + ':' + (e.target === t) + ':' + (e.currentTarget === t));
t.addEventListener('a', l1);
t.addEventListener('a', l1); // duplicate ignored
t.addEventListener('a', l1, { capture: true }); // distinct by capture
t.addEventListener('a', { handleEvent(e) { log.push('obj:' + (this !== t)); } });
t.addEventListener('a', (e) => log.push('once'), { once: true });
log.length = 0;
show('cancelable', () => {
  const x = new EventTarget();
  x.addEventListener('c', (e) => e.preventDefault());
  const e1 = new Event('c', { cancelable: true });
  const e2 = new Event('c');
  return [x.dispatchEvent(e1), e1.defaultPrevented, x.dispatchEvent(e2), e2.defaultPrevented, e1.returnValue, e2.returnValue];
});
show('stopImmediate', () => { const x = new EventTarget(); const l = []; x.addEventListener('s', (e) => { l.push(1); e.stopImmediatePropagation(); }); x.addEventListener('s', () => l.push(2)); x.dispatchEvent(new Event('s')); return l; });
show('event fields', () => { const e = new Event('f', { bubbles: true, cancelable: true, composed: true }); return [e.type, e.bubbles, e.cancelable, e.composed, e.isTrusted, e.eventPhase, e.target, e.currentTarget, e.srcElement, e.defaultPrevented, typeof e.timeStamp, e.cancelBubble, e.composedPath()]; });
show('redispatch', () => { const x = new EventTarget(); const e = new Event('r'); x.addEventListener('r', () => { try { x.dispatchEvent(e); } catch (err) { log.push(err.name + ':' + err.code); } }); log.length = 0; x.dispatchEvent(e); x.dispatchEvent(e); return log; });
show('type coerced', () => [new Event(1).type, new Event(null).type, new Event(undefined).type]);
show('bad init', () => new Event('x', 1));
show('dispatch non event', () => new EventTarget().dispatchEvent({ type: 'x' }));
show('add signal', () => { const x = new EventTarget(); const ac = new AbortController(); let n = 0; x.addEventListener('s', () => n++, { signal: ac.signal }); x.dispatchEvent(new Event('s')); ac.abort(); x.dispatchEvent(new Event('s')); return n; });
show('add aborted signal', () => { const x = new EventTarget(); let n = 0; x.addEventListener('s', () => n++, { signal: AbortSignal.abort() }); x.dispatchEvent(new Event('s')); return n; });
show('CustomEvent', () => { const c = new CustomEvent('c', { detail: { k: 1 } }); return [c.detail, c instanceof Event, c.type, new CustomEvent('d').detail]; });
show('toString', () => [Object.prototype.toString.call(new Event('x')), Object.prototype.toString.call(new EventTarget()), Object.prototype.toString.call(new CustomEvent('x'))]);
show('subclass target', () => { class T extends EventTarget { constructor() { super(); this.n = 0; } } const x = new T(); x.addEventListener('z', function () { this.n++; }); x.dispatchEvent(new Event('z')); return x.n; });
show('listener this', () => { const x = new EventTarget(); let th; x.addEventListener('z', function () { th = this; }); x.dispatchEvent(new Event('z')); return th === x; });
show('remove during dispatch', () => { const x = new EventTarget(); const l = []; const b = () => l.push('b'); x.addEventListener('z', () => { l.push('a'); x.removeEventListener('z', b); }); x.addEventListener('z', b); x.dispatchEvent(new Event('z')); return l; });
show('returnValue set', () => { const e = new Event('x', { cancelable: true }); e.returnValue = false; return [e.defaultPrevented, e.returnValue]; });
show('cancelBubble set', () => { const e = new Event('x'); e.cancelBubble = true; return e.cancelBubble; });
