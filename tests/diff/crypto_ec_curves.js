// crypto on each elliptic curve (P-256, P-384, secp256k1, P-521): ECDH (generateKeys,
// computeSecret both ways, compressed points, setPrivateKey), key pairs and their encodings
// (PEM, DER sec1/pkcs8/spki, JWK with its crv), ECDSA signatures in DER and IEEE P1363 form,
// verification with the public key alone, the public point of a fixed private key, and keys
// on two different curves mixed.
const crypto = require('crypto');

const curves = [
  ['prime256v1', 32],
  ['secp384r1', 48],
  ['secp256k1', 32],
  ['secp521r1', 66],
];

curves.forEach(([curve, size], i) => {
  const otherCurve = curves[(i + 1) % curves.length][0];
  const log = (...args) => console.log(curve, ...args);
  log('listed', crypto.getCurves().includes(curve));
  const alice = crypto.createECDH(curve);
  const bob = crypto.createECDH(curve);
  const alicePublic = alice.generateKeys();
  const bobPublic = bob.generateKeys(null, 'compressed');
  log('public lengths', alicePublic.length, bobPublic.length, bobPublic[0] === 2 || bobPublic[0] === 3);
  const s1 = alice.computeSecret(bobPublic);
  const s2 = bob.computeSecret(alicePublic);
  log('shared', s1.length, s1.equals(s2));

  // A fixed private key: its public point is known.
  const fixed = crypto.createECDH(curve);
  fixed.setPrivateKey(Buffer.from('00'.repeat(size - 1) + '01', 'hex'));
  log('G', fixed.getPublicKey('hex', 'compressed'));
  log('converted', crypto.ECDH.convertKey(fixed.getPublicKey('hex', 'compressed'), curve, 'hex', 'hex', 'uncompressed').slice(0, 20));
  try {
    alice.computeSecret(Buffer.from('04' + '00'.repeat(64), 'hex'));
  } catch (err) {
    log('bad point', err.code, err.message);
  }

  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: curve });
  log('details', JSON.stringify(privateKey.asymmetricKeyDetails), publicKey.asymmetricKeyType);
  for (const [type, format] of [['pkcs8', 'pem'], ['sec1', 'pem'], ['sec1', 'der'], ['pkcs8', 'der']]) {
    const out = privateKey.export({ type, format });
    const back = crypto.createPrivateKey({ key: out, type, format });
    log('private', type, format, back.equals(privateKey), typeof out === 'string' ? out.split('\n')[0] : out.length > 100);
  }
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  log('spki', spki.length, crypto.createPublicKey({ key: spki, type: 'spki', format: 'der' }).equals(publicKey));
  const jwk = privateKey.export({ format: 'jwk' });
  log('jwk', jwk.kty, jwk.crv, Object.keys(jwk).sort().join(','), jwk.d.length);
  log('jwk back', crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(privateKey), crypto.createPublicKey({ key: { ...jwk, d: undefined }, format: 'jwk' }).equals(publicKey));

  const data = Buffer.from('message to sign');
  const der = crypto.sign('sha256', data, privateKey);
  const p1363 = crypto.sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
  log('signatures', der[0] === 0x30, p1363.length);
  log('verify', crypto.verify('sha256', data, publicKey, der), crypto.verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, p1363), crypto.verify('sha256', Buffer.from('other'), publicKey, der));
  const signer = crypto.createSign('SHA384');
  signer.update('streamed');
  const sig = signer.sign(privateKey);
  log('createVerify', crypto.createVerify('SHA384').update('streamed').verify(publicKey, sig));

  // A key pair with ECDH on KeyObjects.
  const other = crypto.generateKeyPairSync('ec', { namedCurve: curve });
  const secretA = crypto.diffieHellman({ privateKey, publicKey: other.publicKey });
  const secretB = crypto.diffieHellman({ privateKey: other.privateKey, publicKey });
  log('diffieHellman', secretA.equals(secretB), secretA.length);
  try {
    crypto.diffieHellman({ privateKey, publicKey: crypto.generateKeyPairSync('ec', { namedCurve: otherCurve }).publicKey });
  } catch (err) {
    log('mixed curves', err.code);
  }
});
