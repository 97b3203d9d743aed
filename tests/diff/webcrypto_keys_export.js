// crypto.subtle key generation and export: CryptoKey shapes for every algorithm (type, usages
// split between a pair's keys, algorithm dictionaries), JWK members and alg names, raw/spki/pkcs8
// lengths, importing exports back, and getRandomValues/randomUUID shape and argument errors.
const { subtle } = globalThis.crypto;
async function attempt(label, f) {
  try { const r = await f(); console.log(label, 'ok', r); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
// RSA's private exponents are as long as their leading zero bytes let them be: a random key's
// length varies, so those show only by name.
const jwkShape = (j) => Object.keys(j).sort().map((key) => {
  if (['kty', 'crv', 'alg', 'ext', 'key_ops', 'e'].includes(key)) return `${key}=${JSON.stringify(j[key])}`;
  if (['d', 'dp', 'dq', 'qi'].includes(key) && j.kty === 'RSA') return key;
  return `${key}:${j[key].length}`;
}).join(' ');
(async () => {
  const specs = [
    [{ name: 'HMAC', hash: 'SHA-256' }, ['sign', 'verify']],
    [{ name: 'HMAC', hash: 'SHA-512', length: 200 }, ['sign']],
    [{ name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt', 'wrapKey']],
    [{ name: 'AES-CBC', length: 128 }, ['decrypt']],
    [{ name: 'AES-CTR', length: 192 }, ['encrypt']],
    [{ name: 'ECDSA', namedCurve: 'P-384' }, ['sign', 'verify']],
    [{ name: 'ECDH', namedCurve: 'P-256' }, ['deriveKey', 'deriveBits']],
    [{ name: 'Ed25519' }, ['sign', 'verify']],
    [{ name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, ['sign', 'verify']],
    [{ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-384' }, ['verify', 'sign']],
    [{ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1' }, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']],
  ];
  for (const [alg, usages] of specs) {
    const made = await subtle.generateKey(alg, true, usages);
    const keys = made instanceof CryptoKey ? [made] : [made.publicKey, made.privateKey];
    for (const key of keys) {
      const a = { ...key.algorithm };
      if (a.publicExponent) a.publicExponent = Buffer.from(a.publicExponent).toString('hex');
      console.log(alg.name, key.type, key.extractable, key.usages.join(','), JSON.stringify(a));
      const jwk = await subtle.exportKey('jwk', key);
      console.log('  jwk', jwkShape(jwk));
      const formats = key.type === 'secret' ? ['raw'] : key.type === 'public' ? ['spki', ...(alg.name.startsWith('RSA') ? [] : ['raw'])] : ['pkcs8'];
      for (const format of formats) {
        const out = await subtle.exportKey(format, key);
        const back = await subtle.importKey(format, out, key.algorithm, true, key.usages);
        const again = await subtle.exportKey(format, back);
        console.log('  ', format, out instanceof ArrayBuffer, Buffer.from(out).equals(Buffer.from(again)));
      }
      const fromJwk = await subtle.importKey('jwk', jwk, key.algorithm, true, key.usages);
      console.log('  jwk back', fromJwk.type, JSON.stringify(await subtle.exportKey('jwk', fromJwk)) === JSON.stringify(jwk));
    }
  }
  await attempt('generate no usages', () => subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, []));
  await attempt('generate verify only', () => subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  await attempt('generate AES length 100', () => subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']));
  await attempt('generate HMAC no hash', () => subtle.generateKey({ name: 'HMAC' }, true, ['sign']));
  await attempt('generate bad curve', () => subtle.generateKey({ name: 'ECDH', namedCurve: 'P-999' }, true, ['deriveBits']));
  await attempt('export spki of secret', async () => subtle.exportKey('spki', (await subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt']))));
  await attempt('export pkcs8 of public', async () => subtle.exportKey('pkcs8', (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign'])).publicKey));
  await attempt('export raw private', async () => subtle.exportKey('raw', (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign'])).privateKey));
  await attempt('export non-extractable', async () => subtle.exportKey('jwk', (await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign'])).privateKey));
  await attempt('export bad format', async () => subtle.exportKey('pem', await subtle.generateKey({ name: 'HMAC', hash: 'SHA-1' }, true, ['sign'])));
  const u = crypto.randomUUID();
  console.log('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u), crypto.randomUUID() !== u);
  for (const arr of [new Uint8Array(0), new Int32Array(4), new BigUint64Array(2), new Uint8ClampedArray(3), new DataView(new ArrayBuffer(4)), new Float32Array(2), new Uint8Array(65537), new Uint8Array(65536), [1, 2]]) {
    await attempt(`getRandomValues ${arr.constructor.name} ${arr.length ?? arr.byteLength}`, () => { const r = crypto.getRandomValues(arr); return r === arr; });
  }
  await attempt('getRandomValues unbound', () => { const f = crypto.getRandomValues; return f(new Uint8Array(2)); });
  await attempt('getRandomValues none', () => crypto.getRandomValues());
})();
