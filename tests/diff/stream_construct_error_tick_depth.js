// How many ticks a construct() error takes to reach write callbacks / 'error' / 'close',
// measured against a chain of nextTicks.
const { Writable, Readable } = require('stream');
const log = [];
const w = new Writable({ construct(cb) { cb(new Error('construct failed')); }, write(c, e, cb) { cb(); } });
w.on('error', () => log.push('w error'));
w.on('close', () => log.push('w close'));
w.write('x', (e) => log.push('write cb'));
let n = 0;
const chain = () => { log.push('tick ' + n); if (++n < 8) process.nextTick(chain); };
process.nextTick(chain);
const r = new Readable({ construct(cb) { setImmediate(() => cb(new Error('async construct failed'))); }, read() {} });
r.on('error', (e) => log.push('r error ' + e.message));
r.on('close', () => log.push('r close'));
const ok = new Writable({ construct(cb) { log.push('ok construct'); cb(); }, write(c, e, cb) { log.push('ok write ' + c); cb(); }, final(cb) { log.push('ok final'); cb(); } });
ok.on('finish', () => log.push('ok finish'));
ok.end('data');
// Printed at exit, after everything: a short timer may come first on a loaded machine.
process.on('exit', () => console.log(log.join('\n')));
