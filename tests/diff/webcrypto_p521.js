// Web Crypto on P-521: ECDSA keys and signatures (P1363, 132 bytes), raw and JWK export and
// import, ECDH deriveBits of 528 bits agreeing both ways.
const { subtle } = globalThis.crypto;
(async () => {
  const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-521' }, true, ['sign', 'verify']);
  const data = new TextEncoder().encode('hello');
  const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-512' }, pair.privateKey, data);
  console.log('sig', sig.byteLength, await subtle.verify({ name: 'ECDSA', hash: 'SHA-512' }, pair.publicKey, sig, data));
  const raw = await subtle.exportKey('raw', pair.publicKey);
  const jwk = await subtle.exportKey('jwk', pair.privateKey);
  console.log('raw', raw.byteLength, 'jwk', jwk.crv, jwk.kty, pair.publicKey.algorithm.namedCurve);
  const back = await subtle.importKey('raw', raw, { name: 'ECDSA', namedCurve: 'P-521' }, true, ['verify']);
  console.log('reimported verifies', await subtle.verify({ name: 'ECDSA', hash: 'SHA-512' }, back, sig, data));
  const a = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-521' }, false, ['deriveBits']);
  const b = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-521' }, false, ['deriveBits']);
  const x = await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 528);
  const y = await subtle.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, 528);
  console.log('ecdh', x.byteLength, Buffer.from(x).equals(Buffer.from(y)));
})();
