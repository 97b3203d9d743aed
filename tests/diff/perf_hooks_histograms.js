// perf_hooks histograms: createHistogram (stats, percentiles, bounds and argument errors, add,
// reset, recordDelta, bigint forms, inspection and JSON), monitorEventLoopDelay, timerify with a
// histogram and an observer of function entries.
const { createHistogram, monitorEventLoopDelay, performance: { timerify }, PerformanceObserver } = require('perf_hooks');
const h = createHistogram();
for (const v of [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 1000, 123456]) h.record(v);
console.log(h.min, h.max, h.mean, h.stddev, h.count, h.exceeds, h.percentile(50), h.percentile(99), h.percentiles);
console.log(h);
console.log(JSON.stringify(h));
const h2 = createHistogram({ lowest: 1, highest: 1000, figures: 2 });
try { h2.record(0); } catch (e) { console.log(e.code, e.message); }
h2.record(5000);
h2.record(7);
console.log(h2.count, h2.exceeds, h2.max, h2.min);
for (const bad of [{ figures: 7 }, { lowest: 0 }, { highest: 1 }, { lowest: 'x' }]) {
  try { createHistogram(bad); } catch (e) { console.log(e.code, e.message); }
}
try { h.record(1.5); } catch (e) { console.log(e.code, e.message); }
try { h.percentile(0); } catch (e) { console.log(e.code, e.message); }
console.log(h.minBigInt, h.countBigInt, h.percentileBigInt(50), h.maxBigInt);
const big = createHistogram();
for (let i = 1; i <= 100000; i++) big.record(i * 37 % 100003);
console.log(big.min, big.max, big.mean, big.stddev, big.percentile(90), big.percentiles.size, [...big.percentiles].slice(-3));
const sum = createHistogram();
sum.add(h);
sum.add(big);
console.log(sum.count, sum.max);
h.reset();
console.log(h.min, h.max, h.mean, h.count, h.percentiles);
const d = createHistogram();
d.recordDelta();
d.recordDelta();
console.log('deltas', d.count);
const loop = monitorEventLoopDelay({ resolution: 5 });
console.log(loop.enable(), loop.enable());
const obs = new PerformanceObserver((list) => {
  const [entry] = list.getEntries();
  console.log('observed', entry.entryType, entry.name, entry.duration >= 0, Array.isArray(entry.detail));
  obs.disconnect();
});
obs.observe({ entryTypes: ['function'] });
const timed = createHistogram();
function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }
const measured = timerify(work, { histogram: timed });
console.log(measured.name, measured.length, measured(1000), timed.count);
setTimeout(() => {
  console.log(loop.disable(), loop.disable(), loop.count > 0, loop.min > 0);
}, 60);
