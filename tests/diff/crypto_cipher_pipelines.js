// Ciphers as streams: gzip then encrypt in a pipeline, decrypt then gunzip back, chunk sizes
// that do not line up with blocks, and an error from a wrong tag surfacing in the pipeline.
const crypto = require('crypto');
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');

const key = crypto.createHash('sha256').update('pipeline key').digest();
const iv = Buffer.alloc(16, 9);
const text = Array.from({ length: 2000 }, (_, i) => `line ${i} of the pipeline test\n`).join('');

function collect(done) {
  const chunks = [];
  return new Writable({
    write(chunk, encoding, callback) {
      chunks.push(chunk);
      callback();
    },
    final(callback) {
      done(Buffer.concat(chunks));
      callback();
    },
  });
}

function pieces(buffer, size) {
  const out = [];
  for (let at = 0; at < buffer.length; at += size) out.push(buffer.subarray(at, at + size));
  return out;
}

let sealed;
pipeline(
  Readable.from(pieces(Buffer.from(text), 1000)),
  zlib.createGzip({ level: 9 }),
  crypto.createCipheriv('aes-256-cbc', key, iv),
  collect((bytes) => {
    sealed = bytes;
  }),
  (err) => {
    console.log('first pipeline', err ?? 'ok');
    console.log('sealed', sealed.length, sealed.length % 16, crypto.createHash('md5').update(sealed).digest('hex'));
    pipeline(
      Readable.from(pieces(sealed, 37)),
      crypto.createDecipheriv('aes-256-cbc', key, iv),
      zlib.createGunzip(),
      collect((opened) => console.log('opened', opened.toString() === text)),
      (err) => {
        console.log('second pipeline', err ?? 'ok');
        gcmPipelines();
      },
    );
  },
);

// GCM in a pipeline: the tag set up front; a wrong one fails at the end. Run after the gzip
// pipelines, whose timing is the thread pool's.
function gcmPipelines() {
const gcmIv = Buffer.alloc(12, 3);
const g = crypto.createCipheriv('aes-256-gcm', key, gcmIv);
const sealedGcm = Buffer.concat([g.update(text), g.final()]);
const tag = g.getAuthTag();
for (const goodTag of [true, false]) {
  const d = crypto.createDecipheriv('aes-256-gcm', key, gcmIv);
  d.setAuthTag(goodTag ? tag : Buffer.alloc(16));
  let length = 0;
  pipeline(
    Readable.from(pieces(sealedGcm, 500)),
    d,
    new Writable({
      write(chunk, encoding, callback) {
        length += chunk.length;
        callback();
      },
    }),
    (err) => console.log('gcm', goodTag, length, err ? err.message : 'ok'),
  );
}
}
