// Workers from code (eval), with argv and names; a worker that throws (error event with the
// error's class and message, exit code 1), process.exit with a code, and an unserialisable
// message. The parent keeps running through all of them.
const { Worker } = require('worker_threads');

function run(label, code, options = {}) {
  return new Promise((resolve) => {
    const worker = new Worker(code, { eval: true, ...options });
    // 'online' and messages travel on different ports (in Node too): shown apart.
    const events = [];
    let online = false;
    worker.on('online', () => {
      online = true;
    });
    worker.on('message', (m) => events.push(`message ${JSON.stringify(m)}`));
    worker.on('error', (e) => events.push(`error ${e.constructor.name} ${e.message}`));
    worker.on('exit', (code) => {
      events.push(`exit ${code}`);
      console.log(label, `online=${online}`, events.join(' | '));
      resolve();
    });
  });
}

(async () => {
  await run('argv', "require('worker_threads').parentPort.postMessage(process.argv.slice(2))", { argv: ['a', 1, true] });
  await run('threadId', "const w = require('worker_threads'); w.parentPort.postMessage([w.isMainThread, w.threadId > 0, typeof w.workerData])", { workerData: { x: 1 } });
  await run('throws', 'throw new RangeError("out of range in worker")');
  await run('throws string', 'throw "plain string"');
  await run('exit code', 'process.exitCode = 3');
  await run('process.exit', 'process.exit(7); console.log("not reached")');
  await run('unserialisable', "try { require('worker_threads').parentPort.postMessage(() => 1) } catch (e) { require('worker_threads').parentPort.postMessage(e.name + ': ' + e.message) }");
  await run('syntax error', 'this is not javascript');
  await run('unhandled rejection', 'Promise.reject(new TypeError("rejected in worker"))');
  console.log('parent still running');
})();
