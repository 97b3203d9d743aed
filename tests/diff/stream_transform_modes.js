// Transform in object mode, flush, errors in transform, PassThrough piping, pipeline with generators.
const { Transform, PassThrough, pipeline, Readable, Writable } = require('stream');
const split = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) {
    for (const word of chunk.toString().split(' ')) if (word) this.push({ word });
    cb();
  },
  flush(cb) {
    cb(null, { word: '<end>' });
  },
});
const words = [];
split.on('data', (o) => words.push(o.word));
split.on('end', () => console.log('words', words));
split.write('hello big');
split.end(' world');
const bad = new Transform({
  transform(chunk, enc, cb) {
    cb(new Error('cannot transform'));
  },
});
bad.on('error', (e) => console.log('transform error', e.message));
bad.write('x');
const pt = new PassThrough();
let piped = '';
pt.pipe(new Writable({ write(c, e, cb) { piped += c; cb(); } })).on('finish', () => console.log('piped', piped));
pt.write('a');
pt.end('b');
pipeline(
  Readable.from(['1', '2', '3']),
  async function* double(source) {
    for await (const chunk of source) yield String(Number(chunk) * 2);
  },
  new Writable({
    objectMode: true,
    write(c, e, cb) {
      console.log('generator output', c);
      cb();
    },
  }),
  (err) => console.log('pipeline with generator done', err),
);
