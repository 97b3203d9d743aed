// crypto.subtle derivation edges: ECDH with a null or odd length, curve and key-type mismatches,
// HKDF (RFC 5869 A.1) and PBKDF2 (RFC 6070) lengths that are zero, null or not whole bytes,
// deriveKey into AES/HMAC keys of given lengths, and the errors of bad usages.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
const h = (s) => Buffer.from(s, 'hex');
async function attempt(label, f) {
  try { const r = await f(); console.log(label, 'ok', r instanceof ArrayBuffer ? hex(r) : r); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
(async () => {
  // ECDH with a null length gives the whole secret; other lengths truncate.
  const a = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, false, ['deriveBits']);
  const b = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, false, ['deriveBits']);
  const full = await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, null);
  const other = await subtle.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, 384);
  console.log('ecdh', full.byteLength, hex(full) === hex(other));
  const part = await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 100);
  console.log('ecdh 100 bits', part.byteLength, hex(part).slice(0, 24) === hex(full).slice(0, 24), (new Uint8Array(part)[12] & 0x0f) === 0);
  await attempt('ecdh too long', () => subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 392));
  await attempt('ecdh zero', () => subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 0).then((r) => r.byteLength));
  const p256 = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  await attempt('ecdh curve mismatch', () => subtle.deriveBits({ name: 'ECDH', public: p256.publicKey }, a.privateKey, 256));
  await attempt('ecdh private as public', () => subtle.deriveBits({ name: 'ECDH', public: b.privateKey }, a.privateKey, 256));
  console.log('ecdh key', a.privateKey.algorithm, a.privateKey.usages, a.publicKey.usages, a.publicKey.extractable);

  const ikm = await subtle.importKey('raw', h('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b'), 'HKDF', false, ['deriveBits', 'deriveKey']);
  const rfc = { name: 'HKDF', hash: 'SHA-256', salt: h('000102030405060708090a0b0c'), info: h('f0f1f2f3f4f5f6f7f8f9') };
  await attempt('hkdf rfc5869 a.1', () => subtle.deriveBits(rfc, ikm, 42 * 8));
  await attempt('hkdf 0 bits', () => subtle.deriveBits(rfc, ikm, 0).then((r) => r.byteLength));
  await attempt('hkdf 12 bits', () => subtle.deriveBits(rfc, ikm, 12));
  await attempt('hkdf null', () => subtle.deriveBits(rfc, ikm, null));
  await attempt('hkdf too long', () => subtle.deriveBits(rfc, ikm, 255 * 32 * 8 + 8));
  await attempt('hkdf no salt', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', info: h('') }, ikm, 128));
  await attempt('hkdf extractable', () => subtle.importKey('raw', h('00'), 'HKDF', true, ['deriveBits']));
  const pw = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  const pb = { name: 'PBKDF2', hash: 'SHA-1', salt: Buffer.from('salt'), iterations: 2 };
  await attempt('pbkdf2 rfc6070 2', () => subtle.deriveBits(pb, pw, 160));
  await attempt('pbkdf2 0 iterations', () => subtle.deriveBits({ ...pb, iterations: 0 }, pw, 160));
  await attempt('pbkdf2 null', () => subtle.deriveBits(pb, pw, null));
  await attempt('pbkdf2 7 bits', () => subtle.deriveBits(pb, pw, 7));
  for (const [alg, len] of [[{ name: 'AES-GCM', length: 256 }], [{ name: 'AES-CTR', length: 100 }], [{ name: 'HMAC', hash: 'SHA-384' }], [{ name: 'HMAC', hash: 'SHA-256', length: 100 }]]) {
    await attempt(`deriveKey ${JSON.stringify(alg)}`, () => subtle.deriveKey(rfc, ikm, alg, true, alg.name === 'HMAC' ? ['sign'] : ['encrypt']).then(async (k) => [k.algorithm, hex(await subtle.exportKey('raw', k))]));
  }
  await attempt('deriveKey usage mismatch', () => subtle.deriveKey(rfc, ikm, { name: 'AES-GCM', length: 128 }, true, ['sign']));
  await attempt('deriveKey without usage', () => subtle.deriveKey(pb, pw, { name: 'AES-GCM', length: 128 }, true, []));
})();
