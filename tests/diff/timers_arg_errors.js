// Timer functions validate their callbacks and delays with Node's errors.
const timers = require('timers');
const tp = require('timers/promises');
const attempts = {
  setTimeoutString: () => setTimeout('code', 1),
  setIntervalNull: () => setInterval(null, 1),
  setImmediateNumber: () => setImmediate(3),
  queueMicrotaskObject: () => queueMicrotask({}),
  timersSetTimeout: () => timers.setTimeout(undefined),
  clearTimeoutJunk: () => clearTimeout('not a timer'),
  clearIntervalNull: () => clearInterval(null),
};
for (const [name, f] of Object.entries(attempts)) {
  try {
    console.log(name, 'ok', f());
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
(async () => {
  for (const [name, f] of [
    ['promises setTimeout bad options', () => tp.setTimeout(1, 'v', 'opts')],
    ['promises setTimeout bad ref', () => tp.setTimeout(1, 'v', { ref: 'yes' })],
    ['promises setTimeout bad signal', () => tp.setTimeout(1, 'v', { signal: {} })],
    ['promises setImmediate bad options', () => tp.setImmediate('v', 5)],
    ['promises setTimeout aborted', () => tp.setTimeout(1, 'v', { signal: AbortSignal.abort('why') })],
  ]) {
    try {
      console.log(name, 'ok', await f());
    } catch (e) {
      console.log(name, e.name, e.code, e.message, e.cause);
    }
  }
  const delays = [];
  for (const d of [-5, NaN, '2', 2 ** 31, 1.7]) {
    const start = Date.now();
    await new Promise((resolve) => setTimeout(resolve, d));
    delays.push(Date.now() - start < 500);
  }
  console.log('odd delays run soon', delays);
})();
