// KeyObjects from fixed keys: import in every form, export in every form, details, equality;
// signatures that are deterministic compared byte for byte (Ed25519, RSA PKCS#1 v1.5), the rest
// verified; RSA encryption round trips; key pair generation; the errors of bad input.
const crypto = require('crypto');
const { RSA_PKCS1, EC_SEC1, EC384_PKCS8, ED_PKCS8 } = require('./shared/test_keys');


function attempt(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', typeof r === 'object' && r !== null ? r.constructor.name : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const keys = {
  rsa: crypto.createPrivateKey(RSA_PKCS1),
  ec: crypto.createPrivateKey(EC_SEC1),
  ec384: crypto.createPrivateKey(EC384_PKCS8),
  ed: crypto.createPrivateKey(ED_PKCS8),
};

for (const [name, key] of Object.entries(keys)) {
  const pub = crypto.createPublicKey(key);
  console.log(name, key.type, key.asymmetricKeyType, key.asymmetricKeyDetails, pub.type, pub.asymmetricKeyType);
  console.log(key.export({ format: 'pem', type: 'pkcs8' }));
  console.log(pub.export({ format: 'pem', type: 'spki' }));
  console.log(key.export({ format: 'der', type: 'pkcs8' }).toString('base64'));
  console.log(pub.export({ format: 'der', type: 'spki' }).toString('hex'));
  const jwk = key.export({ format: 'jwk' });
  console.log(jwk, pub.export({ format: 'jwk' }));
  // Every form read back gives an equal key.
  const again = [
    crypto.createPrivateKey(key.export({ format: 'pem', type: 'pkcs8' })),
    crypto.createPrivateKey({ key: key.export({ format: 'der', type: 'pkcs8' }), format: 'der', type: 'pkcs8' }),
    crypto.createPrivateKey({ key: jwk, format: 'jwk' }),
    crypto.createPublicKey({ key: pub.export({ format: 'der', type: 'spki' }), format: 'der', type: 'spki' }),
    crypto.createPublicKey({ key: pub.export({ format: 'jwk' }), format: 'jwk' }),
    crypto.createPublicKey(key.export({ format: 'pem', type: 'pkcs8' })),
  ];
  console.log(again.map((k) => k.equals(k.type === 'private' ? key : pub)).join(' '), key.equals(pub));

  const data = Buffer.from(`message for ${name}`);
  const digest = name === 'ed' ? null : 'sha256';
  const signature = crypto.sign(digest, data, key);
  if (name === 'ed' || name === 'rsa') console.log('signature', signature.toString('base64'));
  console.log('verify', crypto.verify(digest, data, pub, signature), crypto.verify(digest, Buffer.from('other'), pub, signature), crypto.verify(digest, data, key, signature));
  if (name !== 'ed') {
    const streamed = crypto.createSign('SHA384').update('part one, ').update('part two').sign(key, 'base64');
    console.log('streamed', crypto.createVerify('sha384').update('part one, part two').verify(pub, streamed, 'base64'));
  }
  if (name.startsWith('ec')) {
    const p1363 = crypto.sign('sha512', data, { key, dsaEncoding: 'ieee-p1363' });
    console.log('p1363', p1363.length, crypto.verify('sha512', data, { key: pub, dsaEncoding: 'ieee-p1363' }, p1363), crypto.verify('sha512', data, pub, p1363));
  }
}

// RSA: the other paddings, encryption.
{
  const key = keys.rsa;
  const pub = crypto.createPublicKey(key);
  for (const hash of ['sha1', 'sha256', 'sha512']) {
    console.log(hash, crypto.createSign(`RSA-${hash.toUpperCase()}`).update('x').sign(key, 'hex').slice(0, 40));
  }
  const pss = crypto.sign('sha256', Buffer.from('pss'), { key, padding: crypto.constants.RSA_PKCS1_PSS_PADDING });
  console.log('pss', pss.length,
    crypto.verify('sha256', Buffer.from('pss'), { key: pub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING }, pss),
    crypto.verify('sha256', Buffer.from('pss'), { key: pub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, pss),
    crypto.verify('sha256', Buffer.from('pss'), pub, pss));
  const digestSalt = crypto.sign('sha256', Buffer.from('pss'), { key, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST });
  console.log('pss digest salt', crypto.verify('sha256', Buffer.from('pss'), { key: pub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, digestSalt));
  for (const options of [{}, { oaepHash: 'sha256' }, { oaepHash: 'sha256', oaepLabel: Buffer.from('label') }]) {
    const sealed = crypto.publicEncrypt({ key: pub, ...options }, Buffer.from('secret message'));
    console.log('encrypt', sealed.length, crypto.privateDecrypt({ key, ...options }, sealed).toString());
  }
  console.log(pub.export({ format: 'pem', type: 'pkcs1' }));
  console.log(key.export({ format: 'pem', type: 'pkcs1' }) === RSA_PKCS1);
  console.log(keys.ec.export({ format: 'pem', type: 'sec1' }) === EC_SEC1);
  attempt('oaep wrong label', () => crypto.privateDecrypt({ key, oaepLabel: Buffer.from('x') }, crypto.publicEncrypt(pub, Buffer.from('m'))));
  attempt('pkcs1 decrypt', () => crypto.privateDecrypt({ key, padding: crypto.constants.RSA_PKCS1_PADDING }, crypto.publicEncrypt({ key: pub, padding: crypto.constants.RSA_PKCS1_PADDING }, Buffer.from('m'))));
  attempt('too long', () => crypto.publicEncrypt(pub, Buffer.alloc(300)));
  attempt('ec encrypt', () => crypto.publicEncrypt(crypto.createPublicKey(keys.ec), Buffer.from('m')));
}

// Secret keys.
{
  const secret = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
  console.log(secret.type, secret.symmetricKeySize, secret.export().toString(), secret.export({ format: 'jwk' }));
  console.log(secret.equals(crypto.createSecretKey('0123456789abcdef', 'utf8')), secret.equals(crypto.createSecretKey(Buffer.from('x'))));
  console.log(crypto.createHmac('sha256', secret).update('hmac with a key object').digest('hex'));
  console.log(secret.asymmetricKeyType, keys.ed.symmetricKeySize, secret instanceof crypto.KeyObject);
  const aes = crypto.generateKeySync('aes', { length: 256 });
  console.log(aes.symmetricKeySize, crypto.generateKeySync('hmac', { length: 100 }).symmetricKeySize);
}

// Generated pairs: what does not depend on the random key.
for (const [type, options] of [['ed25519', undefined], ['ec', { namedCurve: 'P-256' }], ['ec', { namedCurve: 'secp384r1' }], ['rsa', { modulusLength: 1024, publicExponent: 3 }]]) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type, options);
  const digest = type === 'ed25519' ? null : 'sha256';
  const sig = crypto.sign(digest, Buffer.from('generated'), privateKey);
  console.log(type, publicKey.asymmetricKeyType, privateKey.asymmetricKeyDetails, crypto.verify(digest, Buffer.from('generated'), publicKey, sig));
}
{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'sec1', format: 'der' },
  });
  console.log(publicKey.split('\n')[0], Buffer.isBuffer(privateKey));
  crypto.generateKeyPair('ed25519', (err, pub, priv) => {
    console.log('async pair', err, pub.type, priv.type, pub.asymmetricKeyType);
  });
}

attempt('garbage pem', () => crypto.createPrivateKey('garbage'));
attempt('public as private', () => crypto.createPrivateKey(crypto.createPublicKey(keys.ed)));
attempt('number', () => crypto.createPrivateKey(5));
attempt('der no type', () => crypto.createPrivateKey({ key: Buffer.alloc(3), format: 'der' }));
attempt('jwk kty', () => crypto.createPrivateKey({ key: { kty: 'XX' }, format: 'jwk' }));
attempt('jwk missing', () => crypto.createPrivateKey({ key: { kty: 'EC', crv: 'P-256' }, format: 'jwk' }));
attempt('pkcs1 for ec', () => keys.ec.export({ format: 'pem', type: 'pkcs1' }));
attempt('sec1 for rsa', () => keys.rsa.export({ format: 'pem', type: 'sec1' }));
attempt('no options', () => keys.ed.export());
attempt('bad type', () => keys.ed.export({ format: 'pem' }));
attempt('secret pem', () => crypto.createSecretKey(Buffer.alloc(3)).export({ format: 'pem' }));
attempt('ed with digest', () => crypto.sign('sha256', Buffer.from('x'), keys.ed));
attempt('sign with public', () => crypto.sign(null, Buffer.from('x'), crypto.createPublicKey(keys.ed)));
attempt('unknown digest', () => crypto.createSign('nope'));
attempt('no key', () => crypto.createSign('sha256').sign());
attempt('sign twice', () => {
  const s = crypto.createSign('sha256').update('x');
  s.sign(keys.ec);
  s.sign(keys.ec);
});
attempt('dsa encoding', () => crypto.sign('sha256', Buffer.from('x'), { key: keys.ec, dsaEncoding: 'nope' }));
attempt('signature type', () => crypto.verify('sha256', Buffer.from('x'), keys.ec, 5));
attempt('curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }));
attempt('modulus', () => crypto.generateKeyPairSync('rsa', {}));
attempt('pair type', () => crypto.generateKeyPairSync('dsa2', {}));
attempt('aes length', () => crypto.generateKeySync('aes', { length: 100 }));
attempt('new KeyObject', () => new crypto.KeyObject('secret', {}));
