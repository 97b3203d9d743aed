// Hash objects: copy() mid-stream gives independent digests, outputs in every encoding,
// digest() twice and update() after digest errors, Hash as a stream with setEncoding, and
// crypto.hash() one-shots with their output encodings.
const crypto = require('crypto');

const h = crypto.createHash('sha256').update('part one ');
const copy = h.copy();
h.update('then this');
copy.update('then that');
console.log(h.digest('hex'), copy.digest('base64'));
for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ucs2', 'buffer', undefined]) {
  const out = crypto.createHash('md5').update('x').digest(encoding);
  console.log(encoding, typeof out, out.length);
}
const done = crypto.createHash('sha1');
done.digest();
for (const f of [() => done.digest(), () => done.update('y'), () => done.copy()]) {
  try {
    f();
  } catch (e) {
    console.log(e.code, e.message);
  }
}
const stream = crypto.createHash('sha512');
stream.setEncoding('hex');
stream.on('data', (d) => console.log('stream digest', d.slice(0, 32)));
stream.write('streamed ');
stream.end('input');
console.log(crypto.hash('sha1', 'abc'), crypto.hash('md5', Buffer.from('abc'), 'base64'), crypto.hash('sha256', 'abc', 'buffer').length);
console.log(crypto.createHash('SHA256').update('abc').digest('hex') === crypto.hash('sha256', 'abc'));
try {
  crypto.createHash('sha257');
} catch (e) {
  console.log(e.message);
}
