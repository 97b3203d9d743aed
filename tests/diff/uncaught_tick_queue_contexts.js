// After an uncaughtException handler takes an error thrown by a nextTick callback, what the error cut short runs after the next timer (in a timer), after the next immediate (in an immediate), before the immediates (in an I/O callback). Each case starts when the one before has settled.
const fs = require('fs');
const log = [];
process.on('uncaughtException', (e) => log.push('handled ' + e.message));
const next = (fn) => setTimeout(fn, 20);
function inTimer() {
  setTimeout(() => {
    process.nextTick(() => { throw new Error('A'); });
    process.nextTick(() => log.push('A2'));
    Promise.resolve().then(() => log.push('A micro'));
  }, 1);
  setTimeout(() => log.push('timer2'), 1);
  // Both timers are due by the time the timers run, however busy the machine is.
  const until = Date.now() + 5;
  while (Date.now() < until);
  next(inImmediate);
}
function inImmediate() {
  setImmediate(() => {
    process.nextTick(() => { throw new Error('B'); });
    process.nextTick(() => log.push('B2'));
  });
  setImmediate(() => log.push('imm2'));
  next(inIo);
}
function inIo() {
  fs.stat('.', () => {
    process.nextTick(() => { throw new Error('C'); });
    process.nextTick(() => log.push('C2'));
    setImmediate(() => log.push('C imm'));
    next(inMicrotask);
  });
}
function inMicrotask() {
  Promise.resolve().then(() => { process.nextTick(() => log.push('D tick')); throw new Error('D'); });
  next(() => console.log(log.join('\n')));
}
inTimer();
