// ECDH: createECDH key generation and raw keys, compressed and uncompressed points,
// computeSecret agreeing both ways, convertKey, crypto.diffieHellman over KeyObjects, and
// the errors of bad curves, points and scalars.
const crypto = require('crypto');
const { EC_SEC1, EC_OTHER } = require('./shared/test_keys');

console.log(crypto.getCurves().includes('prime256v1'), crypto.getCurves().includes('secp384r1'));
for (const curve of ['prime256v1', 'secp384r1']) {
  const a = crypto.createECDH(curve);
  const publicA = a.generateKeys();
  // A generated key's private part may start with zero bytes, which are left out: not shown.
  console.log(curve, publicA.length, a.getPublicKey('hex', 'compressed').length);
  const leadingZero = crypto.createECDH(curve).setPrivateKey(Buffer.concat([Buffer.alloc(1), Buffer.alloc(curve === 'prime256v1' ? 31 : 47, 1)]));
  console.log('leading zero dropped', leadingZero.getPrivateKey('hex'));
  const b = crypto.createECDH(curve);
  b.setPrivateKey(Buffer.alloc(curve === 'prime256v1' ? 32 : 48, 7));
  console.log(b.getPublicKey('hex'), b.getPublicKey('base64', 'compressed'), b.getPrivateKey('hex').slice(0, 8));
  console.log('agree', a.computeSecret(b.getPublicKey()).equals(b.computeSecret(publicA)), b.computeSecret(publicA.toString('hex'), 'hex', 'hex').length);
  console.log(crypto.ECDH.convertKey(b.getPublicKey(), curve, null, 'hex', 'compressed'));
  console.log(crypto.ECDH.convertKey(b.getPublicKey('hex', 'compressed'), curve, 'hex', 'base64'));
}
const fixedA = crypto.createPrivateKey(EC_SEC1);
const fixedB = crypto.createPrivateKey(EC_OTHER);
const ab = crypto.diffieHellman({ privateKey: fixedA, publicKey: crypto.createPublicKey(fixedB) });
const ba = crypto.diffieHellman({ privateKey: fixedB, publicKey: crypto.createPublicKey(fixedA) });
console.log('diffieHellman', ab.toString('hex'), ab.equals(ba));
for (const [label, f] of [
  ['curve', () => crypto.createECDH('nope')],
  ['point', () => crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32, 1)).computeSecret(Buffer.alloc(65))],
  ['zero scalar', () => crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32))],
  ['mismatched curves', () => crypto.diffieHellman({ privateKey: fixedA, publicKey: crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey })],
  ['secret key', () => crypto.diffieHellman({ privateKey: crypto.createSecretKey(Buffer.alloc(4)), publicKey: fixedA })],
]) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
