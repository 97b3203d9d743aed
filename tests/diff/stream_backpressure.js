// Writable backpressure: highWaterMark, drain order, cork/uncork with writev, final.
const { Writable, Readable } = require('stream');
const log = [];
const w = new Writable({
  highWaterMark: 4,
  writev(chunks, cb) {
    log.push(`writev ${chunks.map((c) => c.chunk.toString()).join('|')}`);
    setImmediate(cb);
  },
  write(chunk, enc, cb) {
    log.push(`write ${chunk}`);
    setImmediate(cb);
  },
  final(cb) {
    log.push('final');
    cb();
  },
});
w.on('drain', () => log.push('drain'));
w.on('prefinish', () => log.push('prefinish'));
w.on('finish', () => {
  log.push('finish');
  console.log(log.join('\n'));
});
w.on('close', () => {
  console.log('close after finish');
  // The readable below ends only now, so that the two logs never interleave by timing.
  r.push(null);
});
console.log(w.write('ab'), w.write('cd'), w.write('ef'), w.writableLength, w.writableNeedDrain);
w.cork();
w.write('g');
w.write('h');
process.nextTick(() => {
  w.uncork();
  w.end('i');
});
const r = new Readable({ highWaterMark: 2, read() {} });
console.log(r.push('x'), r.push('yz'), r.push('more'), r.readableLength);
r.setEncoding('utf8');
r.on('readable', function onReadable() {
  let chunk;
  const got = [];
  while ((chunk = this.read(2)) !== null) got.push(chunk);
  if (got.length) console.log('read(2) gave', got);
});
r.on('end', () => console.log('r end'));
