// The (undocumented but widely used) per-encoding methods: utf8Slice/latin1Write/hexSlice/...,
// and Buffer methods called on plain Uint8Arrays.
const show = (label, fn) => { try { const r = fn(); console.log(label, r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); } };
const b = Buffer.from('h\u00e9llo w\u00f6rld');
for (const m of ['asciiSlice', 'base64Slice', 'base64urlSlice', 'latin1Slice', 'hexSlice', 'ucs2Slice', 'utf8Slice']) {
  show(m, () => typeof b[m] === 'function' ? [b[m](), b[m](1, 4)] : 'missing');
}
for (const m of ['asciiWrite', 'base64Write', 'base64urlWrite', 'latin1Write', 'hexWrite', 'ucs2Write', 'utf8Write']) {
  show(m, () => { if (typeof b[m] !== 'function') return 'missing'; const t = Buffer.alloc(6); return [t[m](m.startsWith('hex') ? 'a1b2' : m.startsWith('base64') ? 'QUJD' : 'ab\u00e9', 1), t]; });
}
show('hexWrite bad', () => Buffer.alloc(2).hexWrite('zz'));
show('equals on u8', () => Buffer.prototype.equals.call(new Uint8Array([1]), new Uint8Array([1])));
show('readUInt16LE on u8', () => Buffer.prototype.readUInt16LE.call(new Uint8Array([1, 2]), 0));
show('fill on u8', () => { const u = new Uint8Array(3); Buffer.prototype.fill.call(u, 'z'); return u; });
show('indexOf on u8', () => Buffer.prototype.indexOf.call(new Uint8Array([1, 2, 3]), 2));
show('SlowBuffer', () => { const { SlowBuffer } = require('buffer'); const s = SlowBuffer(4); return [s.length, Buffer.isBuffer(s)]; });
show('inspect u8 vs buffer', () => [require('util').inspect(new Uint8Array([1, 2])), require('util').inspect(Buffer.from([1, 2]))]);
