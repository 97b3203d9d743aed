// crypto.subtle AES-KW: RFC 3394 vectors (128/192/256-bit KEKs) through wrapKey and unwrapKey,
// JWK export of the KEK, wrapping a JWK, and the errors of short or tampered input, encrypt()
// on a KW key and bad usages; deriveKey into an AES-KW key.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
const h = (s) => Buffer.from(s, 'hex');
async function attempt(label, f) {
  try { const r = await f(); console.log(label, 'ok', r instanceof ArrayBuffer ? hex(r) : r); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
(async () => {
  // RFC 3394 4.1 and 4.6: 128-bit data under a 128-bit KEK; 256-bit data under a 256-bit KEK.
  const cases = [
    ['000102030405060708090A0B0C0D0E0F', '00112233445566778899AABBCCDDEEFF'],
    ['000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F', '00112233445566778899AABBCCDDEEFF000102030405060708090A0B0C0D0E0F'],
    ['000102030405060708090A0B0C0D0E0F1011121314151617', '00112233445566778899AABBCCDDEEFF0001020304050607'],
  ];
  for (const [kek, data] of cases) {
    const wrapping = await subtle.importKey('raw', h(kek), 'AES-KW', false, ['wrapKey', 'unwrapKey']);
    const inner = await subtle.importKey('raw', h(data), 'AES-CBC', true, ['encrypt']);
    const wrapped = await subtle.wrapKey('raw', inner, wrapping, 'AES-KW');
    console.log('kw', kek.length * 4, data.length * 4, hex(wrapped));
    const back = await subtle.unwrapKey('raw', wrapped, wrapping, 'AES-KW', 'AES-CBC', true, ['decrypt']);
    console.log('unwrapped', back.algorithm.name, back.algorithm.length, back.usages, hex(await subtle.exportKey('raw', back)).toUpperCase() === data);
  }
  const kek = await subtle.importKey('raw', h(cases[0][0]), { name: 'AES-KW' }, true, ['wrapKey', 'unwrapKey']);
  console.log('kek', kek.type, kek.algorithm, kek.usages, await subtle.exportKey('jwk', kek).then((j) => [j.alg, j.kty, j.key_ops]));
  const hmac = await subtle.importKey('raw', h('0102030405060708'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  await attempt('wrap 64-bit raw', () => subtle.wrapKey('raw', hmac, kek, 'AES-KW'));
  await attempt('wrap jwk (not multiple of 8)', () => subtle.wrapKey('jwk', hmac, kek, 'AES-KW').then((w) => w.byteLength));
  const tampered = h('1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5');
  tampered[0] ^= 1;
  await attempt('unwrap tampered', () => subtle.unwrapKey('raw', tampered, kek, 'AES-KW', 'AES-CBC', true, ['decrypt']));
  await attempt('kw encrypt', () => subtle.encrypt('AES-KW', kek, new Uint8Array(16)));
  await attempt('kw bad usage', () => subtle.importKey('raw', h(cases[0][0]), 'AES-KW', false, ['encrypt']));
  await attempt('kw generate', () => subtle.generateKey({ name: 'AES-KW', length: 192 }, true, ['wrapKey']).then((k) => [k.algorithm.length, k.usages]));

  const ikm = await subtle.importKey('raw', h('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b'), 'HKDF', false, ['deriveKey']);
  const rfc = { name: 'HKDF', hash: 'SHA-256', salt: h('000102030405060708090a0b0c'), info: h('f0f1f2f3f4f5f6f7f8f9') };
  await attempt('deriveKey AES-KW', () => subtle.deriveKey(rfc, ikm, { name: 'AES-KW', length: 128 }, true, ['wrapKey']).then(async (k) => [k.algorithm, hex(await subtle.exportKey('raw', k))]));
})();
