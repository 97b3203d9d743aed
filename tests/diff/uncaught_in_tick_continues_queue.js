// After an uncaughtException handler catches an error thrown in a nextTick / microtask, the
// remaining queued ticks and microtasks still run before timers.
const log = [];
process.on('uncaughtException', (e) => log.push('uncaught ' + e.message));
process.nextTick(() => { throw new Error('tick 1 throws'); });
process.nextTick(() => log.push('tick 2'));
Promise.resolve().then(() => log.push('micro 1'));
Promise.resolve().then(() => { throw new Error('never unhandled: caught below'); }).catch(() => log.push('caught micro'));
queueMicrotask(() => { throw new Error('microtask throws'); });
queueMicrotask(() => log.push('micro after throw'));
setImmediate(() => log.push('immediate'));
// Printed at exit, after everything: a short timer may come first on a loaded machine.
process.on('exit', () => console.log(log.join('\n')));
