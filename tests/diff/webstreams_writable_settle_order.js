// The order in which a WritableStream settles its promises (queued writes, ready, closed, abort,
// close) when aborted or errored in different states: idle, write in flight, close in flight,
// a sink abort that throws, controller.error during a write, and abort after close.
const log = (...args) => console.log(...args);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

function track(order, label, p) {
  p.then((v) => order.push(`${label} ok${v === undefined ? '' : ` ${v}`}`), (e) => order.push(`${label} err ${e?.message ?? e}`));
}

async function scenario(label, sink, hwm, act) {
  const order = [];
  const ws = new WritableStream({
    ...sink,
    abort: sink.abort && ((r) => { order.push(`sink abort ${r}`); return sink.abort(r); }),
    close: sink.close && (() => { order.push('sink close'); return sink.close(); }),
  }, { highWaterMark: hwm });
  const w = ws.getWriter();
  await wait(1);
  await act(w, order, ws);
  await wait(20);
  log(`${label}:`, order.join(' | '));
}

async function main() {
  await scenario('abort idle', { abort: () => {} }, 1, (w, o) => {
    track(o, 'abort', w.abort('R'));
    track(o, 'ready', w.ready);
    track(o, 'closed', w.closed);
  });
  await scenario('abort with write in flight', { write: () => wait(5), abort: () => {} }, 1, (w, o) => {
    track(o, 'w1', w.write(1));
    track(o, 'w2', w.write(2));
    track(o, 'abort', w.abort('R'));
    track(o, 'w3', w.write(3));
    track(o, 'ready', w.ready);
    track(o, 'closed', w.closed);
  });
  await scenario('abort with close in flight', { close: () => wait(5), abort: () => {} }, 1, (w, o) => {
    track(o, 'close', w.close());
    track(o, 'abort', w.abort('R'));
    track(o, 'closed', w.closed);
  });
  await scenario('abort with close queued', { write: () => wait(5), close: () => {}, abort: () => {} }, 1, (w, o) => {
    track(o, 'w1', w.write(1));
    track(o, 'close', w.close());
    track(o, 'abort', w.abort('R'));
    track(o, 'closed', w.closed);
  });
  await scenario('sink abort throws', { abort: () => { throw new Error('abort failed'); } }, 1, (w, o) => {
    track(o, 'abort', w.abort('R'));
    track(o, 'closed', w.closed);
  });
  await scenario('sink abort rejects later', { abort: () => wait(3).then(() => { throw new Error('late'); }) }, 1, (w, o) => {
    track(o, 'abort', w.abort('R'));
    track(o, 'abort again', w.abort('R2'));
    track(o, 'closed', w.closed);
  });
  let ctl;
  await scenario('error during write', { start: (c) => { ctl = c; }, write: () => { ctl.error(new Error('E')); return wait(2); }, abort: () => {} }, 2, (w, o) => {
    track(o, 'w1', w.write(1));
    track(o, 'w2', w.write(2));
    track(o, 'ready', w.ready);
    track(o, 'closed', w.closed);
  });
  await scenario('abort after close', { close: () => {}, abort: () => {} }, 1, async (w, o) => {
    await w.close();
    track(o, 'abort', w.abort('R'));
    track(o, 'closed', w.closed);
  });
  await scenario('close rejects', { close: () => Promise.reject(new Error('C')), abort: () => {} }, 1, (w, o) => {
    track(o, 'close', w.close());
    track(o, 'closed', w.closed);
    track(o, 'ready', w.ready);
  });
  await scenario('stream abort unlocked', { abort: () => {} }, 1, async (w, o, ws) => {
    w.releaseLock();
    track(o, 'abort', ws.abort('R'));
    track(o, 'close', ws.close());
  });
  await scenario('writer close on errored', { start: (c) => c.error(new Error('E0')) }, 1, (w, o) => {
    track(o, 'close', w.close());
    track(o, 'write', w.write(1));
    track(o, 'abort', w.abort('R'));
  });
}
main();
