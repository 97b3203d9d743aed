// zlib streams hand their work back from the event loop, as Node's thread pool does: where
// 'data', write and flush callbacks, 'finish', 'end' and 'close' fall among nextTick and
// promise callbacks, for deflate, gunzip, brotli, params(), flush() and close(). (Whether a write
// destroyed mid-way calls back depends on the thread pool's timing in Node, so it is left out.)
const zlib = require('zlib');

function run(label, make, steps) {
  return new Promise((resolve) => {
    const log = [];
    const stream = make();
    for (const name of ['finish', 'end', 'close']) stream.on(name, () => log.push(name));
    stream.on('data', (d) => log.push(`data ${d.length > 0}`));
    stream.on('error', (e) => log.push(`error ${e.code}`));
    process.nextTick(() => log.push('tick'));
    Promise.resolve().then(() => log.push('microtask'));
    steps(stream, log);
    log.push('sync end');
    stream.on('close', () => setImmediate(() => {
      console.log(label.padEnd(22), log.join(', '));
      resolve();
    }));
  });
}

(async () => {
  await run('deflate write+end', () => zlib.createDeflate(), (s, log) => {
    s.write('hello', () => log.push('write cb'));
    s.end(() => log.push('end cb'));
  });
  await run('deflate flush', () => zlib.createDeflate(), (s, log) => {
    s.write('abc');
    s.flush(() => {
      log.push('flush cb');
      s.end();
    });
  });
  await run('gunzip', () => zlib.createGunzip(), (s, log) => {
    s.end(zlib.gzipSync('payload'), () => log.push('end cb'));
  });
  await run('gunzip bad input', () => zlib.createGunzip(), (s) => {
    s.end(Buffer.from('not gzip at all'));
  });
  await run('brotli', () => zlib.createBrotliCompress(), (s, log) => {
    s.write('x'.repeat(1000), () => log.push('write cb'));
    s.end();
  });
  await run('params', () => zlib.createDeflate({ level: 1 }), (s, log) => {
    s.write('before');
    s.params(9, zlib.constants.Z_DEFAULT_STRATEGY, () => {
      log.push('params cb');
      s.end('after');
    });
  });
  await run('inflateRaw two writes', () => zlib.createInflateRaw(), (s, log) => {
    const data = zlib.deflateRawSync('two writes');
    s.write(data.subarray(0, 4), () => log.push('first cb'));
    s.write(data.subarray(4), () => log.push('second cb'));
    s.end();
  });
  await run('flush after end', () => zlib.createDeflateRaw(), (s, log) => {
    s.end('ended');
    s.flush(() => log.push('flush cb'));
  });
  await run('close with callback', () => zlib.createInflate(), (s, log) => {
    s.write(zlib.deflateSync('abc'));
    s.close((err) => log.push(`close cb ${err && err.code}`));
  });
})();
