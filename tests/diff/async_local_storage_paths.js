// AsyncLocalStorage through timers, immediates, nextTick, promises, await, EventEmitter
// callbacks, queueMicrotask, nested run, exit, enterWith, bind and snapshot.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const EventEmitter = require('events');
const als = new AsyncLocalStorage();
// Lines are printed sorted at exit: what matters is each callback's store, not which of the
// timers, immediates and ticks comes first under load.
const lines = [];
const log = (label) => lines.push(`${label} ${JSON.stringify(als.getStore())}`);
process.on('exit', () => console.log(lines.sort().join('\n')));
const steps = [];
als.run({ id: 1 }, () => {
  setTimeout(() => log('timeout'), 1);
  setImmediate(() => log('immediate'));
  process.nextTick(() => log('nextTick'));
  queueMicrotask(() => log('microtask'));
  Promise.resolve().then(() => log('then'));
  (async () => {
    await null;
    log('after await');
    await new Promise((r) => setTimeout(r, 2));
    log('after awaited timeout');
  })();
  als.run({ id: 2 }, () => log('nested run'));
  log('back in outer');
  als.exit(() => log('exit'));
  log('after exit');
});
log('outside');
const emitter = new EventEmitter();
als.run('emitter-store', () => {
  emitter.on('ping', () => log('listener runs in the emitting context'));
});
als.run('emitting', () => emitter.emit('ping'));
const bound = als.run('bound', () => AsyncLocalStorage.bind(() => log('bound function')));
bound();
const snap = als.run('snapshot', () => AsyncLocalStorage.snapshot());
snap(() => log('in snapshot'));
const resource = als.run('resource', () => new AsyncResource('X'));
resource.runInAsyncScope(() => log('async resource'));
setTimeout(() => {
  als.enterWith({ entered: true });
  log('enterWith');
  setImmediate(() => log('enterWith carried into an immediate'));
}, 10);
