// An unhandled 'error' emitted asynchronously (nextTick) reports "Emitted 'error' event on ... at:".
const EventEmitter = require('events');
class Custom extends EventEmitter {}
const e = new Custom();
process.nextTick(() => e.emit('error', new Error('async emitted')));
