// EventTarget dispatch: listeners added during dispatch, passive listeners calling
// preventDefault, and how often a handleEvent getter is read.
const x = new EventTarget();
const l = [];
x.addEventListener('z', () => { l.push(1); x.addEventListener('z', () => l.push(2)); });
x.dispatchEvent(new Event('z'));
x.dispatchEvent(new Event('z'));
console.log('added during dispatch', l);
const p = new EventTarget();
let dp;
p.addEventListener('p', (e) => { e.preventDefault(); dp = e.defaultPrevented; }, { passive: true });
const ev = new Event('p', { cancelable: true });
console.log('passive', p.dispatchEvent(ev), dp, ev.defaultPrevented);
const h = new EventTarget();
let calls = 0;
h.addEventListener('h', { get handleEvent() { calls++; return () => {}; } });
h.dispatchEvent(new Event('h'));
h.dispatchEvent(new Event('h'));
console.log('handleEvent reads', calls);
