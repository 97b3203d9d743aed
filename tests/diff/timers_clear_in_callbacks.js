// Clearing timers and immediates from inside other callbacks of the same phase.
const log = [];
let b;
const a = setTimeout(() => {
  log.push('a');
  clearTimeout(b);
}, 20);
b = setTimeout(() => log.push('b (never)'), 20);
const c = setTimeout(() => log.push('c'), 20);
const i1 = setImmediate(() => {
  log.push('i1');
  clearImmediate(i2);
});
const i2 = setImmediate(() => log.push('i2 (never)'));
setImmediate(() => log.push('i3'));
const iv = setInterval(() => {
  log.push('interval');
  clearInterval(iv);
  clearTimeout(iv);
}, 1);
setTimeout(() => {
  console.log(log.filter((x) => x !== 'interval').join(' '), log.filter((x) => x === 'interval').length);
  console.log(a.hasRef(), c._destroyed, i1._destroyed);
}, 80);
