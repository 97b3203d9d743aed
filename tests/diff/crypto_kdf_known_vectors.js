// Key derivation known answers: PBKDF2-HMAC-SHA1 (RFC 6070), PBKDF2-HMAC-SHA256, scrypt
// (RFC 7914 section 12) and HKDF (RFC 5869 appendix A), sync and callback forms agreeing.
const crypto = require('crypto');

const pbkdf2 = [
  ['password', 'salt', 1, 20, 'sha1'],
  ['password', 'salt', 2, 20, 'sha1'],
  ['password', 'salt', 4096, 20, 'sha1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1'],
  ['pass\0word', 'sa\0lt', 4096, 16, 'sha1'],
  ['password', 'salt', 1, 32, 'sha256'],
  ['password', 'salt', 4096, 64, 'sha512'],
];
for (const [password, salt, iterations, length, digest] of pbkdf2) {
  console.log('pbkdf2', JSON.stringify(password), iterations, digest, crypto.pbkdf2Sync(password, salt, iterations, length, digest).toString('hex'));
}

const scrypt = [
  ['', '', 16, 1, 1, 64],
  ['password', 'NaCl', 1024, 8, 16, 64],
  ['pleaseletmein', 'SodiumChloride', 16384, 8, 1, 64],
];
for (const [password, salt, N, r, p, length] of scrypt) {
  console.log('scrypt', N, r, p, crypto.scryptSync(password, salt, length, { N, r, p, maxmem: 64 * 1024 * 1024 }).toString('hex'));
}

const hex = (s) => Buffer.from(s, 'hex');
const hkdf = [
  ['sha256', hex('0b'.repeat(22)), hex('000102030405060708090a0b0c'), hex('f0f1f2f3f4f5f6f7f8f9'), 42],
  ['sha256', hex('0b'.repeat(22)), Buffer.alloc(0), Buffer.alloc(0), 42],
  ['sha1', hex('0b'.repeat(11)), hex('000102030405060708090a0b0c'), hex('f0f1f2f3f4f5f6f7f8f9'), 42],
];
for (const [digest, ikm, salt, info, length] of hkdf) {
  console.log('hkdf', digest, Buffer.from(crypto.hkdfSync(digest, ikm, salt, info, length)).toString('hex'));
}

crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', (err, key) => {
  console.log('pbkdf2 callback', err, key.toString('hex'));
  crypto.scrypt('password', 'NaCl', 16, { N: 1024, r: 8, p: 16 }, (err2, key2) => {
    console.log('scrypt callback', err2, key2.toString('hex'));
    crypto.hkdf('sha256', 'key', 'salt', 'info', 16, (err3, key3) => console.log('hkdf callback', err3, Buffer.from(key3).toString('hex')));
  });
});
