// What cannot cross a thread: DataCloneError's name, code and message for functions, symbols,
// class instances losing their prototype, WeakMaps, proxies and errors with extra fields, on
// worker.postMessage, parentPort.postMessage, MessagePort and structuredClone; markAsUntransferable
// buffers (copied, not moved); transfer lists that are not arrays; the worker works on after.
const { Worker, isMainThread, parentPort, MessageChannel, markAsUntransferable } = require('worker_threads');

const show = (e) => `${e.constructor.name} ${e.name} ${e.code} ${e.message}`;
const values = () => [
  ['function', () => 1],
  ['symbol', Symbol('s')],
  ['nested function', { a: { b: [1, function named() {}] } }],
  ['weakmap', new WeakMap()],
  ['weakref', new WeakRef({})],
  ['promise', Promise.resolve(1)],
];

if (!isMainThread) {
  parentPort.on('message', (m) => {
    if (m === 'try') {
      const out = [];
      for (const [label, v] of values()) {
        try { parentPort.postMessage(v); out.push(`${label} sent`); } catch (e) { out.push(`${label}: ${show(e)}`); }
      }
      parentPort.postMessage(out);
    } else if (m && m.kind === 'shape') {
      const { v } = m;
      parentPort.postMessage([Object.getPrototypeOf(v.inst) === Object.prototype, v.inst, v.err instanceof RangeError, v.err.message, v.err.extra, v.err.cause, v.date instanceof Date, v.re.flags]);
    } else if (m === 'bye') {
      parentPort.close();
    }
  });
  return;
}

class Point { constructor() { this.x = 1; } get y() { return 2; } }

(async () => {
  for (const [label, v] of values()) {
    try { structuredClone(v); console.log(label, 'cloned'); } catch (e) { console.log('structuredClone', label, show(e)); }
  }
  const w = new Worker(__filename);
  const next = () => new Promise((resolve) => w.once('message', resolve));
  for (const [label, v] of values()) {
    try { w.postMessage(v); console.log(label, 'sent'); } catch (e) { console.log('worker.postMessage', label, show(e)); }
  }
  w.postMessage('try');
  console.log('from the worker:', await next());

  const err = new RangeError('bad range', { cause: 'the cause' });
  err.extra = 'dropped?';
  w.postMessage({ kind: 'shape', v: { inst: new Point(), err, date: new Date(0), re: /x/gi } });
  console.log('shapes:', await next());

  const { port1, port2 } = new MessageChannel();
  try { port1.postMessage({ f() {} }); } catch (e) { console.log('port.postMessage', show(e)); }
  for (const bad of [5, 'x', {}, [5], [{}]]) {
    try { port1.postMessage('v', bad); console.log('transfer', JSON.stringify(bad), 'accepted'); } catch (e) { console.log('transfer', JSON.stringify(bad), show(e)); }
  }
  for (const bad of [{ transfer: 5 }, { transfer: null }, { transfer: 'ab' }]) {
    try { port1.postMessage('v', bad); console.log('transfer option', JSON.stringify(bad), 'accepted'); } catch (e) { console.log('transfer option', JSON.stringify(bad), show(e)); }
  }
  for (const bad of [5, 'x', { transfer: 5 }, { transfer: {} }]) {
    try { structuredClone('v', bad); console.log('structuredClone options', JSON.stringify(bad), 'accepted'); } catch (e) { console.log('structuredClone options', JSON.stringify(bad), show(e)); }
  }

  const kept = new ArrayBuffer(4);
  markAsUntransferable(kept);
  console.log('markAsUntransferable returns', markAsUntransferable(new ArrayBuffer(1)));
  const viaSet = new ArrayBuffer(6);
  for (const [label, buf, list] of [['marked', kept, [kept, kept]], ['in a Set', viaSet, new Set([viaSet])]]) {
    try {
      port1.postMessage(buf, list);
      console.log(label, 'transferred', buf.byteLength);
    } catch (e) {
      console.log(label, show(e), buf.byteLength);
    }
  }
  try { const copy = structuredClone(kept, { transfer: [kept] }); console.log('structuredClone marked', copy.byteLength, kept.byteLength); } catch (e) { console.log('structuredClone marked', show(e), kept.byteLength); }
  const got = [];
  port2.on('message', (m) => got.push(m));
  port1.postMessage('still open');
  await new Promise((r) => setTimeout(r, 30));
  console.log('port2 got', got.length, got[got.length - 1]);
  port1.close();
  w.postMessage('bye');
  w.on('exit', (code) => console.log('worker exit', code));
})();
