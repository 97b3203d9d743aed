// Hashes and HMACs of known inputs in every output encoding, copies of running hashes,
// streaming updates with string encodings, and the errors of finished or unknown hashes.
const crypto = require('crypto');
const inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'a'.repeat(1000)];
for (const algorithm of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256', 'sha3-512', 'sha512-256']) {
  for (const input of inputs) {
    console.log(algorithm, input.length, crypto.createHash(algorithm).update(input).digest('hex'));
  }
}
for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ucs2', 'utf16le']) {
  console.log(encoding, JSON.stringify(crypto.createHash('sha256').update('x').digest(encoding)));
}
console.log(crypto.createHash('sha256').update('x').digest().length);
console.log(crypto.createHmac('sha256', 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
console.log(crypto.createHmac('sha512', Buffer.alloc(200, 1)).update('long key').digest('base64'));
console.log(crypto.createHmac('md5', '').digest('hex'));
const running = crypto.createHash('sha256').update('part one, ');
const copy = running.copy();
console.log(running.update('ending A').digest('hex') !== copy.update('ending B').digest('hex'));
console.log(crypto.createHash('sha1').update('caf\u00e9', 'latin1').digest('hex'), crypto.createHash('sha1').update('caf\u00e9', 'utf8').digest('hex'));
console.log(crypto.createHash('md5').update('68656c6c6f', 'hex').digest('hex') === crypto.createHash('md5').update('hello').digest('hex'));
const done = crypto.createHash('sha256');
done.digest();
for (const attempt of [() => done.update('x'), () => done.digest(), () => done.copy(), () => crypto.createHash('nope'), () => crypto.createHash('sha256').update(5), () => crypto.createHmac('sha256')]) {
  try {
    attempt();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(crypto.getHashes().includes('sha256'), crypto.hash ? crypto.hash('sha1', 'abc') : 'no crypto.hash');
const stream = crypto.createHash('sha256');
stream.on('readable', () => {
  const data = stream.read();
  if (data) console.log('stream digest', data.toString('hex'));
});
stream.write('streamed ');
stream.end('data');
console.log(crypto.hash('sha1', 'abc', 'base64'), crypto.hash('md5', Buffer.from('a'), 'buffer'));
for (const attempt of [() => crypto.hash('sha1', 5), () => crypto.hash(1, 'a'), () => crypto.hash('sha1', 'a', 5)]) {
  try { attempt(); } catch (e) { console.log(e.code, e.message); }
}
