// When pipeline() and finished() call back, counted in ticks: after 'close' for streams that
// will close, at 'end'/'finish' for those that will not, at once on errors; a source closed
// late (Readable.from) holds a successful pipeline back but not a failed one.
const { pipeline, finished, Readable, Writable, Transform, PassThrough } = require('stream');

let tick = 0;
const log = (...a) => console.log(tick, ...a);
(function count() {
  if (tick < 60) {
    tick++;
    process.nextTick(count);
  }
})();

for (const fail of [false, true]) {
  const r = Readable.from(['a', 'b', 'c']);
  const t = new Transform({
    transform(chunk, enc, cb) {
      cb(null, chunk);
    },
    flush(cb) {
      cb(fail ? new Error('flush failed') : null);
    },
  });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  for (const [n, s] of [['r', r], ['t', t], ['w', w]]) {
    for (const ev of ['end', 'finish', 'close', 'error']) s.on(ev, () => log(fail, n, ev));
  }
  pipeline(r, t, w, (err) => log('pipeline', fail, err ? err.message : 'ok'));
}

// finished() on streams that close, that do not (emitClose: false), and on a plain emitter.
const closing = new Readable({ read() {} });
finished(closing, (err) => log('finished closing', err ?? 'ok'));
closing.push('x');
closing.push(null);
closing.resume();

const quiet = new Readable({ read() {}, emitClose: false });
finished(quiet, (err) => log('finished quiet', err ?? 'ok'));
quiet.push(null);
quiet.resume();

const noAutoDestroy = new Writable({ write(c, e, cb) { cb(); }, autoDestroy: false });
finished(noAutoDestroy, (err) => log('finished no auto destroy', err ?? 'ok'));
noAutoDestroy.end('y');

const destroyedEarly = new PassThrough();
finished(destroyedEarly, (err) => log('finished destroyed early', err ? err.code : 'ok'));
destroyedEarly.destroy();

// A pipeline whose last stage is an async function: its value comes with the callback.
pipeline(
  Readable.from([1, 2, 3]),
  async function sum(source) {
    let total = 0;
    for await (const n of source) total += n;
    return total;
  },
  (err, value) => log('pipeline to function', err ?? 'ok', value),
);
