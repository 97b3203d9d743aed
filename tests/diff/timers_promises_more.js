// timers/promises: values, ordering against plain timers, abort during setInterval iteration.
const { setTimeout: wait, setImmediate: turn, setInterval: every } = require('timers/promises');
const order = [];
// Scheduled from a timer callback: there, immediates always run before new timeouts.
setTimeout(() => {
  setTimeout(() => order.push('plain timeout 1'), 1);
  wait(1, 'promise timeout 1').then((v) => order.push(v));
  turn('promise immediate').then((v) => order.push(v));
  setImmediate(() => order.push('plain immediate'));
}, 1);
(async () => {
  await wait(30);
  console.log(order);
  const ac = new AbortController();
  let ticks = 0;
  try {
    for await (const v of every(2, 'tick', { signal: ac.signal })) {
      ticks++;
      if (ticks === 2) ac.abort();
    }
  } catch (e) {
    console.log('interval stopped', e.name, ticks);
  }
  console.log(await wait(1, { object: true }), await turn());
})();
