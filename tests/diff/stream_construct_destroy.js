// construct(): destroyed while constructing, failing construct, throwing construct, calling back twice, writes and reads waiting for it, Duplex constructing once.
const { Readable, Writable, Duplex } = require('stream');
const log = (...a) => console.log(...a);
const watch = (name, s) => {
  s.on('error', (e) => log(name, 'error', e.constructor.name, e.message, (e.errors || []).map((x) => x.message)));
  s.on('close', () => log(name, 'close', s.destroyed));
};
(async () => {
  const step = () => new Promise((r) => setTimeout(r, 5));
  watch('r fail+destroy', new Readable({ construct(cb) { cb(new Error('boom')); }, read() {} }).destroy());
  await step();
  watch('r destroy(err) during', new Readable({ construct(cb) { setImmediate(cb); }, read() {} }).destroy(new Error('mine')));
  await step();
  watch('r both errors', new Readable({ construct(cb) { setImmediate(() => cb(new Error('construct'))); }, read() {} }).destroy(new Error('destroy')));
  await step();
  const fails = new Writable({ construct(cb) { cb(new Error('w boom')); }, write(c, e, cb) { cb(); } });
  watch('w fail', fails);
  await step();
  const throws = new Readable({ construct() { throw new Error('thrown in construct'); }, read() {} });
  watch('r throws', throws);
  await step();
  const twice = new Writable({ construct(cb) { cb(); cb(); }, write(c, e, cb) { cb(); } });
  watch('w twice', twice);
  await step();
  const order = [];
  const w = new Writable({
    construct(cb) { order.push('construct'); setTimeout(cb, 2); },
    write(c, e, cb) { order.push(`write ${c}`); cb(); },
    final(cb) { order.push('final'); cb(); },
  });
  w.write('a');
  w.end('b');
  await new Promise((r) => w.on('finish', r));
  log('writable order', order.join(', '));
  let constructs = 0;
  const d = new Duplex({
    construct(cb) { constructs++; setTimeout(cb, 2); },
    read() { this.push('x'); this.push(null); },
    write(c, e, cb) { log('duplex wrote', String(c)); cb(); },
  });
  d.end('y');
  const got = [];
  for await (const chunk of d) got.push(String(chunk));
  log('duplex', constructs, got);
  const r = new Readable({ construct(cb) { setTimeout(cb, 2); }, read() { this.push('data'); this.push(null); } });
  log('readable waits', (await r.toArray()).map(String));
})();
