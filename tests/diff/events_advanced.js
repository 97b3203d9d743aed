// events.on, events.once with signals and EventTargets, captureRejections, static helpers.
const events = require('events');
const { EventEmitter, on, once } = events;
const e = new EventEmitter();
(async () => {
  setTimeout(() => {
    e.emit('data', 1);
    e.emit('data', 2, 'two');
    e.emit('data', 3);
  }, 1);
  let n = 0;
  for await (const args of on(e, 'data')) {
    console.log('on yielded', args);
    if (++n === 3) break;
  }
  console.log('listeners after break', e.listenerCount('data'), e.listenerCount('error'));
  const ac = new AbortController();
  setTimeout(() => ac.abort('stop'), 1);
  try {
    for await (const args of on(e, 'never', { signal: ac.signal })) console.log(args);
  } catch (err) {
    console.log(err.name, err.code, err.cause);
  }
  setTimeout(() => e.emit('error', new Error('emitted error')), 1);
  try {
    await once(e, 'ready');
  } catch (err) {
    console.log('once rejected', err.message);
  }
  const target = new EventTarget();
  setTimeout(() => target.dispatchEvent(new Event('ping')), 1);
  const [event] = await once(target, 'ping');
  console.log('once on EventTarget', event.type);
  try {
    await once(e, 'x', { signal: AbortSignal.abort() });
  } catch (err) {
    console.log('pre-aborted', err.name);
  }
  const capturing = new EventEmitter({ captureRejections: true });
  capturing.on('error', (err) => console.log('captured rejection', err.message));
  capturing.on('evt', async () => {
    throw new Error('async listener failed');
  });
  capturing.emit('evt');
  await new Promise((r) => setTimeout(r, 5));
  const custom = new EventEmitter({ captureRejections: true });
  custom[Symbol.for('nodejs.rejection')] = (err, name) => console.log('custom rejection handler', err.message, name);
  custom.on('go', async () => {
    throw new Error('custom');
  });
  custom.emit('go');
  await new Promise((r) => setTimeout(r, 5));
  const a = new EventEmitter();
  const b = new EventEmitter();
  events.setMaxListeners(3, a, b);
  console.log(a.getMaxListeners(), b.getMaxListeners(), events.getMaxListeners(a), events.defaultMaxListeners);
  a.on('x', () => {});
  console.log(events.getEventListeners(a, 'x').length, EventEmitter.listenerCount(a, 'x'), typeof events.errorMonitor);
  try {
    new EventEmitter({ captureRejections: 'yes' });
  } catch (err) {
    console.log(err.code);
  }
  try {
    a.setMaxListeners(-1);
  } catch (err) {
    console.log(err.code, err.message);
  }
  const ac2 = new AbortController();
  events.addAbortListener(ac2.signal, () => console.log('abort listener ran'));
  ac2.abort();
})();
