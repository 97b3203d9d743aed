// queueMicrotask: ordering with promises and an error without a handler (fatal, status 1).
const out = [];
queueMicrotask(() => out.push('micro 1'));
Promise.resolve().then(() => out.push('promise 1'));
queueMicrotask(() => {
  out.push('micro 2');
  queueMicrotask(() => out.push('nested micro'));
});
process.on('exit', (code) => console.log(out.join(', '), 'exit', code));
setTimeout(() => {
  queueMicrotask(() => {
    throw new TypeError('microtask failure');
  });
}, 1);
