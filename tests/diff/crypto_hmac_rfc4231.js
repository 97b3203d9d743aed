// HMAC known answers from RFC 4231 (SHA-224/256/384/512) and RFC 2202 (MD5, SHA-1), including
// keys longer than a block and truncated output; as one-shot, streamed and KeyObject forms.
const crypto = require('crypto');

const rep = (byte, n) => Buffer.alloc(n, byte);
const cases = [
  [rep(0x0b, 20), Buffer.from('Hi There')],
  [Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?')],
  [rep(0xaa, 20), rep(0xdd, 50)],
  [Buffer.from('0102030405060708090a0b0c0d0e0f10111213141516171819', 'hex'), rep(0xcd, 50)],
  [rep(0x0c, 20), Buffer.from('Test With Truncation')],
  [rep(0xaa, 131), Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First')],
  [rep(0xaa, 131), Buffer.from('This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.')],
];

for (const algorithm of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256', 'sha512-256']) {
  for (const [i, [key, data]] of cases.entries()) {
    const oneShot = crypto.createHmac(algorithm, key).update(data).digest('hex');
    const pieces = crypto.createHmac(algorithm, crypto.createSecretKey(key));
    for (let at = 0; at < data.length; at += 7) pieces.update(data.subarray(at, at + 7));
    const same = pieces.digest('hex') === oneShot;
    console.log(algorithm, i + 1, i === 4 ? oneShot.slice(0, 32) : oneShot, same);
  }
}

// The stream form, and base64/latin1 outputs.
const hmac = crypto.createHmac('sha256', 'key');
hmac.end('streamed data');
hmac.on('readable', () => {
  const out = hmac.read();
  if (out) console.log('stream', out.toString('base64'));
});
console.log(crypto.createHmac('sha1', '').update('').digest('base64url'), crypto.createHmac('md5', 'k').update('d').digest('latin1').length);
