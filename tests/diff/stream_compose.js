// stream.compose, readable.compose and Duplex.from over generators, pairs, promises, iterables and Blobs; Readable.wrap; their errors.
const { Readable, compose, Transform, Writable, PassThrough, Duplex, pipeline } = require('stream');
(async () => {
  const c = Readable.from([1, 2]).compose(async function* (s) { for await (const x of s) yield x * 3; });
  console.log(c.constructor.name, c instanceof Duplex, c.readableObjectMode, c.writable);
  console.log('composed', await c.toArray());
  const d = compose(async function* (s) { for await (const x of s) yield String(x).toUpperCase(); }, new Transform({ transform(c, e, cb) { cb(null, c + '!'); } }));
  console.log(d.constructor.name, d.writable, d.readable, d.writableObjectMode, d.readableObjectMode);
  d.on('data', (x) => console.log('d data', String(x)));
  await new Promise((resolve) => { d.on('end', () => { console.log('d end'); resolve(); }); d.write('a'); d.end('b'); });
  for (const args of [[], [new PassThrough(), 5], [5]]) {
    try { compose(...args); } catch (e) { console.log(e.code, e.message); }
  }
  try { Readable.from([1]).compose(5); } catch (e) { console.log(e.code, e.message); }
  console.log('one', compose(new PassThrough()).constructor.name);
  const w = compose(new PassThrough(), new Writable({ write(c, e, cb) { console.log('w got', String(c)); cb(); } }));
  console.log('w', w.readable, w.writable);
  await new Promise((resolve) => { w.on('finish', () => { console.log('w finish'); resolve(); }); w.end('z'); });
  const up = compose(new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } }), new Transform({ transform(c, e, cb) { cb(null, `[${c}]`); } }));
  const out = [];
  await new Promise((resolve, reject) => pipeline(Readable.from(['ab', 'cd'], { objectMode: false }), up, new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }), (err) => (err ? reject(err) : resolve())));
  console.log('pipeline through compose', out);
  const bad = compose(new PassThrough(), new Transform({ transform(c, e, cb) { cb(new Error('inner fail')); } }));
  bad.on('error', (e) => console.log('composed error', e.message));
  bad.on('close', () => console.log('composed close', bad.destroyed));
  bad.write('x');
  await new Promise((r) => setTimeout(r, 10));
  const fromPromise = Duplex.from(Promise.resolve('value'));
  console.log('from promise', await fromPromise.toArray());
  const fromIter = Duplex.from(['i1', 'i2']);
  console.log('from iterable', fromIter.writable, await fromIter.toArray());
  const pair = Duplex.from({ readable: Readable.from(['r1']), writable: new Writable({ write(c, e, cb) { console.log('pair wrote', String(c)); cb(); } }) });
  pair.write('pw');
  console.log('from pair', await pair.toArray());
  const gen = Duplex.from(async function* (source) { for await (const chunk of source) yield `<${chunk}>`; });
  gen.write('g1'); gen.end('g2');
  console.log('from generator', await gen.toArray());
  const sink = Duplex.from(async function (source) { for await (const chunk of source) console.log('sink got', chunk); });
  sink.on('finish', () => console.log('sink finish'));
  sink.end('s1');
  await new Promise((r) => setTimeout(r, 10));
  try { Duplex.from(() => 5); } catch (e) { console.log(e.code, e.message); }
  const blob = Duplex.from(new Blob(['blob text']));
  console.log('from blob', Buffer.from((await blob.toArray())[0]).toString());
  const EventEmitter = require('events');
  const old = new EventEmitter();
  old.pause = () => console.log('old paused');
  old.resume = () => console.log('old resumed');
  old.custom = function custom() { return 'custom called'; };
  const wrapped = new Readable({ highWaterMark: 1, objectMode: true }).wrap(old);
  console.log('wrapped custom', typeof wrapped.custom);
  old.emit('data', 'w1');
  old.emit('data', 'w2');
  old.emit('end');
  console.log('wrapped', await wrapped.toArray());
  const staticWrapped = Readable.wrap(Object.assign(new EventEmitter(), { objectMode: false }));
  console.log('static wrap', staticWrapped.readableObjectMode);
  try { Duplex.from(async function () { return 5; }).end('x'); } catch (e) { console.log(e.code); }
})();
