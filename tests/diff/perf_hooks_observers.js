// perf_hooks: the same performance object as the global, observers of marks and measures
// (delivered together after the current tick, sorted by start time), disconnect, buffered
// observation, argument errors, constants.
const ph = require('perf_hooks');
const { performance, PerformanceObserver } = ph;
const names = ['performance', 'PerformanceObserver', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserverEntryList', 'constants'];
console.log(names.every((k) => k in ph), ph.performance === globalThis.performance, PerformanceObserver.supportedEntryTypes);
// Each stage starts from the one before: under load node's timers may come before its
// observer deliveries.
const obs = new PerformanceObserver((list, observer) => {
  console.log('observed', list.getEntries().map((e) => [e.name, e.entryType, e.constructor.name]), observer === obs, list.getEntriesByType('mark').length, list.getEntriesByName('b').length);
  setTimeout(laterStage, 5);
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('a');
performance.mark('b');
performance.measure('a to b', 'a', 'b');
console.log('sync after marks');
process.nextTick(() => console.log('tick'));
function laterStage() {
  obs.disconnect();
  performance.mark('c');
  console.log('after disconnect');
  const late = new PerformanceObserver((list) => console.log('buffered', list.getEntries().map((e) => e.name)));
  late.observe({ type: 'mark', buffered: true });
  setTimeout(() => late.disconnect(), 5);
}
const o2 = new PerformanceObserver(() => {});
try { o2.observe({}); } catch (e) { console.log(e.code, e.message); }
try { new PerformanceObserver(5); } catch (e) { console.log(e.code); }
console.log(JSON.stringify(ph.constants));
