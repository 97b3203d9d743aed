// node:v8: serialize in Node's wire format (plain values, collections, typed arrays and
// Buffers as host objects, cycles), deserialize back, errors, heap statistics. The format
// version byte (after 0xff) is V8's own and newer here than Node 20's: the bytes after it are
// compared.
const v8 = require('v8');
const body = (bytes) => `${bytes[0].toString(16)} ${bytes.subarray(2).toString('hex')}`;
const values = [
  { a: 1, b: [1, 2], c: 'x' }, 'héllo', 12345678901234567890n, new Date(0), /ab+c/gi, new Map([[1, 2]]),
  new Set(['a']), Buffer.from('hi'), new Uint16Array([1, 2]), new Float64Array([1.5]), null, undefined, true,
  -0, 2 ** 40, [, 1], { __proto__: null, z: 1 }, new Int8Array([1]), new Uint8ClampedArray([1]),
  new Int32Array([1]), new Uint32Array([1]), new Float32Array([1]), new BigInt64Array([1n]),
  new BigUint64Array([1n]), new Uint8Array(new ArrayBuffer(8), 2, 3), new ArrayBuffer(2), [1.5, 'two', { three: 3 }],
];
for (const v of values) {
  const bytes = v8.serialize(v);
  const back = v8.deserialize(bytes);
  console.log(Buffer.isBuffer(bytes), body(bytes), back, Object.prototype.toString.call(back));
}
const cyclic = { name: 'loop' };
cyclic.self = cyclic;
const again = v8.deserialize(v8.serialize(cyclic));
console.log(body(v8.serialize(cyclic)), again.self === again);
const buf = v8.deserialize(v8.serialize(Buffer.from('abc')));
console.log(Buffer.isBuffer(buf), buf.toString());
for (const bad of [() => {}, Symbol('s'), new SharedArrayBuffer(2)]) {
  try { v8.serialize(bad); } catch (e) { console.log(e.name, e.message); }
}
// A version-15 stream, as Node 20 writes it, reads back here.
console.log(v8.deserialize(Buffer.from('ff0f6f22016149022201624102490249042400022201632201787b03', 'hex')));
for (const bad of [Buffer.from('ff0f7f', 'hex')]) {
  try { v8.deserialize(bad); } catch (e) { console.log(e.name, e.message); }
}
try { v8.deserialize('nope'); } catch (e) { console.log(e.code); }
const stats = v8.getHeapStatistics();
console.log(Object.keys(stats).join(','), Object.values(stats).every((n) => typeof n === 'number'), stats.used_heap_size > 0, stats.heap_size_limit > stats.used_heap_size);
const spaces = v8.getHeapSpaceStatistics();
console.log(['new_space', 'old_space', 'code_space'].every((n) => spaces.some((s) => s.space_name === n)), Object.keys(spaces[0]).join(','));
console.log(typeof v8.cachedDataVersionTag(), v8.cachedDataVersionTag() === v8.cachedDataVersionTag());
v8.setFlagsFromString('--allow-natives-syntax');
try { v8.setFlagsFromString(5); } catch (e) { console.log(e.code); }
