// EventEmitterAsyncResource and AsyncResource: listeners run in the resource's context,
// asyncResource/asyncId/triggerAsyncId accessors, emitDestroy, runInAsyncScope with this and
// arguments and errors, AsyncLocalStorage through stream.finished and events.on.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const { EventEmitterAsyncResource, on } = require('events');
const { PassThrough, finished } = require('stream');
const als = new AsyncLocalStorage();
(async () => {
  const ee = als.run('created', () => new EventEmitterAsyncResource({ name: 'MyEmitter' }));
  ee.on('x', function (a) { console.log('listener', a, als.getStore(), this === ee); });
  als.run('emitting', () => ee.emit('x', 1));
  console.log(typeof ee.asyncId, ee.asyncResource instanceof AsyncResource, ee.asyncResource.eventEmitter === ee);
  console.log(Number.isInteger(ee.asyncId), Number.isInteger(ee.triggerAsyncId), ee.emitDestroy());
  class Sub extends EventEmitterAsyncResource {}
  const sub = als.run('sub', () => new Sub());
  sub.on('y', () => console.log('subclass listener', als.getStore()));
  sub.emit('y');
  const named = als.run('string name', () => new EventEmitterAsyncResource('ByString'));
  named.on('z', () => console.log('string-named listener', als.getStore()));
  named.emit('z');
  for (const bad of [undefined, {}, { name: 5 }]) {
    try { new EventEmitterAsyncResource(bad); } catch (e) { console.log(e.code, e.message); }
  }
  try { EventEmitterAsyncResource.prototype.emit.call({}, 'x'); } catch (e) { console.log(e.code, e.message); }
  const r = als.run('res', () => new AsyncResource('R'));
  console.log(r.runInAsyncScope(function (a, b) { return [this, a, b, als.getStore()]; }, 'self', 1, 2));
  try { r.runInAsyncScope(() => { throw new Error('scope error'); }); } catch (e) { console.log('caught', e.message, als.getStore()); }
  try { r.runInAsyncScope(5); } catch (e) { console.log('not a function', e.name); }

  const s = new PassThrough();
  const done = new Promise((resolve) => als.run('finished', () => finished(s, (err) => { console.log('finished cb', err, als.getStore()); resolve(); })));
  als.run('ending', () => { s.resume(); s.end('x'); });
  await done;
  const emitter = new (require('events'))();
  const got = [];
  const iter = als.run('iterating', async () => {
    for await (const [v] of on(emitter, 'v')) {
      got.push(`${v}:${als.getStore()}`);
      if (v === 2) break;
    }
  });
  setImmediate(() => als.run('emitter side', () => { emitter.emit('v', 1); emitter.emit('v', 2); }));
  await iter;
  console.log('events.on', got);
})();
