// Every fixed-width read/write method round-trips its limits, little and big endian.
const methods = [
  ['UInt8', 1, 0, 255], ['Int8', 1, -128, 127],
  ['UInt16LE', 2, 0, 65535], ['UInt16BE', 2, 0, 65535], ['Int16LE', 2, -32768, 32767], ['Int16BE', 2, -32768, 32767],
  ['UInt32LE', 4, 0, 4294967295], ['UInt32BE', 4, 0, 4294967295], ['Int32LE', 4, -2147483648, 2147483647], ['Int32BE', 4, -2147483648, 2147483647],
  ['BigUInt64LE', 8, 0n, 2n ** 64n - 1n], ['BigUInt64BE', 8, 0n, 2n ** 64n - 1n], ['BigInt64LE', 8, -(2n ** 63n), 2n ** 63n - 1n], ['BigInt64BE', 8, -(2n ** 63n), 2n ** 63n - 1n],
];
for (const [name, size, min, max] of methods) {
  const b = Buffer.alloc(size * 2);
  const end1 = b[`write${name}`](min, 0);
  const end2 = b[`write${name}`](max, size);
  console.log(name, end1, end2, b[`read${name}`](0), b[`read${name}`](size), b.toString('hex'));
  for (const bad of [typeof min === 'bigint' ? min - 1n : min - 1, typeof max === 'bigint' ? max + 1n : max + 1]) {
    try {
      b[`write${name}`](bad, 0);
    } catch (e) {
      console.log(' ', e.code, e.message);
    }
  }
}
const f = Buffer.alloc(12);
for (const v of [0, -0, 1.5, -2.25, 3.4e38, NaN, Infinity, 1e-45]) {
  f.writeFloatLE(v, 0);
  f.writeDoubleBE(v, 4);
  console.log(v, f.readFloatLE(0), f.readDoubleBE(4), f.toString('hex'));
}
for (const bytes of [1, 2, 3, 4, 5, 6]) {
  const b = Buffer.alloc(6);
  const max = 2 ** (8 * bytes) - 1;
  b.writeUIntBE(max, 0, bytes);
  b.writeIntLE(-(2 ** (8 * bytes - 1)), 0, bytes);
  console.log(bytes, b.readUIntBE(0, bytes), b.readIntLE(0, bytes), b.readUIntLE(0, bytes), b.toString('hex'));
}
