// indexOf / lastIndexOf / includes with encodings and byteOffsets; fill variants.
const show = (label, fn) => {
  try { const r = fn(); console.log(label, r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); }
};
const b = Buffer.from('abcabc\u00e9abc');
const offs = [undefined, 0, 1, 3, -1, -3, -100, 100, 2.7, '2', 'x', NaN, null, {}, Infinity, -Infinity];
for (const needle of ['abc', 'c', '', '\u00e9', Buffer.from('ca'), 0x61, 0x161, -159, 99.9, new Uint8Array([98, 99])]) {
  const row = offs.map(o => `${b.indexOf(needle, o)}|${b.lastIndexOf(needle, o)}|${b.includes(needle, o)}`);
  console.log(typeof needle === 'object' ? Buffer.from(needle).toString() : JSON.stringify(needle), row.join(' '));
}
const u = Buffer.from('a\u00e9b', 'ucs2');
show('ucs2 idx', () => [u.indexOf('b', 0, 'ucs2'), u.indexOf('\u00e9', 'ucs2'), u.lastIndexOf('a', 'utf16le'), u.indexOf('b', 1, 'ucs2'), u.indexOf(Buffer.from([0, 0x62]))]);
show('hex idx', () => [b.indexOf('6263', 'hex'), b.lastIndexOf('6263', 'hex'), b.indexOf('626', 'hex'), b.indexOf('zz', 'hex')]);
show('base64 idx', () => [b.indexOf('YWJj', 'base64'), b.lastIndexOf('YWJj', -1, 'base64')]);
show('latin1 idx', () => [b.indexOf('\u00e9', 'latin1'), b.indexOf('\u00c3\u00a9', 'latin1'), b.indexOf('\u00e9', 0, 'binary')]);
show('enc as offset', () => [b.indexOf('b', 'utf8'), b.lastIndexOf('b', 'latin1')]);
show('bad enc', () => b.indexOf('b', 0, 'nope'));
show('bad needle', () => b.indexOf(Symbol('x')));
show('bad needle obj', () => b.lastIndexOf({}));
show('bad needle bool', () => b.includes(true));
show('empty buf', () => [Buffer.alloc(0).indexOf(''), Buffer.alloc(0).indexOf('', 5), Buffer.alloc(0).lastIndexOf(''), Buffer.alloc(0).indexOf(0)]);
show('empty needle positions', () => [b.indexOf('', 4), b.indexOf('', 50), b.lastIndexOf('', 4), b.lastIndexOf('', 50), b.indexOf(Buffer.alloc(0), -2)]);
// fill
const f = Buffer.alloc(10);
show('fill str', () => f.fill('xy').toString());
show('fill range', () => f.fill('Z', 2, 5).toString());
show('fill enc only', () => f.fill('41', 'hex').toString());
show('fill offset enc', () => f.fill('4243', 3, 'hex').toString());
show('fill multibyte', () => f.fill('\u20ac').toString('hex'));
show('fill ucs2', () => f.fill('\u20ac', 'ucs2').toString('hex'));
show('fill partial end', () => f.fill('abc', 0, 4).toString());
show('fill num', () => f.fill(0x1ff).toString('hex'));
show('fill neg num', () => f.fill(-1).toString('hex'));
show('fill float', () => f.fill(65.9).toString());
show('fill bool', () => f.fill(true).toString('hex'));
show('fill null', () => f.fill(null).toString('hex'));
show('fill buf', () => f.fill(Buffer.from([1, 2, 3])).toString('hex'));
show('fill empty buf', () => f.fill(Buffer.alloc(0)));
show('fill empty str', () => f.fill('').toString('hex'));
show('fill bad hex', () => f.fill('zz', 'hex'));
show('fill odd hex', () => f.fill('a', 'hex'));
show('fill odd hex2', () => f.fill('abc', 'hex').toString('hex'));
show('fill bad enc', () => f.fill('a', 'nope'));
show('fill enc num', () => f.fill('a', 0, 2, 5));
show('fill start>end', () => f.fill(7, 5, 2).toString('hex'));
show('fill end big', () => f.fill(7, 0, 11));
show('fill start neg', () => f.fill(7, -1));
show('fill start str', () => f.fill(7, '1'));
show('fill returns this', () => f.fill(0) === f);
show('fill u8', () => f.fill(new Uint8Array([5, 6])).toString('hex'));
show('fill obj', () => f.fill({}).toString('hex'));
show('fill latin1', () => f.fill('\u00ff\u0101', 'latin1').toString('hex'));
