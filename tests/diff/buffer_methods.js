// Buffer methods: compare, equals, indexOf, fill, copy, write, swap, numbers.
const a = Buffer.from('abcdef');
console.log(a.equals(Buffer.from('abcdef')), a.compare(Buffer.from('abd')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), a.compare(Buffer.from('cd'), 0, 2, 2, 4));
console.log(a.indexOf('c'), a.indexOf(0x64), a.indexOf(Buffer.from('ef')), a.indexOf('z'), a.indexOf('a', 1), a.indexOf('f', -1), a.indexOf(''), a.indexOf('', 10));
console.log(a.lastIndexOf('c'), a.lastIndexOf('a', -6), a.includes('de'), a.includes('de', 4), a.indexOf('6465', 'hex'));
const f = Buffer.alloc(8);
console.log(f.fill('xy'), f.fill(0), f.fill('ab', 2, 5), f.fill(0x41, 6), f.fill(Buffer.from([1, 2, 3])), f.fill('Zm9v', 'base64'));
const t = Buffer.alloc(6, '.');
console.log(a.copy(t, 1, 2, 4), t.toString(), a.copy(t, 4), t.toString(), a.copy(t, 10));
const w = Buffer.alloc(10);
console.log(w.write('hé'), w.write('xyz', 8), w.write('abc', 2, 1), w.write('ffee', 4, 'hex'), w.write('✓', 9), w);
console.log(Buffer.from([1, 2, 3, 4]).swap16(), Buffer.from([1, 2, 3, 4]).swap32(), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
const n = Buffer.alloc(16);
console.log(n.writeUInt8(255, 0), n.writeInt8(-2, 1), n.writeUInt16LE(0x1234, 2), n.writeInt16BE(-300, 4), n.writeUInt32BE(0xdeadbeef, 6), n.writeInt32LE(-5, 10));
console.log(n.readUInt8(0), n.readInt8(1), n.readUInt16LE(2), n.readInt16BE(4), n.readUInt32BE(6).toString(16), n.readInt32LE(10), n.readUint16BE(2));
const d = Buffer.alloc(16);
d.writeFloatLE(1.5, 0);
d.writeDoubleBE(-2.25, 4);
d.writeBigInt64LE(-12345678901234n, 8);
console.log(d.readFloatLE(0), d.readDoubleBE(4), d.readBigInt64LE(8), d.readBigUInt64LE(8));
const v = Buffer.alloc(12);
console.log(v.writeUIntLE(0x123456, 0, 3), v.writeIntBE(-123456789, 3, 5), v.readUIntLE(0, 3).toString(16), v.readIntBE(3, 5), v.readUIntBE(0, 6), v.readIntLE(0, 6));
for (const bad of [
  () => Buffer.alloc(-1),
  () => Buffer.alloc('3'),
  () => Buffer.from(5),
  () => Buffer.from(null),
  () => Buffer.from('x', 'klingon'),
  () => Buffer.alloc(2).writeUInt32LE(2 ** 33),
  () => Buffer.alloc(2).readUInt32LE(0),
  () => Buffer.alloc(8).readUInt8(9),
  () => Buffer.alloc(8).readUInt8(1.5),
  () => Buffer.alloc(8).readUInt8('1'),
  () => Buffer.alloc(8).writeIntLE(2 ** 50, 0, 6),
  () => Buffer.alloc(8).writeBigInt64LE(2n ** 64n),
  () => Buffer.alloc(8).writeUInt8(256),
  () => Buffer.alloc(8).readIntLE(0, 7),
  () => Buffer.from([1, 2, 3]).swap16(),
  () => Buffer.alloc(2).equals('ab'),
  () => Buffer.concat('x'),
  () => Buffer.concat([1]),
  () => Buffer.from(new ArrayBuffer(4), 5),
  () => Buffer.from(new ArrayBuffer(4), 1, 8),
  () => Buffer.alloc(4).write(5),
  () => Buffer.alloc(4).fill('x', 'nope'),
  () => Buffer.byteLength(5),
]) {
  try {
    bad();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
