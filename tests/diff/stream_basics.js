// Streams: Readable push/read/flowing, Writable backpressure, Transform, pipe and pipeline.
const { Readable, Writable, Transform, PassThrough, pipeline, finished, Duplex } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({ read() {} });
r.on('data', (c) => log('data', c.toString()));
r.on('end', () => log('end'));
r.on('close', () => log('close'));
r.push('a');
r.push('b');
r.push(null);
log('sync after push');
const out = [];
const w = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) {
    out.push(chunk.toString());
    setImmediate(cb);
  },
});
log('write returns', w.write('ab'), w.write('cd'), w.writableLength, w.writableNeedDrain);
w.on('drain', () => log('drain', out));
w.on('finish', () => log('finish', out));
w.end('ef', () => log('end callback'));
const upper = new Transform({
  transform(chunk, enc, cb) {
    cb(null, chunk.toString().toUpperCase());
  },
  flush(cb) {
    this.push('!');
    cb();
  },
});
const collected = [];
const sink = new Writable({
  write(chunk, enc, cb) {
    collected.push(chunk.toString());
    cb();
  },
});
pipeline(Readable.from(['x', 'y', 'z']), upper, sink, (err) => log('pipeline done', err, collected));
const paused = new Readable({ read() {} });
paused.push('p1');
paused.push('p2');
paused.push(null);
paused.on('readable', () => {
  let chunk;
  while ((chunk = paused.read()) !== null) log('readable read', chunk.toString());
});
paused.on('end', () => log('paused end'));
(async () => {
  const chunks = [];
  for await (const c of Readable.from([1, 2, 3])) chunks.push(c);
  log('async iterated', chunks);
  const pt = new PassThrough();
  pt.end('through');
  for await (const c of pt) log('passthrough', c.toString());
  const failing = new Readable({
    read() {
      this.destroy(new Error('read failed'));
    },
  });
  finished(failing, (err) => log('finished with', err && err.message));
  failing.resume();
  failing.on('error', (e) => log('error event', e.message));
  const d = new Duplex({
    read() {
      this.push('duplex out');
      this.push(null);
    },
    write(chunk, enc, cb) {
      log('duplex got', chunk.toString());
      cb();
    },
  });
  d.on('data', (c) => log('duplex data', c.toString()));
  d.write('into duplex');
  d.end();
  const { pipeline: pp } = require('stream/promises');
  const got = [];
  await pp(Readable.from(['q', 'r']), new Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } }));
  log('promise pipeline', got);
  try {
    await pp(Readable.from(['q']), new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } }), new PassThrough());
  } catch (e) {
    log('pipeline rejected', e.message);
  }
  const ws = new Writable({ write(c, e, cb) { cb(); } });
  ws.end();
  ws.write('late', (err) => log('write after end', err.code));
  ws.on('error', (e) => log('ws error', e.code));
  const objs = new Readable({ objectMode: true, read() {} });
  objs.push({ n: 1 });
  objs.push(null);
  objs.on('data', (o) => log('object', o, objs.readableObjectMode));
})();
