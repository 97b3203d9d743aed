// Microtasks and ticks cut short by a handled exception run before the next immediates: after the main script and after I/O callbacks. Each case starts when the one before has settled.
const fs = require('fs');
const log = [];
process.on('uncaughtException', (e) => log.push('handled ' + e.message));
const next = (fn) => setTimeout(fn, 20);
process.nextTick(() => { Promise.resolve().then(() => log.push('micro after M')); throw new Error('M'); });
setImmediate(() => log.push('M imm'));
next(() => {
  fs.stat('.', () => {
    process.nextTick(() => { Promise.resolve().then(() => log.push('micro after E')); throw new Error('E'); });
    setImmediate(() => log.push('E imm'));
    next(() => {
      fs.stat('.', () => {
        process.nextTick(() => { throw new Error('F'); });
        Promise.resolve().then(() => log.push('F micro'));
        setImmediate(() => log.push('F imm'));
        next(() => {
          Promise.resolve().then(() => { throw new Error('G'); });
          process.nextTick(() => log.push('G tick'));
          setImmediate(() => log.push('G imm'));
          next(() => console.log(log.join('\n')));
        });
      });
    });
  });
});
