// What a postMessage to a worker copies, moves and shares: transferred ArrayBuffers are
// detached here and arrive whole, views over them too; SharedArrayBuffers are shared; ports
// move; listing a buffer twice or a non-transferable is an error; the worker echoes shapes.
const { Worker, isMainThread, parentPort, MessageChannel } = require('worker_threads');

if (isMainThread) {
  const worker = new Worker(__filename);
  const moved = new ArrayBuffer(8);
  new Uint8Array(moved).set([1, 2, 3, 4, 5, 6, 7, 8]);
  const view = new Uint16Array(moved, 2, 2);
  const shared = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  // The port and the worker's own channel are apart (in Node too): both shown at the exit.
  let viaPort;
  port1.on('message', (m) => {
    viaPort = m;
    port1.close();
  });
  worker.postMessage({ moved, view, shared, copied: new Uint8Array([9, 9]), port: port2 }, [moved, port2]);
  console.log('after post', moved.byteLength, view.length, shared.byteLength);
  for (const [label, list] of [['twice', [new ArrayBuffer(1), 'x']], ['duplicate', (() => { const b = new ArrayBuffer(1); return [b, b]; })()], ['not transferable', [{}]]]) {
    try {
      worker.postMessage('x', list);
      console.log(label, 'posted');
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
  let saw;
  worker.on('message', (m) => {
    saw = m;
    worker.terminate();
  });
  worker.on('exit', () => {
    console.log('worker saw', saw);
    console.log('shared now', new Int32Array(shared)[0]);
    setTimeout(() => console.log('via moved port', viaPort), 50);
  });
} else {
  let first = true;
  parentPort.on('message', (m) => {
    if (!first) return;
    first = false;
    Atomics.store(new Int32Array(m.shared), 0, 77);
    m.port.postMessage('hello from the worker');
    m.port.close();
    parentPort.postMessage({
      moved: [...new Uint8Array(m.moved)],
      view: [m.view.constructor.name, m.view.byteOffset, [...m.view].length, m.view.buffer === m.moved],
      copied: [...m.copied],
      shared: m.shared instanceof SharedArrayBuffer,
    });
  });
}
