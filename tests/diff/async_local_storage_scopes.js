// AsyncLocalStorage: run/exit nesting, enterWith, values through timers, immediates, promises,
// nextTick, EventEmitter listeners and AsyncResource.bind; snapshot() and bind().
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const EventEmitter = require('events');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const show = (label) => console.log(label, als.getStore(), other.getStore());

show('outside');
als.run('outer', () => {
  show('run');
  other.run('second', () => show('both'));
  als.run('inner', () => show('nested'));
  show('after nested');
  als.exit(() => show('exit'));
  show('after exit');
  setTimeout(() => show('timeout'), 20);
  setImmediate(() => show('immediate'));
  process.nextTick(() => show('tick'));
  Promise.resolve().then(() => show('then'));
  (async () => {
    await null;
    show('await');
    await new Promise((r) => setTimeout(r, 40));
    show('await timer');
  })();
});
show('back outside');

const emitter = new EventEmitter();
als.run('when added', () => {
  emitter.on('ping', () => show('listener'));
});
als.run('when emitted', () => emitter.emit('ping'));

const bound = als.run('bound store', () => AsyncResource.bind(() => show('AsyncResource.bind')));
als.run('calling', () => bound());

const snap = als.run('snapshot store', () => AsyncLocalStorage.snapshot());
als.run('elsewhere', () => snap(() => show('snapshot')));
const boundStatic = als.run('static bind', () => AsyncLocalStorage.bind(() => show('AsyncLocalStorage.bind')));
boundStatic();

setTimeout(() => {
  als.enterWith('entered');
  show('enterWith');
  setTimeout(() => show('enterWith timer'), 10);
}, 80);

const resource = new AsyncResource('CUSTOM');
als.run('resource run', () => {
  const r2 = new AsyncResource('INNER');
  setTimeout(() => r2.runInAsyncScope(() => show('runInAsyncScope'), null), 60);
});
resource.runInAsyncScope(() => show('outer resource'));
setTimeout(() => {
  als.disable();
  show('disabled');
}, 120);
