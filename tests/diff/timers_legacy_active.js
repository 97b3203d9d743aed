// timers.active/_unrefActive/enroll on plain objects and on Timeouts; util._extend key order; util's lazy exports become plain values once read.
const timers = require('timers');
const util = require('util');
const log = [];
const item = { _onTimeout() { log.push('item fired'); } };
timers.enroll(item, 5);
timers.active(item);
const t = setTimeout(() => log.push('timeout fired'), 50);
timers.active(t);
const quiet = { _onTimeout() { log.push('unref item fired'); } };
timers.enroll(quiet, 1000);
timers._unrefActive(quiet);
console.log(JSON.stringify(util._extend({ z: 0 }, { a: 1, b: 2 })), Object.keys(util._extend({}, { a: 1, b: 2 })));
const before = Object.getOwnPropertyDescriptor(util, 'parseArgs');
console.log(typeof before.get, typeof util.parseArgs);
const after = Object.getOwnPropertyDescriptor(util, 'parseArgs');
console.log(typeof after.get, typeof after.value, after.enumerable, after.writable);
setTimeout(() => console.log(log.join(', ')), 100);
