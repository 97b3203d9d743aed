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

// Arguments are checked before the missing connection is.
const session = new inspector.Session();
for (const args of [[1], ['m', 1], ['m', [], () => {}], ['m', {}, 1], ['m', null], ['m', () => {}]]) {
  try {
    session.post(...args);
  } catch (e) {
    console.log('post', e.code, e.message);
  }
}
try {
  session.connectToMainThread();
} catch (e) {
  console.log('connectToMainThread', e.code, e.message);
}
console.log('open.length', inspector.open.length, 'post.length', inspector.Session.prototype.post.length);
console.log('promises share', inspectorPromises.console === inspector.console, inspectorPromises.Network === inspector.Network);
console.log('promises Session', inspectorPromises.Session.prototype instanceof inspector.Session, Object.getOwnPropertyNames(inspectorPromises.Session.prototype).join(','));
new inspectorPromises.Session().post(1).catch((e) => console.log('promises post', e.code));

// Enabled categories: each once, sorted, empty names left out. Node writes its trace file into
// the working directory, so the program works in a directory of its own and removes it.
const fs = require('fs');
const os = require('os');
const path = require('path');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'trace-events-'));
process.chdir(scratch);
process.on('warning', (w) => console.log('warning', w.name, w.message));
const own = ['v8'];
const first = traceEvents.createTracing({ categories: own });
own.push('node.perf');
console.log('categories follow the array', first.categories);
const second = traceEvents.createTracing({ categories: ['b,a', '', 'v8', ' c'] });
first.enable();
console.log('one enabled', traceEvents.getEnabledCategories(), first.enabled);
second.enable();
second.enable();
console.log('two enabled', traceEvents.getEnabledCategories());
first.disable();
console.log('first disabled', traceEvents.getEnabledCategories(), first.enabled);
second.disable();
console.log('none enabled', traceEvents.getEnabledCategories());
const many = Array.from({ length: 11 }, (_, i) => traceEvents.createTracing({ categories: [`c${i}`] }));
for (const tracing of many) tracing.enable();
console.log('eleven enabled', traceEvents.getEnabledCategories().split(',').length);
for (const tracing of many) tracing.disable();
setTimeout(() => {
  process.chdir(os.tmpdir());
  fs.rmSync(scratch, { recursive: true, force: true });
  console.log('done');
}, 50);
