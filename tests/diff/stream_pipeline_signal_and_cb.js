// stream/promises pipeline with an AbortSignal (already aborted, aborted mid-way, with reason),
// and the error for callback-style pipeline without a callback.
const { Readable, Writable, pipeline } = require('stream');
const sp = require('stream/promises');
const sink = () => new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
(async () => {
  try { pipeline(Readable.from([]), sink()); } catch (e) { console.log('no cb', e.code, e.message); }
  const ac = new AbortController(); ac.abort('why');
  try { await sp.pipeline(Readable.from(['x']), sink(), { signal: ac.signal }); console.log('pre-aborted resolved'); } catch (e) { console.log('pre-aborted', e.name, e.code, e.message, String(e.cause)); }
  const ac2 = new AbortController();
  const src = new Readable({ read() {} });
  setTimeout(() => ac2.abort(new Error('mid reason')), 5);
  try { await sp.pipeline(src, sink(), { signal: ac2.signal }); console.log('mid resolved'); } catch (e) { console.log('mid', e.name, e.code, e.message, String(e.cause), src.destroyed); }
  try { await sp.pipeline(Readable.from(['x']), sink(), { signal: 'bad' }); } catch (e) { console.log('bad signal', e.name, e.code, e.message); }
  try { await sp.finished(new Readable({ read() {} }), { signal: AbortSignal.abort() }); } catch (e) { console.log('finished aborted', e.name, e.code); }
})();
