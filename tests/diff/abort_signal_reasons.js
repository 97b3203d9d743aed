// AbortController/AbortSignal: reasons of every kind, throwIfAborted, any(), timeout(), onabort,
// event details, with timers/promises consumers.
const tp = require('timers/promises');
const util = require('util');
const show = (label, fn) => { try { const r = fn(); console.log(label, r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message, e instanceof DOMException); } };
show('default reason', () => { const ac = new AbortController(); ac.abort(); const r = ac.signal.reason; return [r.name, r.code, r.message, r instanceof DOMException, r instanceof Error]; });
for (const reason of [undefined, null, 0, '', 'str', 42, { obj: 1 }, new TypeError('te'), Symbol.for('sym')]) {
  show('reason ' + String(typeof reason === 'symbol' ? 'symbol' : JSON.stringify(reason)), () => { const ac = new AbortController(); ac.abort(reason); const r = ac.signal.reason; return [typeof r, r === reason || (reason === undefined && r instanceof DOMException), ac.signal.aborted]; });
}
show('abort twice keeps first', () => { const ac = new AbortController(); ac.abort('first'); ac.abort('second'); return ac.signal.reason; });
show('event once', () => { const ac = new AbortController(); let n = 0; let ev; ac.signal.addEventListener('abort', (e) => { n++; ev = e; }); ac.signal.onabort = () => n++; ac.abort(); ac.abort(); return [n, ev.type, ev.target === ac.signal, ev.constructor.name]; });
show('throwIfAborted', () => { const ac = new AbortController(); ac.signal.throwIfAborted(); ac.abort('why'); try { ac.signal.throwIfAborted(); } catch (e) { return e; } });
show('throwIfAborted default', () => { try { AbortSignal.abort().throwIfAborted(); } catch (e) { return [e.name, e.message]; } });
show('AbortSignal.abort', () => [AbortSignal.abort().aborted, AbortSignal.abort('r').reason]);
show('any', () => { const a = new AbortController(); const b = new AbortController(); const s = AbortSignal.any([a.signal, b.signal]); b.abort('from b'); a.abort('from a'); return [s.aborted, s.reason]; });
show('any pre-aborted', () => AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]).reason);
show('any empty', () => AbortSignal.any([]).aborted);
show('timeout bad type', () => AbortSignal.timeout('5'));
show('toString', () => [Object.prototype.toString.call(new AbortController()), Object.prototype.toString.call(new AbortController().signal)]);
show('abort this', () => { const ac = new AbortController(); const f = ac.abort; try { f(); } catch (e) { return [e.name, e.code]; } });
(async () => {
  const s = AbortSignal.timeout(5);
  try { await tp.setTimeout(1000, null, { signal: s }); } catch (e) { console.log('timeout', e.name, e.code, e.cause && [e.cause.name, e.cause.code, e.cause.message]); }
  console.log('timeout reason', s.reason.name, s.reason.code, s.reason.message);
  const ac = new AbortController();
  const waits = [tp.setTimeout(1000, 'a', { signal: ac.signal }), tp.setImmediate('b', { signal: ac.signal }), tp.scheduler.wait(1000, { signal: ac.signal })];
  ac.abort(new RangeError('many'));
  for (const r of await Promise.allSettled(waits)) console.log('settled', r.status, r.value, r.reason && [r.reason.name, r.reason.cause && r.reason.cause.message]);
  const ac2 = new AbortController();
  const any = AbortSignal.any([ac2.signal, AbortSignal.timeout(1000)]);
  setTimeout(() => ac2.abort('manual'), 2);
  try { await tp.setTimeout(1000, null, { signal: any }); } catch (e) { console.log('any consumer', e.name, e.cause); }
})();
