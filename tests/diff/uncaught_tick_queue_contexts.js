// After an uncaughtException handler takes an error thrown by a nextTick callback, the rest of the queue runs at once after the main script and I/O callbacks, but after the next callback between timers and immediates.
const fs = require('fs');
const log = [];
process.on('uncaughtException', (e) => log.push('handled ' + e.message));
setTimeout(() => {
  process.nextTick(() => { throw new Error('A'); });
  process.nextTick(() => log.push('A2'));
  Promise.resolve().then(() => log.push('A micro'));
}, 1);
setTimeout(() => log.push('timer2'), 1);
setTimeout(() => {
  setImmediate(() => {
    process.nextTick(() => { throw new Error('B'); });
    process.nextTick(() => log.push('B2'));
  });
  setImmediate(() => log.push('imm2'));
}, 5);
setTimeout(() => {
  fs.stat('.', () => {
    process.nextTick(() => { throw new Error('C'); });
    process.nextTick(() => log.push('C2'));
    setImmediate(() => log.push('C imm'));
  });
}, 10);
setTimeout(() => {
  Promise.resolve().then(() => { process.nextTick(() => log.push('D tick')); throw new Error('D'); });
}, 25);
setTimeout(() => console.log(log.join('\n')), 45);
