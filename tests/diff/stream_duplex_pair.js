// stream.duplexPair: both directions, backpressure through the peer, end in each direction, objectMode; isDestroyed.
const { duplexPair, isDestroyed, PassThrough, Readable } = require('stream');
(async () => {
  const [a, b] = duplexPair();
  console.log(a.constructor.name, a instanceof require('stream').Duplex, a.readableObjectMode);
  const fromA = [];
  b.on('data', (d) => fromA.push(String(d)));
  console.log('write returns', a.write('one'), a.write('two'));
  a.end('three');
  await new Promise((r) => b.on('end', r));
  console.log('b read', fromA);
  b.end('reply');
  console.log('a read', (await a.toArray()).map(String));
  const [x, y] = duplexPair({ objectMode: true, highWaterMark: 1 });
  const writes = [];
  for (let i = 0; i < 4; i++) writes.push(x.write({ n: i }));
  console.log('object writes', writes);
  x.end();
  console.log('object read', await y.toArray());
  const [p, q] = duplexPair();
  p.write('');
  p.end();
  console.log('empty write', (await q.toArray()).length);
  const s = new PassThrough();
  console.log('isDestroyed', isDestroyed(s), isDestroyed({}), isDestroyed(null), isDestroyed(Readable.from([])));
  s.destroy();
  console.log('after destroy', isDestroyed(s));
})();
