// perf_hooks: marks with detail, measures between marks and from options, entry lists by name
// and type, clearing, timerify'd functions reported to an observer, and argument errors.
const { performance, PerformanceObserver, PerformanceMark } = require('perf_hooks');

const shape = (e) => ({ name: e.name, entryType: e.entryType, detail: e.detail, positive: e.duration >= 0 });

performance.mark('start', { detail: { step: 1 } });
for (let i = 0; i < 1e5; i++);
performance.mark('end', { detail: 'two' });
const m1 = performance.measure('between', 'start', 'end');
const m2 = performance.measure('with options', { start: 'start', end: 'end', detail: [1, 2] });
const m3 = performance.measure('from start');
console.log(shape(m1), shape(m2), m3.entryType, m3.startTime === 0);
console.log(performance.getEntriesByType('mark').map(shape));
console.log(performance.getEntriesByName('between').length, performance.getEntriesByName('start', 'mark').length, performance.getEntriesByName('start', 'measure').length);
console.log(new PerformanceMark('made', { detail: null }).name, performance.getEntriesByName('made').length);
performance.clearMarks('start');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMeasures();
console.log(performance.getEntriesByType('measure').length);

for (const [label, f] of [
  ['missing mark', () => performance.measure('x', 'nope')],
  ['bad detail', () => performance.mark('y', { detail: () => {} })],
  ['start and duration and end', () => performance.measure('z', { start: 0, duration: 1, end: 2 })],
  ['timerify non-function', () => performance.timerify(5)],
]) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const observer = new PerformanceObserver((list, obs) => {
  for (const entry of list.getEntries()) console.log('observed', entry.name, entry.entryType, entry.detail);
  obs.disconnect();
});
observer.observe({ entryTypes: ['function'] });
function work(a, b) {
  return a + b;
}
const timed = performance.timerify(work);
console.log(timed(2, 3), timed.name, timed.length, performance.timerify(timed) === timed);
