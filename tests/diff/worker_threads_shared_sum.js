// Four workers summing a SharedArrayBuffer with Atomics.add; the parent checks the total.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
if (isMainThread) {
  const n = 4;
  const size = 1 << 16;
  const shared = new SharedArrayBuffer(4 * (size + 2));
  const data = new Int32Array(shared);
  for (let i = 0; i < size; i++) data[i + 2] = i % 1000;
  let done = 0;
  const exits = [];
  const partials = [];
  for (let k = 0; k < n; k++) {
    const w = new Worker(__filename, { workerData: { shared, k, n, size } });
    w.on('message', (m) => {
      partials[k] = m;
      if (++done === n) {
        console.log('partials', partials);
        console.log('total', Atomics.load(data, 0), partials.reduce((a, b) => a + b, 0));
        console.log('notified', Atomics.load(data, 1));
      }
    });
    w.on('exit', (code) => {
      exits[k] = code;
      if (exits.filter((c) => c !== undefined).length === n) console.log('exit codes', exits);
    });
  }
} else {
  const { shared, k, n, size } = workerData;
  const data = new Int32Array(shared);
  let sum = 0;
  for (let i = k; i < size; i += n) sum += data[i + 2];
  Atomics.add(data, 0, sum);
  Atomics.add(data, 1, 1);
  parentPort.postMessage(sum);
}
