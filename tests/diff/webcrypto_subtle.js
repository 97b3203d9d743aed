// crypto.subtle: digests, HMAC, AES-GCM/CBC/CTR, RSA-OAEP, signatures (deterministic ones
// compared byte for byte), key import and export in every format, PBKDF2, HKDF and ECDH
// derivation, wrapping, and the DOMException names of misuse.
const { subtle } = globalThis.crypto;
const nodeCrypto = require('crypto');
const { RSA_PKCS1, EC_SEC1, ED_PKCS8, EC_OTHER } = require('./shared/test_keys');

const hex = (buffer) => Buffer.from(buffer).toString('hex');
const bytes = (text) => new TextEncoder().encode(text);
const der = (pem, type) => nodeCrypto.createPrivateKey(pem).export({ format: 'der', type });

async function attempt(label, f) {
  try {
    const r = await f();
    console.log(label, 'ok', r instanceof ArrayBuffer ? hex(r) : r);
  } catch (e) {
    console.log(label, e.name, e.message);
  }
}

(async () => {
  for (const name of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256']) {
    console.log(name, hex(await subtle.digest(name, bytes('web crypto'))));
  }
  console.log(hex(await subtle.digest({ name: 'SHA-256' }, new DataView(bytes('view').buffer))));

  // HMAC from raw bytes; verify; JWK export and back.
  const hmac = await subtle.importKey('raw', bytes('hmac key material'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  console.log(hmac, hmac.algorithm);
  const mac = await subtle.sign('HMAC', hmac, bytes('message'));
  console.log('hmac', hex(mac), await subtle.verify('HMAC', hmac, mac, bytes('message')), await subtle.verify('HMAC', hmac, mac, bytes('other')));
  const jwk = await subtle.exportKey('jwk', hmac);
  console.log(jwk);
  const back = await subtle.importKey('jwk', jwk, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  console.log('jwk back', await subtle.verify('HMAC', back, mac, bytes('message')), back.extractable, back.usages);

  // AES in each mode with fixed keys and IVs.
  const aesBytes = new Uint8Array(32).map((_, i) => i);
  const iv = new Uint8Array(16).map((_, i) => 100 + i);
  for (const [name, params] of [
    ['AES-GCM', { iv: iv.subarray(0, 12) }],
    ['AES-GCM', { iv: iv.subarray(0, 12), additionalData: bytes('aad'), tagLength: 96 }],
    ['AES-CBC', { iv }],
    ['AES-CTR', { counter: iv, length: 64 }],
  ]) {
    for (const size of [16, 32]) {
      const key = await subtle.importKey('raw', aesBytes.subarray(0, size), name, true, ['encrypt', 'decrypt']);
      const sealed = await subtle.encrypt({ name, ...params }, key, bytes('attack at dawn, or maybe noon'));
      const opened = await subtle.decrypt({ name, ...params }, key, sealed);
      console.log(name, size, key.algorithm, hex(sealed), new TextDecoder().decode(opened));
    }
  }
  const gcm = await subtle.importKey('raw', aesBytes.subarray(0, 16), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const sealed = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: iv.subarray(0, 12) }, gcm, bytes('x')));
  sealed[0] ^= 1;
  await attempt('tampered', () => subtle.decrypt({ name: 'AES-GCM', iv: iv.subarray(0, 12) }, gcm, sealed));
  await attempt('not extractable', () => subtle.exportKey('raw', gcm));
  await attempt('wrong mode', () => subtle.encrypt({ name: 'AES-CBC', iv }, gcm, bytes('x')));
  await attempt('no iv', () => subtle.encrypt({ name: 'AES-GCM' }, gcm, bytes('x')));
  await attempt('wrong usage', () => subtle.sign('HMAC', gcm, bytes('x')));
  await attempt('bad length', () => subtle.importKey('raw', new Uint8Array(15), 'AES-CBC', true, ['encrypt']));
  await attempt('bad usage', () => subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', true, ['sign']));
  await attempt('no usages', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, []));
  await attempt('unknown', () => subtle.digest('SHA-999', bytes('x')));
  await attempt('data type', () => subtle.digest('SHA-256', 'text'));
  await attempt('aes gen length', () => subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']));

  // Asymmetric keys from PKCS#8 and SPKI.
  const edKey = await subtle.importKey('pkcs8', der(ED_PKCS8, 'pkcs8'), 'Ed25519', true, ['sign']);
  const edPub = await subtle.importKey('spki', nodeCrypto.createPublicKey(ED_PKCS8).export({ format: 'der', type: 'spki' }), 'Ed25519', true, ['verify']);
  const edSig = await subtle.sign('Ed25519', edKey, bytes('signed'));
  console.log('ed25519', hex(edSig), await subtle.verify('Ed25519', edPub, edSig, bytes('signed')));
  console.log(hex(await subtle.exportKey('raw', edPub)), await subtle.exportKey('jwk', edKey));

  const rsaKey = await subtle.importKey('pkcs8', der(RSA_PKCS1, 'pkcs8'), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['sign']);
  const rsaPub = await subtle.importKey('jwk', nodeCrypto.createPublicKey(RSA_PKCS1).export({ format: 'jwk' }), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['verify']);
  const rsaSig = await subtle.sign('RSASSA-PKCS1-v1_5', rsaKey, bytes('signed'));
  console.log('rsa', hex(rsaSig).slice(0, 64), await subtle.verify('RSASSA-PKCS1-v1_5', rsaPub, rsaSig, bytes('signed')));
  console.log(rsaKey.algorithm, (await subtle.exportKey('jwk', rsaPub)).alg);
  const pssKey = await subtle.importKey('pkcs8', der(RSA_PKCS1, 'pkcs8'), { name: 'RSA-PSS', hash: 'SHA-384' }, false, ['sign']);
  const pssPub = await subtle.importKey('spki', await subtle.exportKey('spki', rsaPub), { name: 'RSA-PSS', hash: 'SHA-384' }, false, ['verify']);
  const pssSig = await subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, pssKey, bytes('pss'));
  console.log('pss', pssSig.byteLength, await subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, pssPub, pssSig, bytes('pss')));
  const oaepPub = await subtle.importKey('spki', await subtle.exportKey('spki', rsaPub), { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt', 'wrapKey']);
  const oaepKey = await subtle.importKey('pkcs8', der(RSA_PKCS1, 'pkcs8'), { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['decrypt', 'unwrapKey']);
  const ciphertext = await subtle.encrypt({ name: 'RSA-OAEP', label: bytes('l') }, oaepPub, bytes('oaep secret'));
  console.log('oaep', ciphertext.byteLength, new TextDecoder().decode(await subtle.decrypt({ name: 'RSA-OAEP', label: bytes('l') }, oaepKey, ciphertext)));
  const wrapped = await subtle.wrapKey('jwk', hmac, oaepPub, { name: 'RSA-OAEP' });
  const unwrapped = await subtle.unwrapKey('jwk', wrapped, oaepKey, { name: 'RSA-OAEP' }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  console.log('unwrapped', hex(await subtle.sign('HMAC', unwrapped, bytes('message'))) === hex(mac));

  const ecKey = await subtle.importKey('pkcs8', der(EC_SEC1, 'pkcs8'), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const ecJwk = await subtle.exportKey('jwk', ecKey);
  console.log(ecJwk);
  const ecPub = await subtle.importKey('jwk', { ...ecJwk, d: undefined, key_ops: ['verify'] }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  const raw = await subtle.exportKey('raw', ecPub);
  const rawPub = await subtle.importKey('raw', raw, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  const ecSig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-384' }, ecKey, bytes('ecdsa'));
  console.log('ecdsa', ecSig.byteLength, await subtle.verify({ name: 'ECDSA', hash: 'SHA-384' }, rawPub, ecSig, bytes('ecdsa')), hex(raw));
  await attempt('curve mismatch', () => subtle.importKey('raw', raw, { name: 'ECDSA', namedCurve: 'P-384' }, true, ['verify']));
  await attempt('key type mismatch', () => subtle.importKey('pkcs8', der(EC_SEC1, 'pkcs8'), 'Ed25519', true, ['sign']));

  // ECDH between the fixed key and a second fixed key: the same secret both ways.
  const ecdhA = await subtle.importKey('pkcs8', der(EC_SEC1, 'pkcs8'), { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits', 'deriveKey']);
  const otherJwk = nodeCrypto.createPrivateKey(EC_OTHER).export({ format: 'jwk' });
  const ecdhB = await subtle.importKey('jwk', otherJwk, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const pubA = await subtle.importKey('raw', raw, { name: 'ECDH', namedCurve: 'P-256' }, true, []);
  const pubB = await subtle.importKey('jwk', { ...otherJwk, d: undefined }, { name: 'ECDH', namedCurve: 'P-256' }, true, []);
  const ab = await subtle.deriveBits({ name: 'ECDH', public: pubB }, ecdhA, 256);
  const ba = await subtle.deriveBits({ name: 'ECDH', public: pubA }, ecdhB, 256);
  console.log('ecdh', hex(ab), hex(ab) === hex(ba), hex(await subtle.deriveBits({ name: 'ECDH', public: pubB }, ecdhA, 100)));
  const derived = await subtle.deriveKey({ name: 'ECDH', public: pubB }, ecdhA, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  console.log('derived', derived.algorithm, hex(await subtle.exportKey('raw', derived)));

  // Password and HKDF derivation.
  const password = await subtle.importKey('raw', bytes('hunter2'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  console.log('pbkdf2', hex(await subtle.deriveBits({ name: 'PBKDF2', salt: bytes('salt'), iterations: 1000, hash: 'SHA-256' }, password, 256)));
  const pbkdfKey = await subtle.deriveKey({ name: 'PBKDF2', salt: bytes('salt'), iterations: 10, hash: 'SHA-1' }, password, { name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
  console.log(pbkdfKey.algorithm, hex(await subtle.exportKey('raw', pbkdfKey)).slice(0, 32));
  const ikm = await subtle.importKey('raw', bytes('input keying material'), 'HKDF', false, ['deriveBits']);
  console.log('hkdf', hex(await subtle.deriveBits({ name: 'HKDF', salt: bytes('s'), info: bytes('i'), hash: 'SHA-512' }, ikm, 512)));
  await attempt('extractable pbkdf2', () => subtle.importKey('raw', bytes('x'), 'PBKDF2', true, ['deriveBits']));

  // Generated keys: shapes only.
  const pairs = [
    [{ name: 'ECDSA', namedCurve: 'P-384' }, ['sign', 'verify']],
    ['Ed25519', ['sign', 'verify']],
    [{ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, ['encrypt', 'decrypt']],
    [{ name: 'ECDH', namedCurve: 'P-256' }, ['deriveBits']],
  ];
  for (const [algorithm, usages] of pairs) {
    const pair = await subtle.generateKey(algorithm, true, usages);
    console.log(Object.keys(pair), pair.publicKey.algorithm, pair.publicKey.usages, pair.privateKey.usages, pair.privateKey.extractable);
  }
  const aes = await subtle.generateKey({ name: 'AES-CTR', length: 192 }, false, ['encrypt']);
  const hmacGen = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
  console.log(aes, hmacGen.algorithm, (await subtle.exportKey('raw', hmacGen)).byteLength);
  console.log(Object.prototype.toString.call(subtle), typeof CryptoKey, hmac instanceof CryptoKey, nodeCrypto.webcrypto.subtle === subtle);
  console.log(nodeCrypto.KeyObject.from(hmac).symmetricKeySize, nodeCrypto.KeyObject.from(edKey).asymmetricKeyType);
})();
