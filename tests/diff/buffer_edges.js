// Buffer edge cases: slice sharing, fill wrap, negative offsets, byteLength of odd strings, JSON.
const b = Buffer.from('abcdef');
const s = b.slice(1, 3);
s[0] = 0x5a;
console.log(b.toString(), s.toString(), b.subarray(-2).toString(), b.slice(4, 2).length);
console.log(Buffer.byteLength('€'), Buffer.byteLength('😀'), Buffer.byteLength('\ud800'), Buffer.byteLength('abc', 'ucs2'), Buffer.byteLength('aGk=', 'base64'), Buffer.byteLength('abc', 'hex'));
console.log(Buffer.from('\ud800abc'), Buffer.from('😀').toString('ascii'), Buffer.from([0x80, 0x41]).toString('ascii'));
console.log(Buffer.alloc(7).fill('abc', 1), Buffer.alloc(3).fill(256 + 65), Buffer.alloc(3).fill(true));
console.log(JSON.stringify(Buffer.from([1, 2])), JSON.parse(JSON.stringify(Buffer.from('x')), (k, v) => (v && v.type === 'Buffer' ? Buffer.from(v.data) : v)));
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('ab')), Buffer.from('abc').compare(Buffer.from('abd'), 0, 2, 0, 2));
const big = Buffer.alloc(200, 1);
console.log(big.equals(Buffer.alloc(200, 1)), big.compare(Buffer.alloc(200, 2)), Buffer.alloc(100, 'x').indexOf('xx', 98), Buffer.alloc(100, 'x').lastIndexOf('x'));
console.log(Buffer.from('b'.repeat(5)).toString('base64url'), Buffer.from('____', 'base64url'), Buffer.from('ab=cd', 'base64'), Buffer.from('YW Jj\nZA==', 'base64').toString());
console.log(Buffer.from('zz', 'hex'), Buffer.from('a', 'hex'), Buffer.from('0102xx03', 'hex'), Buffer.from('ABCD', 'hex'));
console.log(Buffer.from('héllo', 'latin1').toString('latin1'), Buffer.from('hi', 'utf16le').toString('hex'), Buffer.from('6869', 'hex').toString('utf16le'));
const ta = new Uint16Array([0x0102, 0x0304]);
console.log(Buffer.from(ta.buffer), Buffer.from(ta.buffer, 2), Buffer.from(ta.buffer, 1, 2));
console.log(b.readUInt16LE(), b.readUInt32BE(2).toString(16), Buffer.alloc(8).writeDoubleLE(Math.PI), Buffer.alloc(4).writeFloatBE(1.5, 0));
