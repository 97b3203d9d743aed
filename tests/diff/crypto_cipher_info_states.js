// Cipher details: getCipherInfo by name and nid with keyLength/ivLength probes, getCiphers and
// getCurves entries, key/iv length rules of CBC/CTR/ECB/ChaCha20, setAutoPadding and
// getAuthTag/setAuthTag in the wrong direction or state, setAAD options, output encodings.
const crypto = require('crypto');
const show = (label, f) => {
  try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
const k = (n) => Buffer.alloc(n, 0x42);
for (const name of ['aes-128-cbc', 'aes-256-gcm', 'aes-192-ctr', 'aes-128-ecb', 'chacha20-poly1305', 'AES-128-CBC', 'id-aes128-GCM', 'aes-256-cbc', 'aes-192-gcm']) {
  show(`info ${name}`, () => JSON.stringify(crypto.getCipherInfo(name)));
}
show('info nope', () => crypto.getCipherInfo('nope'));
show('info by nid', () => JSON.stringify(crypto.getCipherInfo(crypto.getCipherInfo('aes-128-cbc').nid)));
for (const opts of [{ keyLength: 16 }, { keyLength: 24 }, { ivLength: 16 }, { ivLength: 12 }, { ivLength: 8 }]) {
  show(`info cbc ${JSON.stringify(opts)}`, () => JSON.stringify(crypto.getCipherInfo('aes-128-cbc', opts)));
  show(`info gcm ${JSON.stringify(opts)}`, () => JSON.stringify(crypto.getCipherInfo('aes-128-gcm', opts)));
}
show('info bad opts', () => crypto.getCipherInfo('aes-128-cbc', { keyLength: 'x' }));
show('info bad name', () => crypto.getCipherInfo(null));
show('info nid unknown', () => crypto.getCipherInfo(99999));
const ciphers = crypto.getCiphers();
console.log('ciphers', ['aes-128-cbc', 'aes-256-gcm', 'aes-192-ctr', 'chacha20-poly1305', 'aes-128-ecb', 'aes-192-cbc', 'aes-128-gcm', 'aes-256-ctr'].map((c) => ciphers.includes(c)).join(' '), ciphers.every((c) => c === c.toLowerCase()));
const curves = crypto.getCurves();
console.log('curves', ['prime256v1', 'secp256k1', 'secp384r1', 'secp521r1'].map((c) => curves.includes(c)).join(' '), [...curves].sort().join() === curves.join());
for (const [name, keyLen, ivLen] of [['aes-128-ctr', 16, 16], ['aes-128-ctr', 16, 12], ['aes-192-ctr', 24, 16], ['aes-192-cbc', 16, 16], ['aes-256-ecb', 32, 0], ['aes-256-cbc', 32, 15]]) {
  show(`${name} key ${keyLen} iv ${ivLen}`, () => {
    const c = crypto.createCipheriv(name, k(keyLen), ivLen ? Buffer.alloc(ivLen, 1) : null);
    const out = Buffer.concat([c.update('seventeen bytes!!'), c.final()]);
    const d = crypto.createDecipheriv(name, k(keyLen), ivLen ? Buffer.alloc(ivLen, 1) : null);
    return `${out.toString('hex')} ${Buffer.concat([d.update(out), d.final()]).toString()}`;
  });
}
show('setAutoPadding after final', () => { const c = crypto.createCipheriv('aes-128-cbc', k(16), k(16)); c.final(); return c.setAutoPadding(false); });
show('setAutoPadding returns this', () => { const c = crypto.createCipheriv('aes-128-cbc', k(16), k(16)); return c.setAutoPadding() === c; });
show('getAuthTag on decipher', () => crypto.createDecipheriv('aes-128-gcm', k(16), k(12)).getAuthTag());
show('setAuthTag on cipher', () => crypto.createCipheriv('aes-128-gcm', k(16), k(12)).setAuthTag(k(16)));
show('getAuthTag cbc', () => { const c = crypto.createCipheriv('aes-128-cbc', k(16), k(16)); c.final(); return c.getAuthTag(); });
show('getAuthTag twice', () => { const c = crypto.createCipheriv('aes-128-gcm', k(16), k(12)); c.final(); c.getAuthTag(); return c.getAuthTag(); });
show('setAuthTag after update', () => { const d = crypto.createDecipheriv('aes-128-gcm', k(16), k(12)); d.update(k(4)); return d.setAuthTag(k(16)) === d; });
show('setAuthTag type', () => crypto.createDecipheriv('aes-128-gcm', k(16), k(12)).setAuthTag('abc'));
show('setAAD type', () => crypto.createCipheriv('aes-128-gcm', k(16), k(12)).setAAD(5));
show('setAAD plaintextLength', () => { const c = crypto.createCipheriv('aes-128-gcm', k(16), k(12)); return c.setAAD(k(3), { plaintextLength: 5 }) === c; });
show('chacha iv 8', () => crypto.createCipheriv('chacha20-poly1305', k(32), k(8)));
show('chacha key 16', () => crypto.createCipheriv('chacha20-poly1305', k(16), k(12)));
show('chacha tag 17', () => crypto.createCipheriv('chacha20-poly1305', k(32), k(12), { authTagLength: 17 }));
show('gcm tag 3', () => crypto.createDecipheriv('aes-128-gcm', k(16), k(12)).setAuthTag(k(3)));
show('gcm tag 4', () => crypto.createDecipheriv('aes-128-gcm', k(16), k(12)).setAuthTag(k(4)) !== undefined);
show('authTagLength on cbc', () => crypto.createCipheriv('aes-128-cbc', k(16), k(16), { authTagLength: 16 }) !== undefined);
show('cipher name type', () => crypto.createCipheriv(null, k(16), k(16)));
show('iv type', () => crypto.createCipheriv('aes-128-cbc', k(16), 5));
show('key string', () => { const c = crypto.createCipheriv('aes-128-cbc', 'B'.repeat(16), 'A'.repeat(16)); return Buffer.concat([c.update('x'), c.final()]); });
show('key KeyObject', () => { const c = crypto.createCipheriv('aes-128-cbc', crypto.createSecretKey(k(16)), k(16)); return Buffer.concat([c.update('x'), c.final()]); });
show('output encodings', () => { const c = crypto.createCipheriv('aes-128-ctr', k(16), k(16)); return [c.update('abc', 'utf8', 'base64'), c.update(Buffer.from('def'), undefined, 'base64'), c.final('base64')].join('|'); });
show('final encoding', () => { const c = crypto.createCipheriv('aes-128-cbc', k(16), k(16)); return c.update('abc', 'utf8', 'hex') + c.final('hex'); });
