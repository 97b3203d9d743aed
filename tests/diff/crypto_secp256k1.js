// crypto on secp256k1: ECDH (generateKeys, computeSecret both ways, compressed points,
// setPrivateKey), key pairs and their encodings (PEM, DER sec1/pkcs8/spki, JWK with its crv),
// ECDSA signatures in DER and IEEE P1363 form, verification with the public key alone, and the
// public point of a fixed private key.
const crypto = require('crypto');

console.log('listed', crypto.getCurves().includes('secp256k1'));
const alice = crypto.createECDH('secp256k1');
const bob = crypto.createECDH('secp256k1');
const alicePublic = alice.generateKeys();
const bobPublic = bob.generateKeys(null, 'compressed');
console.log('public lengths', alicePublic.length, bobPublic.length, bobPublic[0] === 2 || bobPublic[0] === 3);
const s1 = alice.computeSecret(bobPublic);
const s2 = bob.computeSecret(alicePublic);
console.log('shared', s1.length, s1.equals(s2));

// A fixed private key: its public point is known.
const fixed = crypto.createECDH('secp256k1');
fixed.setPrivateKey(Buffer.from('0000000000000000000000000000000000000000000000000000000000000001', 'hex'));
console.log('G', fixed.getPublicKey('hex', 'compressed'));
console.log('converted', crypto.ECDH.convertKey(fixed.getPublicKey('hex', 'compressed'), 'secp256k1', 'hex', 'hex', 'uncompressed').slice(0, 20));
try {
  alice.computeSecret(Buffer.from('04' + '00'.repeat(64), 'hex'));
} catch (err) {
  console.log('bad point', err.code, err.message);
}

const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
console.log('details', JSON.stringify(privateKey.asymmetricKeyDetails), publicKey.asymmetricKeyType);
for (const [type, format] of [['pkcs8', 'pem'], ['sec1', 'pem'], ['sec1', 'der'], ['pkcs8', 'der']]) {
  const out = privateKey.export({ type, format });
  const back = crypto.createPrivateKey({ key: out, type, format });
  console.log('private', type, format, back.equals(privateKey), typeof out === 'string' ? out.split('\n')[0] : out.length > 100);
}
const spki = publicKey.export({ type: 'spki', format: 'der' });
console.log('spki', spki.length, crypto.createPublicKey({ key: spki, type: 'spki', format: 'der' }).equals(publicKey));
const jwk = privateKey.export({ format: 'jwk' });
console.log('jwk', jwk.kty, jwk.crv, Object.keys(jwk).sort().join(','), jwk.d.length);
console.log('jwk back', crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(privateKey), crypto.createPublicKey({ key: { ...jwk, d: undefined }, format: 'jwk' }).equals(publicKey));

const data = Buffer.from('message to sign');
const der = crypto.sign('sha256', data, privateKey);
const p1363 = crypto.sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
console.log('signatures', der[0] === 0x30, p1363.length);
console.log('verify', crypto.verify('sha256', data, publicKey, der), crypto.verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, p1363), crypto.verify('sha256', Buffer.from('other'), publicKey, der));
const signer = crypto.createSign('SHA384');
signer.update('streamed');
const sig = signer.sign(privateKey);
console.log('createVerify', crypto.createVerify('SHA384').update('streamed').verify(publicKey, sig));

// A key pair with ECDH on KeyObjects.
const other = crypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
const secretA = crypto.diffieHellman({ privateKey, publicKey: other.publicKey });
const secretB = crypto.diffieHellman({ privateKey: other.privateKey, publicKey });
console.log('diffieHellman', secretA.equals(secretB), secretA.length);
try {
  crypto.diffieHellman({ privateKey, publicKey: crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey });
} catch (err) {
  console.log('mixed curves', err.code);
}
