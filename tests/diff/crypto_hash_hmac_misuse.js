// Hash and Hmac misuse and options: shake output lengths (XOF), outputLength on fixed hashes,
// errors after digest (ERR_CRYPTO_HASH_FINALIZED) and on bad arguments, Hmac key forms,
// Hash/Hmac as streams via pipe, and crypto.hash() argument checks.
const crypto = require('crypto');
const { Readable } = require('stream');
const show = (label, f) => {
  try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
for (const [alg, len] of [['shake128', 0], ['shake128', 1], ['shake128', 16], ['shake128', 100], ['shake256', 32], ['shake256', 64], ['shake256', undefined]]) {
  show(`${alg} ${len}`, () => crypto.createHash(alg, { outputLength: len }).update('abc').digest('hex'));
}
show('shake copy', () => { const h = crypto.createHash('shake256', { outputLength: 8 }).update('a'); return h.copy({ outputLength: 4 }).digest('hex') + ' ' + h.digest('hex'); });
show('shake copy default', () => { const h = crypto.createHash('shake256', { outputLength: 8 }).update('a'); return h.copy().digest('hex'); });
show('shake one-shot', () => crypto.hash('shake128', 'abc', 'base64'));
show('SHAKE256 upper', () => crypto.createHash('SHAKE256').update('').digest('hex'));
show('sha256 outputLength 32', () => crypto.createHash('sha256', { outputLength: 32 }).update('abc').digest('hex'));
show('sha256 outputLength 16', () => crypto.createHash('sha256', { outputLength: 16 }).digest('hex'));
show('outputLength -1', () => crypto.createHash('shake128', { outputLength: -1 }));
show('outputLength str', () => crypto.createHash('shake128', { outputLength: '8' }));
show('outputLength 1.5', () => crypto.createHash('shake128', { outputLength: 1.5 }));
show('algorithm number', () => crypto.createHash(5));
show('algorithm unknown', () => crypto.createHash('sha999'));
show('update number', () => crypto.createHash('sha1').update(5));
show('update null', () => crypto.createHash('sha1').update(null));
show('update bad encoding', () => crypto.createHash('sha1').update('abc', 'nope').digest('hex'));
show('update HEX odd', () => crypto.createHmac('sha1', 'k').update('abc', 'HEX') && 'updated');
show('update hex even', () => crypto.createHash('sha1').update('abcd', 'hex').digest('hex'));
show('update hex odd', () => crypto.createHash('sha1').update('abc', 'hex').digest('hex'));
const h = crypto.createHash('md5');
h.update('x');
console.log('digest', h.digest('base64'));
show('update after digest', () => h.update('y'));
show('digest again', () => h.digest());
show('copy after digest', () => h.copy());
show('hmac digest again', () => { const m = crypto.createHmac('sha256', 'k'); m.digest(); return m.digest('hex'); });
show('hmac update after', () => { const m = crypto.createHmac('sha256', 'k'); m.digest(); return m.update('x'); });
show('hmac no key', () => crypto.createHmac('sha256'));
show('hmac null key', () => crypto.createHmac('sha256', null));
show('hmac number key', () => crypto.createHmac('sha256', 5));
show('hmac bad alg', () => crypto.createHmac('nope', 'k'));
show('hmac empty key', () => crypto.createHmac('sha256', '').update('m').digest('hex'));
show('hmac ArrayBuffer key', () => crypto.createHmac('sha1', new Uint8Array([1, 2]).buffer).update('m').digest('hex'));
show('hmac DataView key', () => crypto.createHmac('sha1', new DataView(new Uint8Array([1, 2]).buffer)).update('m').digest('hex'));
show('hmac KeyObject', () => crypto.createHmac('sha1', crypto.createSecretKey(Buffer.from([1, 2]))).update('m').digest('hex'));
show('hmac key encoding', () => crypto.createHmac('sha1', '0102', { encoding: 'hex' }).update('m').digest('hex'));
show('hmac asymmetric key', () => crypto.createHmac('sha1', crypto.generateKeyPairSync('ed25519').privateKey));
for (const args of [['sha1'], ['sha1', 5], ['sha1', 'x', 'nope'], [5, 'x'], ['nope', 'x'], ['sha1', 'x', 5], ['sha1', new Uint8Array([1]), 'base64url'], ['sha1', 'x', 'Base64']]) {
  show(`hash(${args.map((a) => (typeof a === 'string' ? a : Object.prototype.toString.call(a))).join(',')})`, () => crypto.hash(...args));
}
(async () => {
  for (const [label, make] of [['hash', () => crypto.createHash('sha256')], ['hmac', () => crypto.createHmac('sha256', 'key')]]) {
    const s = make();
    s.setEncoding('hex');
    const got = await new Promise((resolve) => {
      let out = '';
      s.on('data', (d) => { out += d; });
      s.on('end', () => resolve(out));
      Readable.from(['a', 'b', Buffer.from('c')]).pipe(s);
    });
    console.log('piped', label, got, got === make().update('abc').digest('hex'));
    show(`${label} digest after stream`, () => s.digest('hex'));
  }
})();
