// Node <-> web stream adapters under pressure and failure: toWeb strategies and how far the node
// source is read ahead, destroy/cancel crossing over (with the reasons each side sees), sink
// errors surfacing as 'error' events, Duplex.toWeb/fromWeb, and argument errors.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const log = (...args) => console.log(...args);
const show = (label) => (e) => log(label, e?.name, e?.code, e?.message ?? String(e));
const tick = () => new Promise((r) => setImmediate(r));

async function main() {
  let reads = 0;
  let n = 0;
  const src = new Readable({ objectMode: true, highWaterMark: 2, read() { reads++; this.push(n < 6 ? n++ : null); } });
  const web = Readable.toWeb(src, { strategy: { highWaterMark: 1 } });
  await tick(); await tick();
  log('read ahead before any web read', reads, src.readableLength);
  const reader = web.getReader();
  log('first', JSON.stringify(await reader.read()));
  await tick();
  log('reads after one', reads);
  await reader.cancel(new Error('enough'));
  await tick();
  log('node side after cancel', src.destroyed, src.errored?.message ?? src.errored);

  let cancelReason;
  const ws = new ReadableStream({ pull(c) { c.enqueue('w'); }, cancel(r) { cancelReason = r; } });
  const nodeR = Readable.fromWeb(ws, { objectMode: true, highWaterMark: 1 });
  const got = [];
  nodeR.on('data', (d) => { got.push(d); if (got.length === 2) nodeR.destroy(); });
  await new Promise((r) => nodeR.on('close', r));
  log('destroy reaches web cancel', got.join(''), cancelReason?.name, cancelReason?.code, cancelReason?.message);

  const failing = new ReadableStream({ start(c) { c.enqueue('a'); c.error(new TypeError('web failed')); } });
  const nr2 = Readable.fromWeb(failing, { objectMode: true });
  const evs = [];
  nr2.on('data', (d) => evs.push(`data ${d}`));
  nr2.on('error', (e) => evs.push(`error ${e.name} ${e.message}`));
  nr2.on('end', () => evs.push('end'));
  await new Promise((r) => nr2.on('close', r));
  log('web error', evs.join(', '), nr2.destroyed);

  const slowNode = new Writable({ highWaterMark: 3, write(chunk, enc, cb) { setTimeout(cb, 2); } });
  const webW = Writable.toWeb(slowNode);
  const w = webW.getWriter();
  log('desired', w.desiredSize);
  const p1 = w.write(new Uint8Array([1, 2]));
  const p2 = w.write(new Uint8Array([3, 4]));
  log('desired after writes', w.desiredSize, slowNode.writableLength);
  await Promise.all([p1, p2]);
  await w.close();
  log('closed', slowNode.writableFinished, slowNode.destroyed);

  const broken = new Writable({ write(chunk, enc, cb) { cb(new Error('node sink failed')); } });
  broken.on('error', () => {});
  const bw = Writable.toWeb(broken).getWriter();
  await bw.write(new Uint8Array([1])).then(() => log('write resolved'), show('write to broken'));
  await bw.closed.catch(show('closed broken'));

  const webSinkErr = new WritableStream({ write() { throw new RangeError('web sink failed'); } });
  const nodeW = Writable.fromWeb(webSinkErr, { decodeStrings: false });
  const wev = [];
  nodeW.on('error', (e) => wev.push(`error ${e.name} ${e.message}`));
  nodeW.on('close', () => wev.push('close'));
  nodeW.write('x', (err) => wev.push(`cb ${err && err.message}`));
  await new Promise((r) => nodeW.on('close', r));
  log('web sink error', wev.join(', '));

  let aborted;
  const abortable = new WritableStream({ abort(r) { aborted = r; } });
  const nodeW2 = Writable.fromWeb(abortable);
  nodeW2.destroy(new Error('node destroyed'));
  nodeW2.on('error', () => {});
  await new Promise((r) => nodeW2.on('close', r));
  await tick();
  log('destroy reaches web abort', aborted?.message);

  const util = require('util');
  const dead = new PassThrough();
  dead.destroy();
  log('toWeb of destroyed', util.inspect(Readable.toWeb(dead)));
  const ended = new PassThrough();
  ended.end();
  const endedWeb = Writable.toWeb(ended);
  await tick();
  log('toWeb of ended', util.inspect(endedWeb));

  const pass = new PassThrough();
  const { readable, writable } = Duplex.toWeb(pass);
  const dw = writable.getWriter();
  const dr = readable.getReader();
  dw.write(new TextEncoder().encode('duplex'));
  log('Duplex.toWeb', Buffer.from((await dr.read()).value).toString());
  await dw.close();
  log('after close', JSON.stringify(await dr.read()));

  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(c); } });
  const dup = Duplex.fromWeb(ts, { encoding: 'utf8' });
  dup.end('abc');
  let s = '';
  for await (const chunk of dup) s += chunk;
  log('Duplex.fromWeb utf8', s, typeof s);

  for (const bad of [
    () => Readable.fromWeb({}),
    () => Readable.toWeb({}),
    () => Writable.fromWeb(new ReadableStream()),
    () => Writable.toWeb('x'),
    () => Duplex.fromWeb({ readable: new ReadableStream() }),
    () => Readable.fromWeb(new ReadableStream(), 5),
    () => { const l = new ReadableStream(); l.getReader(); Readable.fromWeb(l); },
    () => Readable.fromWeb(new ReadableStream(), { encoding: 'nope' }),
    () => Readable.fromWeb(new ReadableStream(), { objectMode: 1 }),
    () => Readable.fromWeb(new ReadableStream(), null),
    () => Writable.fromWeb(new WritableStream(), { decodeStrings: 'x' }),
    () => Writable.fromWeb(new WritableStream(), 5),
    () => Duplex.fromWeb(null),
    () => Duplex.fromWeb({ writable: new WritableStream() }),
    () => Duplex.fromWeb({ readable: new ReadableStream(), writable: new WritableStream() }, 5),
    () => Duplex.toWeb({}),
    () => Readable.toWeb(new Readable(), { strategy: 5 }),
  ]) {
    try { bad(); log('ok'); } catch (e) { show('bad')(e); }
  }
}
main();
