// node:inspector with nothing attached and node:trace_events' objects: what a program sees
// when it only asks whether it is being debugged or prepares tracing it never enables.
const inspector = require('inspector');
const inspectorPromises = require('inspector/promises');
const traceEvents = require('trace_events');
const EventEmitter = require('events');

console.log('url', inspector.url());
console.log('keys', Object.keys(inspector).join(','));
console.log('promises keys', Object.keys(inspectorPromises).join(','));
console.log('console', Object.keys(inspector.console).join(','));
console.log('console.log returns', inspector.console.log('not shown'));
console.log('network', Object.keys(inspector.Network).join(','));
try {
  inspector.waitForDebugger();
} catch (e) {
  console.log(e.code, e.message, e instanceof Error);
}
for (const Session of [inspector.Session, inspectorPromises.Session]) {
  const session = new Session();
  console.log('session', session instanceof EventEmitter, Session.length);
  try {
    const answer = session.post('Runtime.evaluate', { expression: '1' });
    answer.catch((e) => console.log('rejected', e.code, e.message));
  } catch (e) {
    console.log('threw', e.code, e.message);
  }
  session.disconnect();
}
console.log('same Session class', inspector.Session === inspectorPromises.Session);
inspector.close();

console.log('categories', traceEvents.getEnabledCategories());
const tracing = traceEvents.createTracing({ categories: ['node.perf', 'v8'] });
console.log(tracing.enabled, tracing.categories);
console.log(require('util').inspect(tracing));
for (const bad of [undefined, null, 'x', { categories: 'x' }, { categories: [] }, { categories: ['a', 1] }]) {
  try {
    traceEvents.createTracing(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
