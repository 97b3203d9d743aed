// When 'end' fires relative to other nextTick/microtask work after push(null) in flowing mode,
// and when a construct() error reaches write callbacks.
const { Readable, Writable } = require('stream');
const log = [];
const r = new Readable({ read() {} });
r.on('data', (c) => log.push('data ' + c));
r.on('end', () => log.push('end'));
process.nextTick(() => log.push('tick A'));
r.push('x');
r.push(null);
process.nextTick(() => log.push('tick B'));
Promise.resolve().then(() => log.push('micro'));
setImmediate(() => log.push('immediate'));
const w = new Writable({ construct(cb) { cb(new Error('construct failed')); }, write(c, e, cb) { cb(); } });
w.on('error', (e) => log.push('w error'));
w.on('close', () => log.push('w close'));
w.write('x', (e) => log.push('write cb ' + (e && e.message)));
process.nextTick(() => log.push('tick C'));
// Printed at exit, after everything: a short timer may come first on a loaded machine.
process.on('exit', () => console.log(log.join('\n')));
