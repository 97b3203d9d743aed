// util.inspect of a fresh EventEmitter (own symbol-keyed fields) and EventEmitterAsyncResource.
const EventEmitter = require('events');
console.log(new EventEmitter());
console.log(Object.getOwnPropertySymbols(new EventEmitter()).map(String));
console.log(typeof EventEmitter.EventEmitterAsyncResource);
const { EventEmitterAsyncResource } = EventEmitter;
if (EventEmitterAsyncResource) {
  const r = new EventEmitterAsyncResource({ name: 'X' });
  console.log(r instanceof EventEmitter, typeof r.asyncId, typeof r.triggerAsyncId, r.asyncResource.constructor.name);
  r.on('a', (v) => console.log('got', v));
  r.emit('a', 1);
  r.emitDestroy();
}
