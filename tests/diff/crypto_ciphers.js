// Cipheriv/Decipheriv in every supported mode: output per update() call, chunking, padding,
// AEAD tags and additional data, string encodings, and the errors of bad input.
const crypto = require('crypto');

// Deterministic bytes: a chain of SHA-256 digests.
function bytes(seed, n) {
  const out = [];
  let block = Buffer.from(seed);
  while (out.length * 32 < n) {
    block = crypto.createHash('sha256').update(block).digest();
    out.push(block);
  }
  return Buffer.concat(out).subarray(0, n);
}

const ciphers = [
  'aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-ecb', 'aes-256-ecb',
  'aes-128-ctr', 'aes-192-ctr', 'aes-256-ctr', 'aes-128-gcm', 'aes-192-gcm', 'aes-256-gcm',
  'chacha20-poly1305',
];

for (const name of ciphers) {
  const info = crypto.getCipherInfo(name);
  const key = bytes(`key ${name}`, info.keyLength);
  const iv = info.ivLength ? bytes(`iv ${name}`, info.ivLength) : null;
  const aead = info.mode === 'gcm' || name === 'chacha20-poly1305';
  for (const size of [0, 1, 15, 16, 17, 31, 32, 33, 100, 1000]) {
    const plain = bytes(`plain ${size}`, size);
    const cipher = crypto.createCipheriv(name, key, iv);
    if (aead) cipher.setAAD(bytes('aad', size % 40));
    // Uneven pieces: the per-call output shows how blocks are held back.
    const pieces = [];
    let at = 0;
    for (const step of [7, 16, 1, 30, 100, 1000]) {
      pieces.push(cipher.update(plain.subarray(at, at + step)).length);
      at += step;
      if (at >= size) break;
    }
    const finalPart = cipher.final();
    const tag = aead ? cipher.getAuthTag().toString('hex') : '';
    const sealed = crypto.createCipheriv(name, key, iv);
    if (aead) sealed.setAAD(bytes('aad', size % 40));
    const whole = Buffer.concat([sealed.update(plain), sealed.final()]);
    console.log(name, size, pieces.join(','), finalPart.length, crypto.createHash('sha256').update(whole).digest('hex').slice(0, 16), tag);

    const decipher = crypto.createDecipheriv(name, key, iv);
    if (aead) {
      decipher.setAAD(bytes('aad', size % 40));
      decipher.setAuthTag(Buffer.from(tag, 'hex'));
    }
    const outs = [];
    for (let i = 0; i < whole.length; i += 13) outs.push(decipher.update(whole.subarray(i, i + 13)));
    outs.push(decipher.final());
    console.log('  round trip', outs.map((b) => b.length).join(','), Buffer.concat(outs).equals(plain));
  }
}

// Strings in and out, with output encodings that split across calls.
for (const enc of ['hex', 'base64', 'base64url', 'latin1']) {
  const c = crypto.createCipheriv('aes-256-cbc', bytes('k', 32), bytes('i', 16));
  const parts = [c.update('the quick brown fox jumps', 'utf8', enc), c.update('over the lazy dog', 'utf8', enc), c.final(enc)];
  console.log(enc, JSON.stringify(parts));
  const d = crypto.createDecipheriv('aes-256-cbc', bytes('k', 32), bytes('i', 16));
  console.log(d.update(parts.join(''), enc, 'utf8') + d.final('utf8'));
}

// No padding, and a GCM with other IV and tag lengths.
{
  const c = crypto.createCipheriv('aes-128-cbc', bytes('k', 16), bytes('i', 16)).setAutoPadding(false);
  console.log(Buffer.concat([c.update(bytes('p', 32)), c.final()]).toString('hex'));
  for (const ivLength of [1, 8, 12, 16, 60]) {
    for (const authTagLength of [4, 8, 12, 16]) {
      const g = crypto.createCipheriv('aes-128-gcm', bytes('k', 16), bytes('i', ivLength), { authTagLength });
      g.setAAD(Buffer.from('one')).setAAD(Buffer.from('two'));
      const out = Buffer.concat([g.update('galois counter mode'), g.final()]);
      console.log('gcm', ivLength, authTagLength, out.toString('hex'), g.getAuthTag().toString('hex'));
    }
  }
  const cc = crypto.createCipheriv('chacha20-poly1305', bytes('k', 32), bytes('i', 12), { authTagLength: 10 });
  console.log('chacha', Buffer.concat([cc.update('x'.repeat(70)), cc.final()]).toString('base64'), cc.getAuthTag().toString('hex'));
}

// Keys as KeyObjects and strings; the stream form.
{
  const key = crypto.createSecretKey(bytes('k', 16));
  const c = crypto.createCipheriv('aes-128-ctr', key, bytes('i', 16));
  console.log(c.update('key object', 'utf8', 'hex') + c.final('hex'));
  const s = crypto.createCipheriv('aes-128-cbc', 'sixteen byte key', bytes('i', 16));
  const chunks = [];
  s.on('data', (d) => chunks.push(d));
  s.on('end', () => console.log('stream', Buffer.concat(chunks).toString('hex')));
  s.write('streamed ');
  s.end('text');
}

// Errors, as Node reports them.
function attempt(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.reason ?? '');
  }
}
const k16 = bytes('k', 16);
const iv16 = bytes('i', 16);
attempt('short key', () => crypto.createCipheriv('aes-128-cbc', bytes('k', 3), iv16));
attempt('short iv', () => crypto.createCipheriv('aes-128-cbc', k16, bytes('i', 3)));
attempt('null iv', () => crypto.createCipheriv('aes-128-cbc', k16, null));
attempt('ecb iv', () => crypto.createCipheriv('aes-128-ecb', k16, iv16));
attempt('unknown', () => crypto.createCipheriv('aes-128-xyz', k16, iv16));
attempt('key type', () => crypto.createCipheriv('aes-128-cbc', 42, iv16));
attempt('tag length', () => crypto.createCipheriv('aes-128-gcm', k16, iv16, { authTagLength: 5 }));
attempt('empty gcm iv', () => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0)));
attempt('bad padding', () => {
  const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
  d.update(bytes('junk', 32));
  d.final();
});
attempt('partial block', () => {
  const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
  d.update(bytes('junk', 20));
  d.final();
});
attempt('no padding partial', () => {
  const c = crypto.createCipheriv('aes-128-cbc', k16, iv16).setAutoPadding(false);
  c.update(bytes('p', 5));
  c.final();
});
attempt('forged tag', () => {
  const d = crypto.createDecipheriv('aes-128-gcm', k16, bytes('i', 12));
  d.setAuthTag(Buffer.alloc(16));
  d.update(bytes('c', 20));
  d.final();
});
attempt('no tag', () => {
  const d = crypto.createDecipheriv('chacha20-poly1305', bytes('k', 32), bytes('i', 12));
  d.update(bytes('c', 20));
  d.final();
});
attempt('tag twice', () => crypto.createDecipheriv('aes-128-gcm', k16, bytes('i', 12)).setAuthTag(Buffer.alloc(16)).setAuthTag(Buffer.alloc(16)));
attempt('tag mismatch', () => crypto.createDecipheriv('aes-128-gcm', k16, bytes('i', 12), { authTagLength: 8 }).setAuthTag(Buffer.alloc(16)));
attempt('tag on cbc', () => crypto.createDecipheriv('aes-128-cbc', k16, iv16).setAuthTag(Buffer.alloc(16)));
attempt('tag early', () => crypto.createCipheriv('aes-128-gcm', k16, bytes('i', 12)).getAuthTag());
attempt('aad late', () => {
  const c = crypto.createCipheriv('aes-128-gcm', k16, bytes('i', 12));
  c.update('x');
  c.setAAD(Buffer.from('y'));
});
attempt('aad on cbc', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).setAAD(Buffer.from('y')));
attempt('final twice', () => {
  const c = crypto.createCipheriv('aes-128-cbc', k16, iv16);
  c.final();
  c.final();
});
attempt('update after final', () => {
  const c = crypto.createCipheriv('aes-128-cbc', k16, iv16);
  c.final();
  c.update('x');
});
attempt('odd hex', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).update('abc', 'hex'));
attempt('data type', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).update(5));
console.log(crypto.getCipherInfo('aes-128-gcm'), crypto.getCipherInfo('AES256'), crypto.getCipherInfo(419));
console.log(crypto.getCipherInfo('aes-128-gcm', { ivLength: 7 }), crypto.getCipherInfo('aes-128-cbc', { ivLength: 7 }), crypto.getCipherInfo('nope'));
console.log(crypto.getCiphers().includes('aes-256-gcm'), crypto.getCiphers().includes('chacha20-poly1305'));
