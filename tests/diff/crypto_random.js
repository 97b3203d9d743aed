// Randomness: shapes, ranges and Node's argument errors (the values themselves differ per run).
const crypto = require('crypto');

const bytes = crypto.randomBytes(16);
console.log(Buffer.isBuffer(bytes), bytes.length, crypto.randomBytes(0).length);
crypto.randomBytes(8, (err, buf) => {
  console.log('async bytes', err, buf.length);
  // One at a time: Node's pool may finish two requests in either order.
  crypto.randomFill(new Uint8Array(4), (err2, filledAsync) => console.log('async fill', err2, filledAsync.length));
});
const filled = new Uint32Array(4);
console.log(crypto.randomFillSync(filled) === filled, crypto.randomFillSync(Buffer.alloc(10), 2, 3).length);
const zeros = Buffer.alloc(8);
crypto.randomFillSync(zeros, 8);
console.log(zeros.every((b) => b === 0));
let inRange = true;
for (let i = 0; i < 1000; i++) {
  const n = crypto.randomInt(-5, 5);
  if (!(n >= -5 && n < 5 && Number.isInteger(n))) inRange = false;
}
console.log(inRange, crypto.randomInt(1) === 0);
crypto.randomInt(10, (err, n) => console.log('async int', err, n >= 0 && n < 10));
const uuid = crypto.randomUUID();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid));
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(new Uint8Array([1]), new Uint8Array([2])));
console.log(crypto.getRandomValues(new Uint8Array(3)).length, crypto.webcrypto === globalThis.crypto);
for (const f of [
  () => crypto.randomBytes(-1),
  () => crypto.randomBytes('1'),
  () => crypto.randomBytes(2 ** 31),
  () => crypto.randomFillSync('x'),
  () => crypto.randomFillSync(Buffer.alloc(4), 5),
  () => crypto.randomFillSync(Buffer.alloc(4), 1, 4),
  () => crypto.randomInt(5, 1),
  () => crypto.randomInt(1.5),
  () => crypto.randomInt(0, 2 ** 49),
  () => crypto.randomFill(Buffer.alloc(1)),
  () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')),
  () => crypto.timingSafeEqual('a', Buffer.from('a')),
  () => crypto.randomUUID(5),
]) {
  try {
    f();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
