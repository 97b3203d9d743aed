// crypto.subtle misuse: wrong key types for operations, missing parameters, bad lengths and
// formats, non-extractable keys, usages that do not fit, each with Node's error name.
const { subtle } = globalThis.crypto;

async function attempt(label, f) {
  try {
    await f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.message);
  }
}

(async () => {
  const hmac = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const aes = await subtle.generateKey({ name: 'AES-CBC', length: 128 }, true, ['encrypt']);
  const ed = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  await attempt('verify with sign-only key', () => subtle.verify('HMAC', hmac, new Uint8Array(32), new Uint8Array(1)));
  await attempt('decrypt with encrypt-only key', () => subtle.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, aes, new Uint8Array(16)));
  await attempt('short iv', () => subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(8) }, aes, new Uint8Array(1)));
  await attempt('sign with public key', () => subtle.sign('Ed25519', ed.publicKey, new Uint8Array(1)));
  await attempt('export private as spki', () => subtle.exportKey('spki', ed.privateKey));
  await attempt('export public as pkcs8', () => subtle.exportKey('pkcs8', ed.publicKey));
  await attempt('export non-extractable', () => subtle.exportKey('jwk', hmac));
  await attempt('unknown format', () => subtle.exportKey('pem', aes));
  await attempt('hmac without hash', () => subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC' }, true, ['sign']));
  await attempt('aes 100 bits', () => subtle.importKey('raw', new Uint8Array(12), 'AES-GCM', true, ['encrypt']));
  await attempt('ecdsa usages', () => subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['encrypt']));
  await attempt('unknown curve', () => subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-999' }, true, ['sign']));
  await attempt('pbkdf2 no iterations', async () => {
    const k = await subtle.importKey('raw', new Uint8Array(8), 'PBKDF2', false, ['deriveBits']);
    return subtle.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(8), hash: 'SHA-256', iterations: 0 }, k, 128);
  });
  await attempt('jwk of wrong kty', () => subtle.importKey('jwk', { kty: 'EC', crv: 'P-256' }, 'AES-GCM', true, ['encrypt']));
  await attempt('gcm tag length', () => subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12), tagLength: 40 }, aes, new Uint8Array(1)));
  await attempt('digest of nothing', () => subtle.digest('SHA-256'));
  console.log('done');
})();
