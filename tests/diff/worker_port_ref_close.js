// MessagePort details: ref()/unref() and hasRef() deciding whether the loop waits, 'close' on
// both ends when either closes (also when the other end lives in a worker that exits),
// receiveMessageOnPort's result shape and its argument errors, onmessage = null stopping
// delivery, messages posted before the receiving end moved to a worker still arriving there.
const { Worker, MessageChannel, MessagePort, receiveMessageOnPort, isMainThread, workerData, parentPort } = require('worker_threads');

if (!isMainThread) {
  const { port, mode } = workerData;
  if (mode === 'drain') {
    const got = [];
    let m;
    while ((m = receiveMessageOnPort(port)) !== undefined) got.push(m.message);
    parentPort.postMessage(got);
    port.close();
  } else if (mode === 'hold') {
    port.on('message', (m) => port.postMessage(`echo ${m}`));
    parentPort.postMessage('holding');
  }
  return;
}

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

(async () => {
  const { port1, port2 } = new MessageChannel();
  console.log('hasRef fresh', port1.hasRef(), port2.hasRef());
  port1.on('message', () => {});
  console.log('hasRef with listener', port1.hasRef());
  port1.unref();
  console.log('hasRef after unref', port1.hasRef());
  port1.ref();
  console.log('hasRef after ref', port1.hasRef());
  const order = [];
  port1.on('close', () => order.push('port1 close'));
  port2.on('close', () => order.push('port2 close'));
  port2.close();
  await tick();
  console.log(order.sort(), port1.hasRef());

  const c = new MessageChannel();
  c.port1.postMessage({ a: 1 });
  const r = receiveMessageOnPort(c.port2);
  console.log('shape', Object.keys(r), r.message, Object.getPrototypeOf(r) === Object.prototype, receiveMessageOnPort(c.port2));
  for (const bad of [undefined, {}, 5, c]) {
    try { receiveMessageOnPort(bad); console.log('accepted'); } catch (e) { console.log('receiveMessageOnPort', e.name, e.code, e.message); }
  }
  const heard = [];
  c.port2.onmessage = (e) => heard.push(e.data);
  c.port1.postMessage('first');
  await tick();
  c.port2.onmessage = null;
  c.port1.postMessage('second');
  await tick();
  console.log('onmessage then null', heard, typeof c.port2.onmessage, c.port2.onmessage);
  c.port1.close();
  await tick();

  // Messages queued before the port moves go with it.
  const d = new MessageChannel();
  for (const n of [1, 2, 3]) d.port1.postMessage(n);
  const drain = new Worker(__filename, { workerData: { port: d.port2, mode: 'drain' }, transferList: [d.port2] });
  const closed = new Promise((res) => d.port1.once('close', res));
  const drainExit = new Promise((res) => drain.once('exit', res));
  console.log('drained in worker', await new Promise((res) => drain.once('message', res)));
  await closed;
  console.log('port1 closed after the worker closed its end');
  await drainExit;

  // A port whose other end is in a worker that is terminated.
  const e = new MessageChannel();
  const hold = new Worker(__filename, { workerData: { port: e.port2, mode: 'hold' }, transferList: [e.port2] });
  await new Promise((res) => hold.once('message', res));
  e.port1.postMessage('ping');
  console.log(await new Promise((res) => e.port1.once('message', res)));
  const closedToo = new Promise((res) => e.port1.once('close', () => res('port1 close after terminate')));
  console.log('terminate', await hold.terminate());
  console.log(await closedToo);

  try { e.port1.postMessage(); } catch (err) { console.log('no value', err.name, err.code, err.message); }
  console.log('post on closed returns', e.port1.postMessage('late'));
  console.log(typeof MessagePort.prototype.hasRef, port1 instanceof MessagePort);
  const unrefd = new MessageChannel();
  unrefd.port1.on('message', () => {});
  unrefd.port1.unref();
  console.log('end with an unref\'ed port listening');
})();
