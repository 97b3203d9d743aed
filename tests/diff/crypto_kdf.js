// Key derivation: pbkdf2, scrypt and hkdf, synchronous and with callbacks, and Node's checks.
const crypto = require('crypto');

console.log(crypto.pbkdf2Sync('password', 'salt', 1000, 32, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 3, 20, 'sha1').toString('base64'));
console.log(crypto.pbkdf2Sync('p', 's', 1, 0, 'sha512').length, crypto.pbkdf2Sync('p', 's', 2, 100, 'SHA3-256').length);
console.log(crypto.scryptSync('password', 'salt', 32).toString('hex'));
console.log(crypto.scryptSync('pw', 'salt', 16, { cost: 16, blockSize: 1, parallelization: 2 }).toString('hex'));
const okm = crypto.hkdfSync('sha256', 'key', 'salt', 'info', 42);
console.log(okm instanceof ArrayBuffer, Buffer.from(okm).toString('hex'));
console.log(Buffer.from(crypto.hkdfSync('sha512', Buffer.alloc(10), '', '', 64)).toString('base64'));
crypto.pbkdf2('password', 'salt', 10, 16, 'md5', (err, key) => {
  console.log('pbkdf2 callback', err, key.toString('hex'));
  crypto.scrypt('password', 'salt', 16, { N: 1024 }, (err2, key2) => {
    console.log('scrypt callback', err2, key2.toString('hex'));
    crypto.hkdf('sha1', 'k', 's', 'i', 20, (err3, key3) => {
      console.log('hkdf callback', err3, Buffer.from(key3).toString('hex'));
    });
  });
});
for (const f of [
  () => crypto.pbkdf2Sync('p', 's', 0, 16, 'sha256'),
  () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha256'),
  () => crypto.pbkdf2Sync('p', 's', 1, 16, 'nope'),
  () => crypto.pbkdf2Sync('p', 's', 1, 16),
  () => crypto.pbkdf2Sync(1, 's', 1, 16, 'sha1'),
  () => crypto.pbkdf2('p', 's', 1, 16, 'sha1'),
  () => crypto.scryptSync('p', 's', 16, { N: 3 }),
  () => crypto.scryptSync('p', 's', 16, { N: 2 ** 20 }),
  () => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 255 * 32 + 1),
  () => crypto.hkdfSync('nope', 'key', 'salt', 'info', 16),
  () => crypto.hkdfSync('sha256', 'key', 'salt', Buffer.alloc(1025), 16),
]) {
  try {
    f();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
