// How workers end: errors thrown later (timers, promises) and their properties in the parent's
// 'error' event, thrown non-Errors, uncaughtException handled inside the worker, process.exit
// and exitCode from 'exit' handlers, terminate() called twice and after the end, ref/unref.
const { Worker } = require('worker_threads');

const describe = (e) => {
  if (e instanceof Error) return `${e.constructor.name}(${e.name}: ${e.message}) code=${e.code} extra=${e.extra}`;
  return `${typeof e} ${JSON.stringify(e)}`;
};

function run(label, code, after) {
  return new Promise((resolve) => {
    const w = new Worker(code, { eval: true });
    const events = [];
    w.on('message', (m) => events.push(`message ${JSON.stringify(m)}`));
    w.on('error', (e) => events.push(`error ${describe(e)}`));
    w.on('exit', (c) => {
      events.push(`exit ${c}`);
      console.log(label.padEnd(22), events.join(' | '));
      resolve(w);
    });
    if (after) after(w);
  });
}

(async () => {
  await run('timer throw', "setTimeout(() => { const e = new TypeError('later'); e.code = 'E_LATE'; e.extra = 5; throw e; }, 10)");
  await run('throw object', "throw { plain: 'object' }");
  await run('throw null', 'throw null');
  await run('throw number', 'throw 42');
  await run('throw custom class', "class MyErr extends Error { constructor() { super('mine'); this.name = 'MyErr'; } } throw new MyErr()");
  await run('async rejection', "(async () => { await null; throw new SyntaxError('async fn'); })()");
  await run('handled uncaught', "const { parentPort } = require('worker_threads'); process.on('uncaughtException', (e) => parentPort.postMessage('caught ' + e.message)); setTimeout(() => { throw new Error('boom') }, 1); setTimeout(() => parentPort.postMessage('still alive'), 20)");
  await run('exit handler', "const { parentPort } = require('worker_threads'); process.on('exit', (c) => { parentPort.postMessage('exit handler ' + c); process.exitCode = 9; }); process.exitCode = 4");
  await run('exit in handler', "process.on('exit', () => process.exit(11)); process.exit(2)");
  await run('exit in timer', "setTimeout(() => process.exit(5), 5); setInterval(() => {}, 1000)");
  await run('exit after message', "const { parentPort } = require('worker_threads'); parentPort.postMessage('a'); parentPort.postMessage('b'); process.exit(0)");
  await run('beforeExit', "const { parentPort } = require('worker_threads'); let n = 0; process.on('beforeExit', () => { if (n++ < 2) setTimeout(() => parentPort.postMessage('tick ' + n), 1); })");

  // terminate() twice, and after the end.
  const w = new Worker('setInterval(() => {}, 1000)', { eval: true });
  await new Promise((r) => w.once('online', r));
  const [a, b] = await Promise.all([w.terminate(), w.terminate()]);
  console.log('terminate twice', a, b, 'after', await w.terminate(), w.threadId);

  // An unref'ed worker does not hold the loop; ref() again does.
  const held = new Worker("setTimeout(() => require('worker_threads').parentPort.postMessage('held done'), 50)", { eval: true });
  held.unref();
  held.ref();
  held.on('message', (m) => console.log(m));
  await new Promise((r) => held.once('exit', r));
  const loose = new Worker('setInterval(() => {}, 1000)', { eval: true });
  loose.unref();
  loose.on('exit', () => console.log('never printed'));
  process.on('exit', () => console.log('main exits with the unref\'ed worker running'));
})();
