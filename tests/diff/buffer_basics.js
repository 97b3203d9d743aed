// Buffer: creation, encodings, toString ranges, inspect.
const inputs = ['hello', 'héllo wörld ✓ 😀', '', '\u0000\u00ff', 'a'.repeat(70)];
for (const s of inputs) {
  for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le']) {
    const b = Buffer.from(s, enc === 'hex' ? 'utf8' : enc);
    console.log(enc, b.length, b.toString(enc), Buffer.byteLength(s, enc));
  }
}
console.log(Buffer.from('68656c6c6f', 'hex'), Buffer.from('6g', 'hex'), Buffer.from('abc', 'hex'), Buffer.from('aGVsbG8', 'base64'));
console.log(Buffer.from('aGV sbG8=\n', 'base64').toString(), Buffer.from('_-8', 'base64'), Buffer.from('__8=', 'base64url'));
console.log(Buffer.from([1, 2, 300, -1]), Buffer.from(new Uint16Array([1, 258])), Buffer.from({ length: 2, 0: 9 }));
console.log(Buffer.from({ type: 'Buffer', data: [5, 6] }), Buffer.from(new String('str')), Buffer.of(1, 2, 3));
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 4);
view[0] = 7;
console.log(new Uint8Array(ab)[2], view.length, view.byteOffset);
console.log(Buffer.alloc(5), Buffer.alloc(5, 'ab'), Buffer.alloc(4, 0x101), Buffer.alloc(6, 'aGk=', 'base64'), Buffer.alloc(3, ''));
const b = Buffer.from('Hello, World');
console.log(b.toString('utf8', 7), b.toString('utf8', -1, 5), b.toString('utf8', 5, 2), b.toString(undefined, 1.9, 4.2));
console.log(b.slice(-5).toString(), b.subarray(0, 5).toString(), b.slice(2, 4) instanceof Buffer, b.toJSON().data.length);
console.log(JSON.stringify(Buffer.from('hi')), Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)), Buffer.isEncoding('UTF-8'), Buffer.isEncoding('nope'));
console.log(Buffer.alloc(60), Buffer.alloc(0), [Buffer.from('x')], { b: Buffer.from('ab') });
console.log(Buffer.concat([Buffer.from('a'), Buffer.from('bc')]), Buffer.concat([Buffer.from('abc')], 2), Buffer.concat([Buffer.from('a')], 4), Buffer.concat([]));
console.log(Buffer.from('€').toString('latin1'), Buffer.from([0xe2, 0x82]).toString(), Buffer.from([0xff, 0xfe, 0x41, 0x00]).toString('ucs2'));
console.log(typeof Buffer.poolSize, Buffer.from('a') instanceof Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
