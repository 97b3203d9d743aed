// Worker threads: Atomics.wait woken by the parent, terminate (busy and idle), an uncaught
// error, process.exit, eval, messages with transfer lists, argument checks.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const steps = [];
const step = (name, fn) => steps.push([name, fn]);
if (isMainThread) {
  step('wait/notify', () => new Promise((resolve) => {
    const shared = new SharedArrayBuffer(8);
    const flag = new Int32Array(shared);
    const w = new Worker(__filename, { workerData: { role: 'waiter', shared } });
    w.on('message', (m) => {
      if (m === 'waiting') {
        Atomics.store(flag, 0, 42);
        console.log('woke', Atomics.notify(flag, 0, 1) >= 0);
      } else console.log('waiter said', m);
    });
    w.on('exit', (code) => resolve(console.log('exit', code)));
  }));
  step('terminate a busy worker', () => new Promise((resolve) => {
    const w = new Worker(__filename, { workerData: { role: 'busy' } });
    w.on('message', async () => {
      const code = await w.terminate();
      resolve(console.log('terminate resolved', code));
    });
    w.on('exit', (code) => console.log('exit', code));
  }));
  step('terminate an idle worker', () => new Promise((resolve) => {
    const w = new Worker(__filename, { workerData: { role: 'idle' } });
    w.on('online', () => w.terminate().then((code) => resolve(console.log('terminated with', code))));
    w.on('exit', (code) => console.log('exit', code));
  }));
  step('uncaught error', () => new Promise((resolve) => {
    const w = new Worker(__filename, { workerData: { role: 'throws' } });
    w.on('error', (err) => console.log('error event', err instanceof Error, err.name, err.message));
    w.on('exit', (code) => resolve(console.log('exit', code)));
  }));
  step('process.exit', () => new Promise((resolve) => {
    const w = new Worker(__filename, { workerData: { role: 'exits' } });
    w.on('exit', (code) => resolve(console.log('exit', code)));
  }));
  step('eval', () => new Promise((resolve) => {
    const w = new Worker('const { parentPort, workerData } = require("worker_threads"); parentPort.postMessage(workerData * 2);', { eval: true, workerData: 21 });
    w.on('message', (m) => console.log('eval said', m));
    w.on('exit', (code) => resolve(console.log('exit', code)));
  }));
  step('echo with transfer', () => new Promise((resolve) => {
    const w = new Worker(__filename, { workerData: { role: 'echo' } });
    const buffer = new ArrayBuffer(16);
    new Uint8Array(buffer).fill(7);
    w.postMessage({ buffer, when: new Date(0), map: new Map([[1, 'a']]) }, [buffer]);
    console.log('sender buffer after transfer', buffer.byteLength);
    w.on('message', (m) => {
      console.log('echo', m.buffer.byteLength, new Uint8Array(m.buffer)[3], m.when.toISOString(), m.map.get(1));
      w.terminate();
    });
    w.on('exit', (code) => resolve(console.log('exit', code)));
  }));
  step('bad arguments', () => {
    for (const attempt of [() => new Worker('relative.js'), () => new Worker(5), () => new Worker(__filename, { argv: 5 })]) {
      try {
        attempt();
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
    }
    const w = new Worker(__filename, { workerData: { role: 'idle' } });
    try {
      w.postMessage(() => 1);
    } catch (e) {
      console.log(e.name, e.message);
    }
    return w.terminate();
  });
  (async () => {
    for (const [name, fn] of steps) {
      console.log(`-- ${name}`);
      await fn();
    }
  })();
} else {
  const { role, shared } = workerData;
  if (role === 'waiter') {
    const flag = new Int32Array(shared);
    parentPort.postMessage('waiting');
    // The main thread may store before this thread waits: then there is nothing to wait for.
    while (Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0, 10000);
    parentPort.postMessage(`woken with ${Atomics.load(flag, 0)}`);
  } else if (role === 'busy') {
    parentPort.postMessage('spinning');
    for (;;);
  } else if (role === 'idle') {
    parentPort.on('message', () => {});
  } else if (role === 'throws') {
    throw new RangeError('from the worker');
  } else if (role === 'exits') {
    process.on('exit', (code) => parentPort.postMessage(`exiting ${code}`));
    process.exit(3);
  } else if (role === 'echo') {
    parentPort.on('message', (m) => parentPort.postMessage(m, [m.buffer]));
  }
}
