// assert.CallTracker: calls/getCalls/report/verify/reset, the deprecation warning and argument errors.
const assert = require('assert');
process.on('warning', (w) => console.log('warning', w.code, w.message));
const tracker = new assert.CallTracker();
function foo(a) { return a * 2; }
const callsfunc = tracker.calls(foo, 2);
console.log(callsfunc(3), callsfunc.name, callsfunc.length);
console.log(tracker.getCalls(callsfunc));
console.log(tracker.report().map(({ stack, ...rest }) => ({ ...rest, stack: stack instanceof Error })));
try { tracker.verify(); } catch (e) { console.log(e.name, e.code, e.message, e.operator); }
callsfunc(4);
tracker.verify();
console.log('verified');
const noop = tracker.calls();
noop(1, 2);
console.log(tracker.getCalls(noop));
tracker.reset(noop);
console.log(tracker.getCalls(noop));
try { tracker.calls(foo, 0); } catch (e) { console.log(e.code, e.message); }
try { tracker.calls(5); } catch (e) { console.log(e.code, e.message); }
try { tracker.getCalls(foo); } catch (e) { console.log(e.code, e.message); }
try { tracker.reset(foo); } catch (e) { console.log(e.code, e.message); }
const t2 = new assert.CallTracker();
const f1 = t2.calls(function named() {}, 1);
const f2 = t2.calls(() => {}, 3);
f2();
try { t2.verify(); } catch (e) { console.log(e.message); }
console.log(t2.report().map(({ stack, ...rest }) => rest));
f1(); f1();
console.log(t2.report()[0].message);
t2.reset();
console.log(t2.report().length);
class K { m() { return this; } }
const k = new K();
k.m = tracker.calls(k.m, 1);
console.log(k.m() === k);
