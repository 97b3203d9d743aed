// Buffer argument errors across methods.
const attempts = {
  allocNaN: () => Buffer.alloc(NaN),
  allocHuge: () => Buffer.alloc(2 ** 33),
  fromFunction: () => Buffer.from(() => {}),
  fromSymbol: () => Buffer.from(Symbol('s')),
  compareBad: () => Buffer.compare(Buffer.alloc(1), 'x'),
  copyBadTarget: () => Buffer.alloc(2).copy('x'),
  indexOfBad: () => Buffer.alloc(2).indexOf({}),
  readNegative: () => Buffer.alloc(4).readInt16LE(-1),
  writeFloatBadOffset: () => Buffer.alloc(4).writeFloatLE(1, 1),
  readBigOutOfRange: () => Buffer.alloc(4).readBigInt64LE(),
  writeUIntBadLength: () => Buffer.alloc(4).writeUIntLE(1, 0, 0),
  toStringBadEncoding: () => Buffer.alloc(1).toString('nope'),
  writeBadOffset: () => Buffer.alloc(4).write('x', 9),
  fillBadOffset: () => Buffer.alloc(4).fill(0, -1),
  concatBadLength: () => Buffer.concat([Buffer.alloc(1)], 'x'),
  byteLengthBad: () => Buffer.byteLength({}),
  swap64Bad: () => Buffer.alloc(4).swap64(),
};
for (const [name, fn] of Object.entries(attempts)) {
  try {
    const result = fn();
    console.log(name, 'no error', result);
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
