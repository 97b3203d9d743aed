// Hashes and HMACs: every supported algorithm, encodings, chunked updates, copies, streams,
// and Node's errors.
const crypto = require('crypto');
const { pipeline, Readable } = require('stream');

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'RSA-SHA256', 'SHA1'];
for (const name of algorithms) {
  console.log(name, crypto.createHash(name).update('abc').digest('hex'));
  console.log(' hmac', crypto.createHmac(name, 'secret key').update('abc').digest('base64'));
}
const h = crypto.createHash('sha256');
h.update('hello ').update(Buffer.from('wor')).update(new Uint16Array([0x646c]));
const copy = h.copy();
console.log(h.digest('base64url'), copy.update('!').digest('latin1').length, copy instanceof crypto.Hash);
console.log(crypto.createHash('md5').update('héllo', 'latin1').digest('hex'), crypto.createHash('md5').update('68656c6c6f', 'hex').digest().length);
console.log(crypto.createHmac('sha256', Buffer.alloc(200, 1)).update('long key').digest('hex'));
console.log(crypto.createHash('sha1') instanceof require('stream').Transform, typeof crypto.getHashes().includes);
for (const f of [
  () => crypto.createHash('nope'),
  () => crypto.createHmac('nope', 'k'),
  () => crypto.createHash('sha256').update(5),
  () => { const x = crypto.createHash('md5'); x.digest(); x.digest(); },
  () => { const x = crypto.createHash('md5'); x.digest(); x.update('a'); },
  () => { const x = crypto.createHash('md5'); x.digest(); x.copy(); },
  () => crypto.createHmac('sha256', 5),
  () => crypto.createHash(1),
]) {
  try {
    f();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const stream = crypto.createHash('sha512');
stream.setEncoding('hex');
pipeline(Readable.from(['chunk one, ', 'chunk two']), stream, (err) => {
  console.log('pipeline', err, stream.read().slice(0, 32));
});
