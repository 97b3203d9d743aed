// Top-level await across an import: the importer waits, ticks and timers interleave as in Node.
import * as self from './esm_tla_order.mjs';

console.log('body start', typeof self);
queueMicrotask(() => console.log('microtask'));
process.nextTick(() => console.log('tick'));
await new Promise((resolve) => setImmediate(resolve));
console.log('after immediate');
const values = await Promise.all([1, Promise.resolve(2), new Promise((r) => setTimeout(() => r(3), 5))]);
console.log(values);
export const ready = true;
console.log('done', self.ready);
