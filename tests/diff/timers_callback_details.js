// Callback timers: clearing by primitive id, ordering of equal delays, args, this, overflow
// warnings, interval self-clear, inspect of Timeout, timers module identity, close().
const timers = require('timers');
const util = require('util');
const order = [];
process.on('warning', (w) => console.log('warning event:', w.name, w.message));
const t1 = setTimeout(function (a, b) { order.push(['t1', a, b, this === t1]); }, 60, 'A', 'B');
const t2 = setTimeout(() => order.push('t2'), 2);
const id = +t2;
clearTimeout(id); // clearing by numeric id
const t3 = setTimeout(() => order.push('t3'), 2);
clearTimeout(String(+t3)); // clearing by string id
const t4 = setTimeout(() => order.push('t4'), 1);
setTimeout(() => order.push('t0'), 0);
setImmediate(() => order.push('imm'));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('micro'));
let count = 0;
const iv = setInterval(function () { count++; order.push('iv' + count + (this === iv)); if (count === 3) clearInterval(this); }, 1);
const big = setTimeout(() => order.push('overflow ran early'), 2 ** 31);
const neg = setTimeout(() => order.push('neg'), -10);
const closed = setTimeout(() => order.push('closed ran'), 1);
console.log('close returns', closed.close() === closed);
console.log('identity', timers.setTimeout === setTimeout, timers.clearTimeout === clearTimeout, timers.setImmediate === setImmediate);
console.log('inspect keys', Object.keys(t1).filter((k) => !k.startsWith('_')), typeof t1._idleTimeout, t1._idleTimeout, big._idleTimeout, neg._idleTimeout);
console.log('primitive', typeof t1[Symbol.toPrimitive](), `${t4}` === String(+t4));
console.log('toPrimitive id stable', +t1 === +t1, Number.isInteger(+t1));
const imm = setImmediate(() => {});
console.log('immediate keys', Object.keys(imm).filter((k) => !k.startsWith('_')), typeof imm[Symbol.toPrimitive]);
clearImmediate(imm);
clearImmediate(undefined); clearTimeout(null); clearInterval({});
console.log('hasRef after clear', t2.hasRef());
setTimeout(() => {
  big.unref();
  console.log(JSON.stringify(order));
}, 120);
// The 1 ms timers above are due before the loop starts, however quickly the script ran: the
// timers phase comes before the check phase's immediates.
const until = Date.now() + 5;
while (Date.now() < until);
