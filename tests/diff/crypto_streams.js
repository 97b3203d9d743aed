// Hashes as streams: the digest after the stream ends, encodings Node does not know, an Hmac
// asked twice.
const crypto = require('crypto');
const { Readable } = require('stream');

const piped = crypto.createHash('sha256');
Readable.from(['piped ', 'data']).pipe(piped).on('finish', () => {
  console.log('after finish', piped.digest('hex'));
  try {
    piped.digest();
  } catch (err) {
    console.log(err.code);
  }
});
const ended = crypto.createHash('md5');
ended.end('written');
ended.on('finish', () => console.log('end then digest', ended.digest('base64')));
ended.on('data', (d) => console.log('data event', d.toString('hex')));
console.log(crypto.createHash('sha1').update('x', 'not-an-encoding').digest('hex'));
console.log(Buffer.isBuffer(crypto.createHash('sha1').update('x').digest('nope')));
const mac = crypto.createHmac('sha256', 'k').update('m');
console.log(mac.digest('hex').length, JSON.stringify(mac.digest('hex')), mac.digest().length);
for (const f of [() => crypto.randomInt(2 ** 48), () => crypto.randomInt(0, 2 ** 48)]) {
  try {
    f();
  } catch (err) {
    console.log(err.code, err.message);
  }
}
