// events.on(emitter, name, { close: [...] }): a close event ends the iteration; events queued
// before it are still delivered.
const { on, EventEmitter } = require('events');
(async () => {
  const e = new EventEmitter();
  setTimeout(() => { e.emit('d', 1); e.emit('fin'); e.emit('d', 2); }, 1);
  const seen = [];
  for await (const args of on(e, 'd', { close: ['fin'] })) seen.push(args);
  console.log('close option', seen, e.listenerCount('d'), e.listenerCount('fin'));
  const e2 = new EventEmitter();
  const it = on(e2, 'd', { close: ['end', 'stop'] });
  e2.emit('d', 'a'); e2.emit('stop'); e2.emit('d', 'b');
  console.log(await it.next(), await it.next(), await it.next());
  console.log('done');
})();
