// Sign and Verify as writable streams: data piped in, write() and update() mixed, signatures
// in every output encoding; deterministic RSA and Ed25519 signatures compared byte for byte.
const crypto = require('crypto');
const { Readable, pipeline } = require('stream');
const { RSA_PKCS1, EC_SEC1 } = require('./shared/test_keys');

const privateKey = crypto.createPrivateKey(RSA_PKCS1);
const publicKey = crypto.createPublicKey(privateKey);
const pieces = ['stream ', 'of ', 'data ', 'to sign'];

const signer = crypto.createSign('sha256');
pipeline(Readable.from(pieces), signer, (err) => {
  console.log('piped', err ?? 'ok');
  const signature = signer.sign(privateKey, 'base64');
  console.log('signature', signature.slice(0, 44));
  const verifier = crypto.createVerify('sha256');
  verifier.write('stream of ');
  verifier.update('data ');
  verifier.end('to sign');
  verifier.on('finish', () => {
    console.log('verified', verifier.verify(publicKey, signature, 'base64'));
    for (const encoding of ['hex', 'base64url', 'latin1', 'buffer', undefined]) {
      const s = crypto.createSign('SHA512').update('x').sign({ key: RSA_PKCS1 }, encoding);
      console.log(encoding, typeof s, Buffer.isBuffer(s), s.length);
    }
    const ec = crypto.createPrivateKey(EC_SEC1);
    const ecSig = crypto.createSign('sha256').update('ec stream').sign({ key: ec, dsaEncoding: 'ieee-p1363' });
    console.log('ec', ecSig.length, crypto.createVerify('sha256').update('ec stream').verify({ key: crypto.createPublicKey(ec), dsaEncoding: 'ieee-p1363' }, ecSig));
  });
});
