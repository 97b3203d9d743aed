// RSA paddings: OAEP with several hashes and labels round-tripping and its limits, PSS salt
// lengths (digest, max, auto, explicit) signed and verified in every combination, deterministic
// PKCS#1 v1.5 signatures byte for byte, and the errors of bad options and oversize data.
const crypto = require('crypto');
const { RSA_PKCS1 } = require('./shared/test_keys');
const c = crypto.constants;
const key = crypto.createPrivateKey(RSA_PKCS1);
const pub = crypto.createPublicKey(key);
const show = (label, f) => {
  try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex').slice(0, 64) : r); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
const msg = Buffer.from('padding modes');
for (const oaepHash of ['sha1', 'sha256', 'sha384', 'sha512']) {
  for (const oaepLabel of [undefined, Buffer.from('label'), new Uint8Array([1, 2, 3])]) {
    show(`oaep ${oaepHash} ${oaepLabel ? oaepLabel.length : '-'}`, () => {
      const enc = crypto.publicEncrypt({ key: pub, oaepHash, oaepLabel }, msg);
      return `${enc.length} ${crypto.privateDecrypt({ key, oaepHash, oaepLabel }, enc).toString()}`;
    });
  }
}
const e256 = crypto.publicEncrypt({ key: pub, oaepHash: 'sha256' }, msg);
show('oaep wrong hash', () => crypto.privateDecrypt({ key, oaepHash: 'sha1' }, e256));
show('oaep bad hash name', () => crypto.publicEncrypt({ key: pub, oaepHash: 'nope' }, msg));
show('oaep hash type', () => crypto.publicEncrypt({ key: pub, oaepHash: 5 }, msg));
show('oaep label type', () => crypto.publicEncrypt({ key: pub, oaepLabel: 'str' }, msg).length);
show('oaep too long', () => crypto.publicEncrypt({ key: pub, oaepHash: 'sha512' }, Buffer.alloc(127)));
show('oaep max sha512', () => crypto.publicEncrypt({ key: pub, oaepHash: 'sha512' }, Buffer.alloc(126)).length);
show('pkcs1 decrypt of oaep', () => crypto.privateDecrypt({ key, padding: c.RSA_PKCS1_PADDING }, e256));
show('decrypt wrong size', () => crypto.privateDecrypt(key, Buffer.alloc(10)));
show('encrypt data type', () => crypto.publicEncrypt(pub, 5));
show('encrypt key type', () => crypto.publicEncrypt(5, msg));
const S = (saltLength) => ({ key, padding: c.RSA_PKCS1_PSS_PADDING, saltLength });
const V = (saltLength) => ({ key: pub, padding: c.RSA_PKCS1_PSS_PADDING, saltLength });
const combos = [c.RSA_PSS_SALTLEN_DIGEST, c.RSA_PSS_SALTLEN_MAX_SIGN, 0, 10, 222];
for (const s of combos) {
  const sig = crypto.sign('sha256', msg, S(s));
  console.log('pss sign', s, sig.length, combos.map((v) => crypto.verify('sha256', msg, V(v), sig)).join(' '), crypto.verify('sha256', msg, V(c.RSA_PSS_SALTLEN_AUTO), sig));
}
show('pss salt too big', () => crypto.sign('sha256', msg, S(223)));
show('pss salt -4', () => crypto.sign('sha256', msg, S(-4)));
show('pss salt str', () => crypto.sign('sha256', msg, S('1')));
show('padding none', () => crypto.sign('sha256', msg, { key, padding: c.RSA_NO_PADDING }));
show('verify salt -4', () => crypto.verify('sha256', msg, V(-4), Buffer.alloc(256)));
show('verify salt 300', () => crypto.verify('sha256', msg, V(300), Buffer.alloc(256)));
show('verify padding bad', () => crypto.verify('sha256', msg, { key: pub, padding: 2 }, Buffer.alloc(256)));
show('ArrayBuffer data', () => crypto.privateDecrypt(key, crypto.publicEncrypt(pub, new Uint8Array([104, 105]).buffer)).toString());
show('oaep hash RSA-SHA256', () => crypto.privateDecrypt({ key, oaepHash: 'sha256' }, crypto.publicEncrypt({ key: pub, oaepHash: 'RSA-SHA256' }, msg)).toString());
show('padding bad', () => crypto.sign('sha256', msg, { key, padding: 99 }));
show('padding str', () => crypto.sign('sha256', msg, { key, padding: 'pss' }));
show('pkcs1 sig', () => crypto.sign('sha384', msg, { key, padding: c.RSA_PKCS1_PADDING }));
show('pss sig verified as pkcs1', () => crypto.verify('sha256', msg, pub, crypto.sign('sha256', msg, S(32))));
show('null digest rsa', () => crypto.sign(null, msg, key).length);
show('verify null digest', () => crypto.verify(undefined, msg, pub, crypto.sign('sha256', msg, key)));
