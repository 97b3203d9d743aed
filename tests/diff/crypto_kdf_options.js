// KDF option checks beyond the basics: scrypt's N/cost, r/blockSize, p/parallelization aliases
// (both given, wrong types, maxmem limits), pbkdf2/hkdf argument types and ranges in Node's order,
// callback-form validation before any work, and KeyObject and ArrayBuffer inputs.
const crypto = require('crypto');
const show = (label, f) => {
  try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r instanceof ArrayBuffer ? `AB ${Buffer.from(r).toString('hex')}` : r); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
show('scrypt N alias', () => crypto.scryptSync('p', 's', 8, { N: 16 }).equals(crypto.scryptSync('p', 's', 8, { cost: 16 })));
show('scrypt r alias', () => crypto.scryptSync('p', 's', 8, { N: 16, r: 2 }).equals(crypto.scryptSync('p', 's', 8, { N: 16, blockSize: 2 })));
show('scrypt p alias', () => crypto.scryptSync('p', 's', 8, { N: 16, p: 2 }).equals(crypto.scryptSync('p', 's', 8, { N: 16, parallelization: 2 })));
show('scrypt N and cost', () => crypto.scryptSync('p', 's', 8, { N: 16, cost: 16 }));
show('scrypt r and blockSize', () => crypto.scryptSync('p', 's', 8, { r: 1, blockSize: 1 }));
show('scrypt p and parallelization', () => crypto.scryptSync('p', 's', 8, { p: 1, parallelization: 1 }));
show('scrypt N str', () => crypto.scryptSync('p', 's', 8, { N: '16' }));
show('scrypt N 0', () => crypto.scryptSync('p', 's', 8, { N: 0 }));
show('scrypt r 0', () => crypto.scryptSync('p', 's', 8, { N: 16, r: 0 }));
show('scrypt maxmem small', () => crypto.scryptSync('p', 's', 8, { N: 1024, maxmem: 1024 }));
show('scrypt maxmem ok', () => crypto.scryptSync('p', 's', 8, { N: 1024, r: 1, maxmem: 200 * 1024 }).length);
show('scrypt maxmem neg', () => crypto.scryptSync('p', 's', 8, { maxmem: -1 }));
show('scrypt keylen neg', () => crypto.scryptSync('p', 's', -1));
show('scrypt keylen str', () => crypto.scryptSync('p', 's', '8'));
show('scrypt keylen 0', () => crypto.scryptSync('p', 's', 0).length);
show('scrypt options null', () => crypto.scryptSync('p', 's', 4, null).length);
show('scrypt password type', () => crypto.scryptSync(5, 's', 4));
show('scrypt salt type', () => crypto.scryptSync('p', null, 4));
show('scrypt ArrayBuffer', () => crypto.scryptSync(new Uint8Array([112]).buffer, new Uint8Array([115]).buffer, 8).equals(crypto.scryptSync('p', 's', 8)));
show('scrypt no callback', () => crypto.scrypt('p', 's', 8, {}));
show('scrypt callback bad opts', () => crypto.scrypt('p', 's', 8, { N: 3 }, () => console.log('called')));
show('pbkdf2 iterations str', () => crypto.pbkdf2Sync('p', 's', '1', 8, 'sha1'));
show('pbkdf2 iterations 1.5', () => crypto.pbkdf2Sync('p', 's', 1.5, 8, 'sha1'));
show('pbkdf2 keylen 1.5', () => crypto.pbkdf2Sync('p', 's', 1, 1.5, 'sha1'));
show('pbkdf2 keylen huge', () => crypto.pbkdf2Sync('p', 's', 1, 2 ** 31, 'sha1'));
show('pbkdf2 digest null', () => crypto.pbkdf2Sync('p', 's', 1, 8, null));
show('pbkdf2 digest number', () => crypto.pbkdf2Sync('p', 's', 1, 8, 5));
show('pbkdf2 digest upper', () => crypto.pbkdf2Sync('p', 's', 1, 8, 'SHA256'));
show('pbkdf2 salt number', () => crypto.pbkdf2Sync('p', 5, 1, 8, 'sha1'));
show('pbkdf2 DataView', () => crypto.pbkdf2Sync(new DataView(new Uint8Array([112]).buffer), 's', 1, 8, 'sha1').equals(crypto.pbkdf2Sync('p', 's', 1, 8, 'sha1')));
show('pbkdf2 callback type', () => crypto.pbkdf2('p', 's', 1, 8, 'sha1', 'cb'));
show('pbkdf2 callback bad digest', () => crypto.pbkdf2('p', 's', 1, 8, 'nope', () => console.log('called')));
show('hkdf KeyObject', () => crypto.hkdfSync('sha256', crypto.createSecretKey(Buffer.from('key')), 'salt', 'info', 8));
show('hkdf ArrayBuffer salt', () => crypto.hkdfSync('sha256', 'key', new Uint8Array([115, 97, 108, 116]).buffer, 'info', 8));
show('hkdf digest number', () => crypto.hkdfSync(5, 'key', 'salt', 'info', 8));
show('hkdf key number', () => crypto.hkdfSync('sha256', 5, 'salt', 'info', 8));
show('hkdf salt number', () => crypto.hkdfSync('sha256', 'key', 5, 'info', 8));
show('hkdf info number', () => crypto.hkdfSync('sha256', 'key', 'salt', 5, 8));
show('hkdf length str', () => crypto.hkdfSync('sha256', 'key', 'salt', 'info', '8'));
show('hkdf length -1', () => crypto.hkdfSync('sha256', 'key', 'salt', 'info', -1));
show('hkdf length 0', () => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 0));
show('hkdf empty key', () => crypto.hkdfSync('sha256', '', 'salt', 'info', 8));
show('hkdf callback type', () => crypto.hkdf('sha256', 'key', 'salt', 'info', 8));
crypto.hkdf('sha512', 'key', '', '', 16, (err, out) => console.log('hkdf async', err, out instanceof ArrayBuffer, Buffer.from(out).toString('hex')));
