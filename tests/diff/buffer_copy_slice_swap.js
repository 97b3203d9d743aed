// slice/subarray, copy, concat, compare, equals, swap16/32/64, toJSON, inspect of buffers.
const show = (label, fn) => {
  try { const r = fn(); console.log(label, r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); }
};
const b = Buffer.from('0123456789');
for (const args of [[], [2], [-3], [2, 5], [5, 2], [-5, -2], [2, -1], [0, 100], ['2', '4'], [NaN, 3], [1.9, 4.2], [null, 3], [undefined, 3], [Infinity], [-Infinity, 2]]) {
  console.log('slice', JSON.stringify(args), b.slice(...args).toString(), b.subarray(...args).toString());
}
show('slice shares', () => { const s = b.subarray(1, 3); s[0] = 0x41; return b.toString(); });
show('slice of slice', () => b.subarray(2).subarray(1, 3).toString());
show('slice byteOffset', () => b.subarray(3).byteOffset - b.byteOffset);
show('u8 slice copies', () => { const s = Uint8Array.prototype.slice.call(b, 0, 2); s[0] = 1; return [b[0], s.constructor.name]; });
const t = Buffer.alloc(6, 0x2e);
for (const args of [[], [2], [2, 1], [2, 1, 3], [0, 8], [-1], [0, -1], [0, 0, -1], [10], [0, 20], [0, 5, 2], ['1', '2', '4'], [NaN, NaN, NaN], [1.5, 2.5, 4.5]]) {
  t.fill(0x2e);
  show('copy ' + JSON.stringify(args), () => [b.copy(t, ...args), t.toString()]);
}
show('copy overlap', () => { const x = Buffer.from('abcdef'); x.copy(x, 2, 0, 4); return x.toString(); });
show('copy overlap back', () => { const x = Buffer.from('abcdef'); x.copy(x, 0, 2); return x.toString(); });
show('copy to u8', () => { const u = new Uint8Array(3); b.copy(u); return u; });
show('copy from u8', () => { const u = Buffer.alloc(3); Buffer.prototype.copy.call(new Uint8Array([1, 2, 3]), u, 1); return u; });
show('copy bad target', () => b.copy({}));
show('copy null', () => b.copy(null));
show('concat', () => Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63]), Buffer.alloc(0)]).toString());
show('concat len short', () => Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4).toString());
show('concat len long', () => Buffer.concat([Buffer.from('ab')], 5));
show('concat len 0', () => Buffer.concat([Buffer.from('ab')], 0));
show('concat empty', () => Buffer.concat([]));
show('concat bad item', () => Buffer.concat([Buffer.from('a'), 'b']));
show('concat bad item arr', () => Buffer.concat([[1]]));
show('concat not arr', () => Buffer.concat(Buffer.from('x')));
show('concat result is new', () => { const a = Buffer.from('a'); const c = Buffer.concat([a]); c[0] = 0x7a; return a.toString(); });
show('compare', () => [Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('a'), Buffer.from('a')), Buffer.compare(Buffer.from('a'), Buffer.from('ab')), Buffer.compare(new Uint8Array(0), Buffer.alloc(0))]);
show('sort', () => [Buffer.from('b'), Buffer.from('aa'), Buffer.from('a'), Buffer.from('')].sort(Buffer.compare).map(String));
const c = Buffer.from('abcdef');
for (const args of [[Buffer.from('bcd')], [Buffer.from('bcd'), 1], [Buffer.from('bcd'), 1, 3], [c, 0, 6, 0, 6], [c, 0, 6, 1], [c, 0, 6, 0, 5], [Buffer.from('x'), 0, 1, 6, 6], [c, 0, 0, 0, 0]]) {
  show('cmp ' + JSON.stringify(args.map(x => Buffer.isBuffer(x) ? x.toString() : x)), () => c.compare(...args));
}
show('cmp bad range', () => c.compare(c, -1));
show('cmp bad range2', () => c.compare(c, 0, 7));
show('cmp bad range3', () => c.compare(c, 0, 6, 7));
show('cmp bad range4', () => c.compare(c, 0, 6, 3, 2));
show('cmp bad target', () => c.compare('abc'));
show('equals', () => [c.equals(Buffer.from('abcdef')), c.equals(new Uint8Array([97, 98, 99, 100, 101, 102])), c.equals(Buffer.from('abc'))]);
show('equals bad', () => c.equals('abcdef'));
show('swap16', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap16());
show('swap32', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32());
show('swap64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
show('swap16 odd', () => Buffer.alloc(3).swap16());
show('swap32 bad', () => Buffer.alloc(6).swap32());
show('swap64 bad', () => Buffer.alloc(12).swap64());
show('swap16 large', () => { const x = Buffer.alloc(256); for (let i = 0; i < 256; i++) x[i] = i; x.swap16(); return [x[0], x[1], x[254], x[255]]; });
show('swap64 large', () => { const x = Buffer.alloc(512); for (let i = 0; i < 512; i++) x[i] = i & 255; x.swap64(); return [x[0], x[7], x[504], x[511]]; });
show('swap sub', () => { const x = Buffer.from([1, 2, 3, 4, 5]); x.subarray(1).swap16(); return x; });
show('toJSON', () => JSON.stringify({ b: Buffer.from('hi'), e: Buffer.alloc(0) }));
show('toJSON obj', () => Buffer.from([1, 2]).toJSON());
show('inspect long', () => Buffer.alloc(60, 1));
show('toString range', () => [b.toString('utf8', 2, 4), b.toString(undefined, -5, 3), b.toString('utf8', 8, 100), b.toString('utf8', 5, 2), b.toString('utf8', '3'), b.toString('utf8', NaN, NaN)]);
show('toLocaleString', () => b.toLocaleString === b.toString);
show('entries', () => [...Buffer.from('ab').entries()]);
show('keys/values', () => [[...Buffer.from('ab').keys()], [...Buffer.from('ab').values()]]);
show('parent/offset', () => [Buffer.from('ab').parent instanceof ArrayBuffer, typeof Buffer.alloc(1).offset]);
show('write variants', () => { const x = Buffer.alloc(6); return [x.write('ab'), x.write('cd', 3), x.write('efgh', 1, 2), x.write('i', 'latin1'), x.write('jk', 4, 'hex'), x.write('4142', 4, 2, 'hex'), x.toString('hex')]; });
show('write errs', () => Buffer.alloc(2).write(1));
show('write len neg', () => Buffer.alloc(2).write('a', 0, -1));
show('write offset end', () => Buffer.alloc(2).write('a', 2));
