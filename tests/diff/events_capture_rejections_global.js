// EventEmitter.captureRejections global default, per-instance override, nodejs.rejection symbol,
// rejection with no error listener, and async listeners on 'error' itself.
const EventEmitter = require('events');
process.on('uncaughtException', (e, origin) => console.log('uncaught:', e.message, origin));
process.on('unhandledRejection', (r) => console.log('unhandledRejection:', r && r.message));
console.log(EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
EventEmitter.captureRejections = true;
const a = new EventEmitter();
a.on('ev', async () => { throw new Error('global capture'); });
a.on('error', (e) => console.log('a error handler:', e.message));
a.emit('ev');
const b = new EventEmitter({ captureRejections: false });
b.on('ev', async () => { throw new Error('opted out'); });
b.emit('ev');
EventEmitter.captureRejections = false;
const c = new EventEmitter({ captureRejections: true });
c.on('ev', async () => { throw new Error('no error listener'); });
c.emit('ev');
const d = new EventEmitter({ captureRejections: true });
d.on('ev', async () => { throw 'string rejection'; });
d.on('error', (e) => console.log('d error handler:', typeof e, e));
d.emit('ev');
const f = new EventEmitter({ captureRejections: true });
f.on('ev', () => Promise.resolve('fine'));
f.on('error', () => console.log('should not happen'));
f.emit('ev');
try { EventEmitter.captureRejections = 'yes'; } catch (e) { console.log('bad global', e.code, e.message); }
setTimeout(() => console.log('done'), 20);
