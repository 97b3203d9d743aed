// Atomics across threads: workers block in Atomics.wait until the main thread stores and
// notifies; a timed wait times out; counts from notify; results read after every worker exits.
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');

if (isMainThread) {
  const shared = new SharedArrayBuffer(16);
  const flags = new Int32Array(shared);
  const results = [];
  let ready = 0;
  let exited = 0;
  const workers = [0, 1, 2].map((i) => {
    const w = new Worker(__filename, { workerData: { shared, i } });
    w.on('message', (m) => {
      if (m === 'waiting') {
        ready++;
        if (ready === 3) {
          // All three are about to wait (or waiting): wake them with the store.
          setTimeout(() => {
            Atomics.store(flags, 0, 1);
            let woken = 0;
            const wake = () => {
              woken += Atomics.notify(flags, 0);
              if (Atomics.load(flags, 1) < 3) setTimeout(wake, 5);
            };
            wake();
          }, 20);
        }
      } else {
        results.push(m);
      }
    });
    w.on('exit', () => {
      exited++;
      if (exited === 3) {
        results.sort();
        console.log(results, Atomics.load(flags, 1));
        console.log('timed wait', Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10));
        console.log('not equal', Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 10));
      }
    });
    return w;
  });
  console.log('started', workers.length);
} else {
  const flags = new Int32Array(workerData.shared);
  parentPort.postMessage('waiting');
  // Waits while the flag is still 0; 'not-equal' if the store came first.
  const outcome = Atomics.wait(flags, 0, 0, 5000);
  Atomics.add(flags, 1, 1);
  parentPort.postMessage(`worker ${workerData.i} ${outcome === 'timed-out' ? 'timed out' : 'woke'} flag=${Atomics.load(flags, 0)}`);
}
