// events.once / events.on with AbortSignal, errors, getEventListeners, setMaxListeners, addAbortListener.
const events = require('events');
const { EventEmitter, once, on, getEventListeners, setMaxListeners, getMaxListeners } = events;
const err = (label, e) => console.log(label, 'ERR', e.name, e.code, e.message, e.cause === undefined ? '' : String(e.cause));
(async () => {
  const e = new EventEmitter();
  setTimeout(() => e.emit('x', 1, 2), 1);
  console.log('once', await once(e, 'x'));
  setTimeout(() => e.emit('error', new Error('bad')), 1);
  try { await once(e, 'x'); } catch (x) { err('once error', x); }
  console.log('listeners left', e.listenerCount('x'), e.listenerCount('error'));
  setTimeout(() => e.emit('error', new Error('err evt')), 1);
  console.log('once error event', (await once(e, 'error'))[0].message);
  const ac = new AbortController();
  const p = once(e, 'y', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (x) { err('once aborted', x); }
  const ac2 = new AbortController();
  const p2 = once(e, 'y', { signal: ac2.signal });
  ac2.abort(new TypeError('why'));
  try { await p2; } catch (x) { err('once aborted reason', x); }
  try { await once(e, 'y', { signal: AbortSignal.abort('pre') }); } catch (x) { err('once pre-aborted', x); }
  try { await once(e, 'y', { signal: 'nope' }); } catch (x) { err('once bad signal', x); }
  try { await once(null, 'y'); } catch (x) { err('once bad emitter', x); }
  console.log('after aborts', e.listenerCount('y'), e.listenerCount('error'));
  // once on an EventTarget
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et, 'ping');
  console.log('et once', ev.type, ev.constructor.name);
  // on(): async iterator
  const e2 = new EventEmitter();
  setTimeout(() => { e2.emit('d', 'a'); e2.emit('d', 'b', 'c'); e2.emit('d', 'end'); }, 1);
  for await (const args of on(e2, 'd')) {
    console.log('on got', args);
    if (args[0] === 'end') break;
  }
  console.log('on cleaned', e2.listenerCount('d'), e2.listenerCount('error'));
  const e3 = new EventEmitter();
  setTimeout(() => { e3.emit('d', 1); e3.emit('error', new Error('iter err')); }, 1);
  try { for await (const args of on(e3, 'd')) console.log('on3', args); } catch (x) { err('on error', x); }
  const ac3 = new AbortController();
  const e4 = new EventEmitter();
  setTimeout(() => { e4.emit('d', 1); ac3.abort(); }, 1);
  try { for await (const args of on(e4, 'd', { signal: ac3.signal })) console.log('on4', args); } catch (x) { err('on abort', x); }
  try { on(e4, 'd', { signal: AbortSignal.abort() }); console.log('on pre-aborted returned'); } catch (x) { err('on pre-aborted sync', x); }
  try { on(e4, 'd', { signal: 1 }); } catch (x) { err('on bad signal', x); }
  const it = on(e4, 'd');
  e4.emit('d', 'queued1'); e4.emit('d', 'queued2');
  console.log('next', await it.next(), await it.next());
  console.log('return', await it.return(), await it.next());
  // getEventListeners / setMaxListeners
  const em = new EventEmitter();
  const f = () => {};
  em.on('a', f); em.once('a', f);
  console.log('gel ee', getEventListeners(em, 'a').length, getEventListeners(em, 'a')[1] === f);
  const t = new EventTarget();
  const g = () => {};
  t.addEventListener('a', g); t.addEventListener('a', g); t.addEventListener('a', { handleEvent() {} });
  console.log('gel et', getEventListeners(t, 'a').length, getEventListeners(t, 'b'));
  try { getEventListeners({}, 'a'); } catch (x) { err('gel bad', x); }
  setMaxListeners(3, em, t);
  console.log('setMax', em.getMaxListeners());
  try { setMaxListeners(-1); } catch (x) { err('setMax neg', x); }
  if (events.addAbortListener) {
    const ac4 = new AbortController();
    const disp = events.addAbortListener(ac4.signal, (ev) => console.log('abort listener', ev.type));
    console.log('disposable', typeof disp[Symbol.dispose]);
    ac4.abort();
    try { events.addAbortListener(ac4.signal, 'x'); } catch (x) { err('addAbortListener bad fn', x); }
    events.addAbortListener(AbortSignal.abort(), () => console.log('called for already aborted'));
  }
})();
