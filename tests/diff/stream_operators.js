// Readable iterator helpers: map/filter/flatMap/drop/take/asIndexedPairs streams and the promise helpers, with argument errors.
const { Readable } = require('stream');
const from = (values) => Readable.from(values);
(async () => {
  const mapped = from([1, 2, 3]).map((x) => x * 2);
  console.log(mapped.constructor.name, mapped.readableObjectMode, mapped.readableHighWaterMark);
  console.log('map', await mapped.toArray());
  console.log('map async', await from([1, 2, 3]).map(async (x) => x + 1).toArray());
  const order = [];
  const slow = await from([1, 2, 3, 4]).map(async (x) => {
    order.push(`start${x}`);
    await new Promise((resolve) => setImmediate(resolve));
    order.push(`end${x}`);
    return x * 10;
  }, { concurrency: 2 }).toArray();
  console.log('concurrency 2', slow, order.length);
  console.log('filter', await from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray());
  console.log('filter async', await from(['a', 'bb', 'ccc']).filter(async (s) => s.length > 1).toArray());
  console.log('flatMap arrays', await from([[1, 2], [3]]).flatMap((x) => x).toArray());
  console.log('flatMap generators', await from([1, 2]).flatMap(async function* (x) { yield x; yield -x; }).toArray());
  console.log('drop', await from([1, 2, 3]).drop(1).toArray(), await from([1, 2]).drop(5).toArray());
  console.log('take', await from([1, 2, 3]).take(2).toArray(), await from([1, 2]).take(0).toArray());
  console.log('take Infinity', await from([1, 2]).take(Infinity).toArray());
  console.log('drop string count', await from([1, 2, 3]).drop('2').toArray());
  console.log('pairs', await from(['a', 'b']).asIndexedPairs().toArray());
  console.log('reduce', await from([1, 2, 3]).reduce((a, b) => a + b));
  console.log('reduce initial', await from([1, 2, 3]).reduce((a, b) => a + b, 10));
  console.log('reduce undefined initial', await from([1]).reduce((a, b) => [a, b], undefined));
  console.log('reduce empty with initial', await from([]).reduce((a, b) => a + b, 'init'));
  console.log('some', await from([1, 2, 3]).some((x) => x > 2), await from([1]).some((x) => x > 2));
  console.log('every', await from([2, 4]).every((x) => x % 2 === 0), await from([2, 3]).every((x) => x % 2 === 0));
  console.log('find', await from([1, 2, 3]).find((x) => x > 1), await from([1]).find((x) => x > 1));
  const seen = [];
  console.log('forEach', await from([1, 2]).forEach((x) => seen.push(x)), seen);
  const src = from([1, 2, 3]);
  console.log('some stops early', await src.some((x) => x === 1));
  await new Promise((resolve) => setImmediate(resolve));
  console.log('source destroyed', src.destroyed);
  const chained = await from([1, 2, 3, 4, 5, 6]).filter((x) => x % 2).map((x) => x * x).drop(1).toArray();
  console.log('chained', chained);
  const buffers = Readable.from([Buffer.from('ab'), Buffer.from('cd')], { objectMode: false });
  console.log('bytes', await buffers.map((b) => b.toString('hex')).toArray());
  const errs = [
    ['map not fn', () => from([1]).map(5)],
    ['map options', () => from([1]).map((x) => x, 5)],
    ['map concurrency 0', () => from([1]).map((x) => x, { concurrency: 0 })],
    ['map concurrency 1.5', () => from([1]).map((x) => x, { concurrency: 'x' })],
    ['map highWaterMark', () => from([1]).map((x) => x, { highWaterMark: -1 })],
    ['map signal', () => from([1]).map((x) => x, { signal: {} })],
    ['filter not fn', () => from([1]).filter('x')],
    ['take negative', () => from([1]).take(-1)],
    ['drop negative', () => from([1]).drop(-2)],
    ['drop options', () => from([1]).drop(1, 'x')],
    ['flatMap not fn', () => from([1]).flatMap(null)],
    ['new map', () => new (Readable.prototype.map)()],
  ];
  for (const [name, fn] of errs) {
    try {
      fn();
      console.log(name, 'no error');
    } catch (e) {
      console.log(name, e.name, e.code, e.message);
    }
  }
  const rejections = [
    ['reduce not fn', () => from([1]).reduce(5)],
    ['reduce empty', () => from([]).reduce((a, b) => a + b)],
    ['toArray options', () => from([1]).toArray(7)],
    ['forEach not fn', () => from([1]).forEach()],
    ['some not fn', () => from([1]).some({})],
    ['every not fn', () => from([1]).every(1)],
    ['find not fn', () => from([1]).find('f')],
    ['map throws', () => from([1, 2]).map(() => { throw new Error('boom'); }).toArray()],
    ['filter rejects', () => from([1]).filter(async () => { throw new Error('async boom'); }).toArray()],
    ['source errors', () => new Readable({ objectMode: true, read() { this.destroy(new Error('source broke')); } }).map((x) => x).toArray()],
  ];
  for (const [name, fn] of rejections) {
    try {
      await fn();
      console.log(name, 'resolved');
    } catch (e) {
      console.log(name, e.name, e.code, e.message);
    }
  }
  const aborted = AbortSignal.abort(new Error('why'));
  for (const [name, fn] of [
    ['toArray aborted', () => from([1]).toArray({ signal: aborted })],
    ['map aborted', () => from([1, 2]).map((x) => x, { signal: aborted }).toArray()],
    ['reduce aborted', () => from([1, 2]).reduce((a, b) => a + b, 0, { signal: aborted })],
    ['take aborted', () => from([1, 2]).take(1, { signal: aborted }).toArray()],
    ['forEach aborted', () => from([1, 2]).forEach(() => {}, { signal: aborted })],
  ]) {
    try {
      await fn();
      console.log(name, 'resolved');
    } catch (e) {
      console.log(name, e.name, e.code, e.message, e.cause && e.cause.message);
    }
  }
  const controller = new AbortController();
  const endless = new Readable({ objectMode: true, read() {} });
  endless.push(1);
  const seenMapped = [];
  const pending = endless.map(async (x, { signal }) => {
    seenMapped.push(x);
    controller.abort();
    return signal.aborted;
  }, { signal: controller.signal }).toArray().then(() => 'resolved', (e) => `${e.name} ${e.code}`);
  console.log('abort during map', await pending, seenMapped);
})();
