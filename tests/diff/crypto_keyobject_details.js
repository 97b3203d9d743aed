// KeyObjects: asymmetricKeyDetails (RSA exponents as BigInt, EC, Ed25519), export format/type
// checks in Node's order, equals across forms and its argument checks, symmetricKeySize;
// generateKeyPairSync with output encodings (PEM, DER, JWK) and its option checks.
const crypto = require('crypto');
const { RSA_PKCS1, EC_SEC1 } = require('./shared/test_keys');
const show = (label, f) => {
  try { const r = f(); console.log(label, 'ok', typeof r === 'string' ? r : JSON.stringify(r, (k, v) => (typeof v === 'bigint' ? `${v}n` : v))); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
const rsa = crypto.createPrivateKey(RSA_PKCS1);
const ec = crypto.createPrivateKey(EC_SEC1);
show('rsa details', () => rsa.asymmetricKeyDetails);
show('rsa pub details', () => crypto.createPublicKey(rsa).asymmetricKeyDetails);
show('ec details', () => ec.asymmetricKeyDetails);
show('e=3 details', () => crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 }).privateKey.asymmetricKeyDetails);
for (const t of ['ed25519']) {
  show(`${t}`, () => { const k = crypto.generateKeyPairSync(t); return [k.privateKey.asymmetricKeyType, k.privateKey.asymmetricKeyDetails, k.publicKey.export({ format: 'der', type: 'spki' }).length]; });
}
const secret = crypto.createSecretKey(Buffer.alloc(24, 1));
show('secret', () => [secret.type, secret.symmetricKeySize, secret.asymmetricKeyType, secret.asymmetricKeyDetails]);
show('rsa symmetricKeySize', () => rsa.symmetricKeySize);
for (const opts of [undefined, {}, { format: 'pem' }, { format: 'pem', type: 'spki' }, { format: 'der', type: 'pkcs1' }, { format: 'jwk', type: 'pkcs8' }, { format: 'nope', type: 'pkcs8' }, { format: 'pem', type: 'sec1' }, { format: 'pem', type: 'nope' }]) {
  show(`export rsa ${JSON.stringify(opts)}`, () => { const r = rsa.export(opts); return typeof r === 'string' ? r.split('\n')[0] : Buffer.isBuffer(r) ? `der ${r.length}` : Object.keys(r).join(); });
}
for (const opts of [{ format: 'pem', type: 'pkcs1' }, { format: 'der', type: 'sec1' }, { format: 'pem' }]) {
  show(`export ec ${JSON.stringify(opts)}`, () => { const r = ec.export(opts); return typeof r === 'string' ? r.split('\n')[0] : `der ${r.length}`; });
}
show('export secret', () => secret.export().toString('hex'));
show('export secret jwk', () => secret.export({ format: 'jwk' }));
show('export secret buffer fmt', () => secret.export({ format: 'buffer' }).length);
show('export secret pem', () => secret.export({ format: 'pem' }));
show('equals pub/priv', () => [crypto.createPublicKey(rsa).equals(crypto.createPublicKey(RSA_PKCS1)), rsa.equals(crypto.createPrivateKey({ key: rsa.export({ format: 'der', type: 'pkcs8' }), format: 'der', type: 'pkcs8' }))]);
show('equals der input', () => rsa.equals(crypto.createPrivateKey({ key: rsa.export({ format: 'der', type: 'pkcs1' }), format: 'der', type: 'pkcs1' })));
show('equals other types', () => [rsa.equals(ec), secret.equals(rsa), rsa.equals(secret)]);
show('equals non-key', () => rsa.equals('x'));
show('equals undefined', () => rsa.equals());
for (const [label, type, options] of [
  ['rsa pem/pem', 'rsa', { modulusLength: 1024, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs1', format: 'pem' } }],
  ['rsa der', 'rsa', { modulusLength: 1024, publicKeyEncoding: { type: 'pkcs1', format: 'der' }, privateKeyEncoding: { type: 'pkcs8', format: 'der' } }],
  ['ec jwk', 'ec', { namedCurve: 'P-256', publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } }],
  ['ec sec1', 'ec', { namedCurve: 'prime256v1', privateKeyEncoding: { type: 'sec1', format: 'pem' } }],
  ['ed25519 mixed', 'ed25519', { publicKeyEncoding: { type: 'spki', format: 'der' } }],
  ['ed25519 jwk', 'ed25519', { privateKeyEncoding: { format: 'jwk' } }],
]) {
  show(`pair ${label}`, () => {
    const { publicKey, privateKey } = crypto.generateKeyPairSync(type, options);
    const d = (k) => (typeof k === 'string' ? k.split('\n')[0] : Buffer.isBuffer(k) ? `Buffer ${k[0].toString(16)}` : k instanceof crypto.KeyObject ? `KeyObject ${k.type}` : `jwk ${Object.keys(k).sort().join(',')}`);
    return `${d(publicKey)} | ${d(privateKey)}`;
  });
}
for (const [label, type, options] of [
  ['no modulus', 'rsa', {}], ['modulus str', 'rsa', { modulusLength: '512' }], ['bad exponent', 'rsa', { modulusLength: 1024, publicExponent: 1.5 }],
  ['modulus 1.5', 'rsa', { modulusLength: 1.5 }], ['modulus -1', 'rsa', { modulusLength: -1 }], ['exponent str', 'rsa', { modulusLength: 1024, publicExponent: '3' }],
  ['ec no curve', 'ec', {}], ['ec bad curve', 'ec', { namedCurve: 'P-999' }], ['ec bad encoding', 'ec', { namedCurve: 'P-256', paramEncoding: 'x' }],
  ['pkcs1 for ec', 'ec', { namedCurve: 'P-256', privateKeyEncoding: { type: 'pkcs1', format: 'pem' } }],
  ['sec1 for rsa', 'rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'sec1', format: 'pem' } }],
  ['jwk secret enc', 'ed25519', { privateKeyEncoding: { format: 'jwk', cipher: 'aes-128-cbc', passphrase: 'x' } }],
  ['type number', 5, {}], ['type unknown', 'dsa2', {}],
]) {
  show(`pair error ${label}`, () => crypto.generateKeyPairSync(type, options) && 'generated');
}
