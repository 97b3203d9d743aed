// An exception thrown by an EventTarget listener does not stop dispatch; it is reported as an
// uncaught exception after dispatch; rejected promises from async listeners are unhandled rejections.
const log = [];
process.on('uncaughtException', (e, origin) => log.push(`uncaught ${e.message} ${origin}`));
process.on('unhandledRejection', (r) => log.push('unhandledRejection ' + r.message));
const t = new EventTarget();
t.addEventListener('x', () => { log.push('first'); throw new Error('listener threw'); });
t.addEventListener('x', () => log.push('second still runs'));
t.addEventListener('x', { handleEvent() { throw new TypeError('handleEvent threw'); } });
t.addEventListener('x', async () => { throw new Error('async listener'); });
log.push('dispatch returned ' + t.dispatchEvent(new Event('x')));
process.nextTick(() => log.push('tick after dispatch'));
const ac = new AbortController();
ac.signal.addEventListener('abort', () => { throw new Error('abort listener threw'); });
ac.signal.onabort = () => log.push('onabort still runs');
ac.abort();
log.push('after abort');
// Printed at exit, after everything: a short timer may come first on a loaded machine.
process.on('exit', () => console.log(log.join('\n')));
