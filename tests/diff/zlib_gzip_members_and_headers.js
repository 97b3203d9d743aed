// gzip details: concatenated members decode as one stream, the header's fixed fields, unzip
// telling gzip from zlib, windowBits 0 taking the stream's own, trailing garbage, and the
// errors of a bad checksum or a short stream.
const zlib = require('zlib');

const a = zlib.gzipSync('first member, ');
const b = zlib.gzipSync('second member');
console.log(zlib.gunzipSync(Buffer.concat([a, b])).toString());
console.log('header', a.subarray(0, 4).toString('hex'), a.readUInt32LE(4), a[8], a[9]);
console.log(zlib.unzipSync(a).toString(), zlib.unzipSync(zlib.deflateSync('zlib wrapped')).toString());
console.log(zlib.inflateSync(zlib.deflateSync('window', { windowBits: 10 }), { windowBits: 0 }).toString());
console.log('trailing zeros', zlib.gunzipSync(Buffer.concat([a, Buffer.alloc(10)])).toString());

const bad = Buffer.from(a);
bad[bad.length - 8] ^= 0xff;
for (const [label, input] of [['checksum', bad], ['short', a.subarray(0, a.length - 4)], ['not gzip', Buffer.from('plain text here')], ['trailing garbage', Buffer.concat([a, Buffer.from('xyz')])]]) {
  try {
    console.log(label, JSON.stringify(zlib.gunzipSync(input).toString()));
  } catch (e) {
    console.log(label, e.code, e.errno, e.message);
  }
}
const stream = zlib.createGunzip();
const out = [];
stream.on('data', (d) => out.push(d));
stream.on('end', () => console.log('stream of members', Buffer.concat(out).toString()));
stream.on('error', (e) => console.log('stream error', e.code));
const both = Buffer.concat([a, b]);
for (let i = 0; i < both.length; i += 7) stream.write(both.subarray(i, i + 7));
stream.end();
