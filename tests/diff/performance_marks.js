// performance: now() is monotonic, marks and measures with details, entries by type and name.
const t1 = performance.now();
const t2 = performance.now();
console.log(t2 >= t1, typeof performance.timeOrigin, performance.timeOrigin > 1e12);
performance.mark('start', { detail: { step: 1 } });
performance.mark('end');
const m = performance.measure('span', { start: 'start', end: 'end', detail: 'info' });
console.log(m.name, m.entryType, m.duration >= 0, m.detail);
console.log(performance.getEntriesByName('start').length, performance.getEntriesByType('measure').map((e) => e.name));
try {
  performance.measure('bad', 'no-such-mark');
} catch (e) {
  console.log(e.name, e.message);
}
performance.clearMeasures('span');
console.log(performance.getEntriesByType('measure').length, performance.getEntries().length);
console.log(Object.keys(performance.toJSON()).sort());
