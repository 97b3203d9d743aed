// AsyncLocalStorage: stores follow await, promise callbacks, setTimeout, setImmediate,
// setInterval, process.nextTick, queueMicrotask, fs callbacks and EventEmitter listeners;
// run/exit/enterWith/disable; nested stores; two storages side by side.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const EventEmitter = require('events');
const fs = require('fs');
const os = require('os');
const path = require('path');
const file = path.join(os.tmpdir(), `pack-als-${process.pid}.txt`);
fs.writeFileSync(file, 'data');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = [];
// Each run's lines apart: the two runs interleave as their timers and reads complete.
const logs = { 1: [], 2: [] };
const seen = (where) => {
  const line = `${where}: ${JSON.stringify(als.getStore())} ${JSON.stringify(other.getStore())}`;
  const id = als.getStore()?.id;
  (logs[id] ?? log).push(line);
};
const emitter = new EventEmitter();
emitter.on('ping', () => seen('listener'));

seen('top');
const done = [];
for (const id of [1, 2]) {
  done.push(als.run({ id }, async () => {
    seen(`run ${id}`);
    await null;
    seen(`after await ${id}`);
    await new Promise((r) => setTimeout(r, 5 * id));
    seen(`after timeout ${id}`);
    let immediateRan;
    const immediate = new Promise((r) => { immediateRan = r; });
    other.run(`nested ${id}`, () => {
      setImmediate(() => { seen(`immediate ${id}`); immediateRan(); });
      process.nextTick(() => seen(`tick ${id}`));
    });
    queueMicrotask(() => seen(`microtask ${id}`));
    emitter.emit('ping');
    await immediate;
    await new Promise((r) => fs.readFile(file, () => { seen(`fs callback ${id}`); r(); }));
    await fs.promises.stat(file);
    seen(`after fs promise ${id}`);
    let n = 0;
    await new Promise((r) => { const iv = setInterval(() => { seen(`interval ${id}`); if (++n === 2) { clearInterval(iv); r(); } }, 1); });
    return als.getStore().id;
  }));
}
seen('after runs');
Promise.all(done).then((ids) => {
  seen('all done');
  log.push(`ids ${ids}`);
  als.run('outer', () => {
    als.exit(() => seen('exit'));
    seen('back from exit');
    const resource = new AsyncResource('thing');
    als.run('inner', () => resource.runInAsyncScope(() => seen('resource scope')));
    const snapshot = als.run('snap', () => AsyncLocalStorage.snapshot());
    snapshot(() => seen('snapshot'));
    const bound = als.run('bound', () => AsyncLocalStorage.bind(() => seen('bind')));
    bound();
  });
  als.enterWith('entered');
  seen('after enterWith');
  setTimeout(() => {
    seen('timer after enterWith');
    als.disable();
    seen('after disable');
    als.run('again', () => seen('run after disable'));
    fs.unlinkSync(file);
    for (const line of [...log, ...logs[1], ...logs[2]]) console.log(line);
  }, 10);
});
