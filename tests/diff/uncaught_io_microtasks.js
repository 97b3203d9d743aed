// In an I/O callback and in the main script, what a handled exception cut short runs before the next immediates; microtasks too.
const fs = require('fs');
const log = [];
process.on('uncaughtException', (e) => log.push('handled ' + e.message));
fs.stat('.', () => {
  process.nextTick(() => { Promise.resolve().then(() => log.push('micro after E')); throw new Error('E'); });
  setImmediate(() => log.push('E imm'));
});
setTimeout(() => {
  fs.stat('.', () => {
    process.nextTick(() => { throw new Error('F'); });
    Promise.resolve().then(() => log.push('F micro'));
    setImmediate(() => log.push('F imm'));
  });
}, 10);
setTimeout(() => {
  Promise.resolve().then(() => { throw new Error('G'); });
  process.nextTick(() => log.push('G tick'));
  setImmediate(() => log.push('G imm'));
}, 20);
setTimeout(() => console.log(log.join('\n')), 40);
