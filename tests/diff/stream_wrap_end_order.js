// Readable.prototype.wrap: when the wrapped stream's 'end' turns into the new stream's 'end',
// relative to nextTick callbacks queued around it.
const { Readable } = require('stream');
const EE = require('events');
const log = [];
const old = new EE();
old.pause = () => log.push('old pause');
old.resume = () => log.push('old resume');
const r = new Readable().wrap(old);
r.on('data', (c) => log.push('data ' + c));
r.on('end', () => log.push('end'));
r.on('close', () => log.push('close'));
process.nextTick(() => log.push('tick 1'));
old.emit('data', 'w1');
old.emit('end');
process.nextTick(() => log.push('tick 2'));
setImmediate(() => log.push('immediate'));
// Printed at exit, after everything: a short timer may come first on a loaded machine.
process.on('exit', () => console.log(log.join('\n')));
