// EventTarget: eventPhase/currentTarget seen by listeners (AT_TARGET while dispatching), capture
// vs non-capture registrations of the same function, and removal keyed by capture.
const t = new EventTarget();
const log = [];
const l1 = (e) => log.push(`l1 phase=${e.eventPhase} target=${e.target === t} current=${e.currentTarget === t}`);
t.addEventListener('a', l1);
t.addEventListener('a', l1);
t.addEventListener('a', l1, { capture: true });
t.addEventListener('a', l1, true);
const e = new Event('a');
console.log(t.dispatchEvent(e), log);
console.log('after', e.eventPhase, e.currentTarget, e.target === t, e.composedPath());
log.length = 0;
t.removeEventListener('a', l1, true);
t.dispatchEvent(new Event('a'));
console.log('capture removed', log);
log.length = 0;
t.removeEventListener('a', l1, { capture: false });
t.dispatchEvent(new Event('a'));
console.log('both removed', log);
console.log(new Event('x').AT_TARGET, new Event('x').NONE, Event.AT_TARGET);
console.log(Object.keys(Event.prototype).sort());
console.log(Object.keys(EventTarget.prototype).sort());
