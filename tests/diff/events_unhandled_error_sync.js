// A synchronous unhandled 'error' emit whose error was created elsewhere: stderr report.
const EventEmitter = require('events');
function makeError() { return new TypeError('made elsewhere'); }
const err = makeError();
function emitIt(em) { em.emit('error', err); }
emitIt(new EventEmitter());
