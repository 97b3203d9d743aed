// MessageChannel and MessagePort in one thread and across workers (ports in workerData and in
// messages), receiveMessageOnPort, onmessage, close events, BroadcastChannel across threads,
// structuredClone of ports, and the errors of untransferred or self-transferred ports.
const { Worker, MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  (async () => {
    // In one thread.
    const { port1, port2 } = new MessageChannel();
    console.log(port1 instanceof MessagePort, typeof port1.postMessage);
    port2.postMessage({ hello: 1 });
    console.log('receiveMessageOnPort', receiveMessageOnPort(port1), receiveMessageOnPort(port1));
    await new Promise((resolve) => {
      port1.on('message', (m) => {
        console.log('port1 got', m);
        port1.close();
      });
      port1.on('close', () => { console.log('port1 close'); resolve(); });
      port2.on('close', () => console.log('port2 close'));
      port2.postMessage(['two', new Map([[1, 2]])]);
    });
    await new Promise((r) => setImmediate(r));
    // A port sent to a worker.
    const channel = new MessageChannel();
    const w = new Worker(__filename, { workerData: { port: channel.port2 }, transferList: [channel.port2] });
    await new Promise((resolve) => {
      channel.port1.on('message', (m) => {
        console.log('from worker over the port', m);
        if (m === 'done') { channel.port1.close(); resolve(); } else channel.port1.postMessage(m + 1);
      });
      channel.port1.postMessage(1);
    });
    // A port sent in a message, and onmessage.
    const second = new MessageChannel();
    w.postMessage({ port: second.port1 }, [second.port1]);
    await new Promise((resolve) => {
      second.port2.onmessage = (event) => {
        console.log('onmessage', event.data, event instanceof MessageEvent);
        second.port2.close();
        resolve();
      };
    });
    // BroadcastChannel across threads.
    const bc = new BroadcastChannel('news');
    await new Promise((resolve) => {
      bc.onmessage = (event) => {
        console.log('broadcast got', event.data);
        bc.close();
        resolve();
      };
      w.postMessage('broadcast');
    });
    try { new MessagePort(); } catch (e) { console.log(e.name, e.code, e.message); }
    try { const c = new MessageChannel(); c.port1.postMessage(1, [c.port1]); } catch (e) { console.log(e.name, e.message); }
    try { structuredClone(new MessageChannel().port1); } catch (e) { console.log(e.name, e.code, e.message); }
    const moved = new MessageChannel();
    const copy = structuredClone({ port: moved.port1 }, { transfer: [moved.port1] });
    copy.port.on('message', (m) => { console.log('moved port got', m); copy.port.close(); });
    moved.port2.postMessage('to the moved port');
    await new Promise((resolve) => copy.port.once('close', resolve));
    await w.terminate();
    console.log('end');
  })();
} else {
  const { port } = workerData;
  port.on('message', (n) => port.postMessage(n < 3 ? n : 'done'));
  parentPort.on('message', (m) => {
    if (m === 'broadcast') {
      const bc = new BroadcastChannel('news');
      bc.postMessage({ from: 'worker' });
      bc.close();
      return;
    }
    m.port.postMessage('hello through a sent port');
  });
}
