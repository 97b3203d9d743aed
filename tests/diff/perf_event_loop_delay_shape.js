// monitorEventLoopDelay and eventLoopUtilization: shapes and invariants (values vary by run):
// a histogram that is disabled stays empty, enabled one records, percentiles are ordered.
const { monitorEventLoopDelay, performance } = require('perf_hooks');

const h = monitorEventLoopDelay({ resolution: 10 });
console.log(typeof h.enable, h.count, h.min > 0, Number.isNaN(h.mean), h.exceeds, h.percentiles.size);
console.log(h.enable(), h.enable());
const start = Date.now();
const spin = () => {
  while (Date.now() - start < 60);
};
setTimeout(spin, 5);
setTimeout(() => {
  console.log(h.disable(), h.disable());
  console.log('recorded', h.count > 0, h.min <= h.max, h.mean >= h.min, h.stddev >= 0, h.percentile(50) <= h.percentile(99), typeof h.percentiles.get(100));
  const elu = performance.eventLoopUtilization();
  console.log(Object.keys(elu), elu.utilization >= 0 && elu.utilization <= 1);
  const later = performance.eventLoopUtilization(elu);
  console.log(Object.keys(later), later.idle >= 0);
  h.reset();
  console.log('after reset', h.count, h.exceeds);
  for (const bad of [{ resolution: 0 }, { resolution: 'x' }, 5]) {
    try {
      monitorEventLoopDelay(bad);
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
}, 150);
