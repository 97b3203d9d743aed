// A module without top-level await still runs the way Node runs ES modules: from a promise
// job, so microtasks queued by its body come before process.nextTick callbacks.
import { EventEmitter } from 'node:events';

process.nextTick(() => console.log('tick 1'));
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('then 1'));
setImmediate(() => console.log('immediate'));
const e = new EventEmitter();
e.on('x', () => {
  process.nextTick(() => console.log('tick in listener'));
  queueMicrotask(() => console.log('microtask in listener'));
});
e.emit('x');
console.log('body end');
