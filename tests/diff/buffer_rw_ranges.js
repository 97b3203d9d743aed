// Integer/float/BigInt read and write at every width, with range and offset errors.
const show = (label, fn) => {
  try { const r = fn(); console.log(label, r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); }
};
const b = Buffer.alloc(16);
const fixed = ['Int8', 'UInt8', 'Uint8', 'Int16LE', 'Int16BE', 'UInt16LE', 'Uint16BE', 'Int32LE', 'Int32BE', 'UInt32LE', 'Uint32BE'];
const limits = { Int8: [-128, 127], UInt8: [0, 255], Uint8: [0, 255], Int16: [-32768, 32767], UInt16: [0, 65535], Uint16: [0, 65535], Int32: [-2147483648, 2147483647], UInt32: [0, 4294967295], Uint32: [0, 4294967295] };
for (const m of fixed) {
  const [lo, hi] = limits[m.replace(/(LE|BE)$/, '')];
  show(m + ' lo', () => [b['write' + m](lo, 0), b['read' + m](0)]);
  show(m + ' hi', () => [b['write' + m](hi, 1), b['read' + m](1)]);
  show(m + ' over', () => b['write' + m](hi + 1, 0));
  show(m + ' under', () => b['write' + m](lo - 1, 0));
  show(m + ' frac', () => [b['write' + m](1.9, 0), b['read' + m](0)]);
  show(m + ' NaN', () => [b['write' + m](NaN, 0), b['read' + m](0)]);
  show(m + ' str', () => [b['write' + m]('12', 0), b['read' + m](0)]);
  show(m + ' off end', () => b['read' + m](16));
  show(m + ' off frac', () => b['read' + m](1.5));
  show(m + ' off str', () => b['read' + m]('1'));
  show(m + ' off neg', () => b['write' + m](0, -1));
  show(m + ' default off', () => b['read' + m]());
}
for (const w of [1, 2, 3, 4, 5, 6]) {
  for (const m of ['IntLE', 'IntBE', 'UIntLE', 'UIntBE']) {
    const signed = !m.startsWith('U');
    const max = signed ? 2 ** (8 * w - 1) - 1 : 2 ** (8 * w) - 1;
    const min = signed ? -(2 ** (8 * w - 1)) : 0;
    show(`${m}${w}`, () => [b['write' + m](max, 0, w), b['read' + m](0, w), b['write' + m](min, 2, w), b['read' + m](2, w)]);
    show(`${m}${w} over`, () => b['write' + m](max + 1, 0, w));
  }
}
show('readIntLE 7', () => b.readIntLE(0, 7));
show('readUIntBE 0', () => b.readUIntBE(0, 0));
show('readIntBE noLen', () => b.readIntBE(0));
show('writeUIntLE len str', () => b.writeUIntLE(1, 0, '2'));
show('readIntLE off end', () => b.readIntLE(14, 3));
for (const m of ['FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE']) {
  for (const v of [1.5, -0, NaN, Infinity, 3.4e38, 3.5e38, 1e-46, 0.1, 2 ** 53 + 1, 'x']) {
    show(`${m} ${String(v)}`, () => { const r = b['write' + m](v, 0); return [r, b['read' + m](0), b.subarray(0, m.startsWith('F') ? 4 : 8).toString('hex')]; });
  }
  show(`${m} off`, () => b['read' + m](13));
}
for (const m of ['BigInt64LE', 'BigInt64BE', 'BigUInt64LE', 'BigUint64BE']) {
  const u = m.includes('UInt') || m.includes('Uint');
  for (const v of [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 63n, 2n ** 64n - 1n, 2n ** 64n]) {
    show(`${m} ${v}`, () => [b['write' + m](v, 0), b['read' + m](0)]);
  }
  show(`${m} off`, () => b['read' + m](9));
  show(`${m} off write`, () => b['write' + m](1n, 9));
}
show('aliases', () => [Buffer.prototype.readUint8 === Buffer.prototype.readUInt8, Buffer.prototype.writeBigUint64LE === Buffer.prototype.writeBigUInt64LE]);
show('noAssert ignored', () => b.readUInt8(20, true));
show('empty read', () => Buffer.alloc(0).readUInt8());
show('empty float', () => Buffer.alloc(2).readFloatLE());
