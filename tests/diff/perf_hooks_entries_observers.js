// perf_hooks: marks with explicit startTime, measures by start/duration/end, entry toJSON and
// inspection, getEntries order, observers with takeRecords, type vs entryTypes rules,
// buffered delivery, unsupported types, and argument errors.
const { performance, PerformanceObserver, PerformanceMark, PerformanceEntry, PerformanceMeasure } = require('perf_hooks');
const tick = () => new Promise((r) => setTimeout(r, 5));
const shape = (e) => [e.name, e.entryType, e.startTime, e.duration, e.detail];
(async () => {
  const m1 = performance.mark('t10', { startTime: 10, detail: { a: 1 } });
  performance.mark('t30', { startTime: 30 });
  performance.mark('t20', { startTime: 20 });
  console.log(shape(m1), m1 instanceof PerformanceMark, m1 instanceof PerformanceEntry);
  console.log(JSON.stringify(m1.toJSON()), Object.keys(m1.toJSON()));
  console.log(performance.getEntriesByType('mark').map((e) => e.name));
  const ms = [
    performance.measure('a', 't10', 't30'),
    performance.measure('b', { start: 't10', duration: 5 }),
    performance.measure('c', { duration: 7, end: 't30' }),
    performance.measure('d', { start: 12, end: 15, detail: 'x' }),
    performance.measure('e', { start: 't20' , end: 't10' }),
  ];
  console.log(ms.map(shape), ms[0] instanceof PerformanceMeasure);
  console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`).join(' '));
  console.log(performance.getEntriesByName('t20').length, performance.getEntriesByName('a', 'mark').length);
  performance.clearMarks();
  performance.clearMeasures('a');
  console.log('after clear', performance.getEntriesByType('mark').length, performance.getEntriesByType('measure').map((e) => e.name));
  performance.clearMeasures();
  for (const [label, f] of [
    ['mark negative startTime', () => performance.mark('n', { startTime: -1 })],
    ['mark startTime string', () => performance.mark('n', { startTime: '1' })],
    ['measure unknown end', () => performance.measure('x', { start: 1, end: 'nope' })],
    ['measure options and end mark', () => performance.measure('x', { start: 1 }, 'y')],
    ['measure options without start/end', () => performance.measure('x', { detail: 1 })],
    ['new PerformanceMark no name', () => new PerformanceMark()],
    ['new PerformanceEntry', () => new PerformanceEntry()],
    ['new PerformanceMeasure', () => new PerformanceMeasure('m', 'measure', 0, 1)],
    ['PerformanceMark numeric options', () => new PerformanceMark('x', 5)],
    ['PerformanceMark null options', () => new PerformanceMark(7, null)],
    ['mark without name', () => performance.mark()],
    ['observe both', () => new PerformanceObserver(() => {}).observe({ type: 'mark', entryTypes: ['mark'] })],
    ['observe entryTypes string', () => new PerformanceObserver(() => {}).observe({ entryTypes: 'mark' })],
    ['observe null', () => new PerformanceObserver(() => {}).observe(null)],
  ]) {
    try {
      const r = f();
      console.log(label, 'ok', r && r.name);
    } catch (e) { console.log(label, e.name, e.code, e.message); }
  }
  performance.clearMarks();
  performance.clearMeasures();

  const calls = [];
  const obs = new PerformanceObserver((list, o) => calls.push(list.getEntries().map((e) => e.name)));
  obs.observe({ type: 'mark' });
  performance.mark('one');
  performance.mark('two');
  const taken = obs.takeRecords();
  console.log('takeRecords', taken.map((e) => e.name), obs.takeRecords().length);
  performance.mark('three');
  await tick();
  console.log('delivered', calls);
  obs.observe({ type: 'measure' });
  performance.measure('m-after-second-observe');
  performance.mark('four');
  await tick();
  console.log('two types', calls);
  obs.disconnect();
  try { obs.observe({ entryTypes: ['mark'] }); console.log('entryTypes after disconnect ok'); } catch (e) { console.log('entryTypes after disconnect', e.code); }
  try { obs.observe({ type: 'mark' }); } catch (e) { console.log('type after entryTypes', e.name, e.code, e.message); }
  obs.disconnect();
  obs.observe({ type: 'mark' });
  try { obs.observe({ entryTypes: ['mark'] }); } catch (e) { console.log('entryTypes after type', e.name, e.code, e.message); }
  obs.disconnect();

  const unsupported = new PerformanceObserver(() => {});
  unsupported.observe({ entryTypes: ['nope', 'mark'] });
  unsupported.disconnect();
  const none = new PerformanceObserver(() => console.log('never'));
  none.observe({ entryTypes: ['nope'] });
  performance.mark('ignored');
  await tick();
  none.disconnect();

  const buffered = [];
  const late = new PerformanceObserver((list) => buffered.push(list.getEntries().map((e) => e.name)));
  late.observe({ type: 'mark', buffered: true });
  await tick();
  console.log('buffered', buffered);
  late.disconnect();
  const elu = performance.eventLoopUtilization();
  console.log('elu', Object.keys(elu), typeof elu.idle, elu.utilization >= 0 && elu.utilization <= 1);
  const diff = performance.eventLoopUtilization(elu, performance.eventLoopUtilization());
  console.log('elu diff', Object.keys(diff), diff.active <= 0, diff.idle <= 0);
})();
