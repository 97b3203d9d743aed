// ReadableStream.from over sync/async iterables, generators and strings, its errors, and async
// iteration of streams: break/return/throw, values({ preventCancel }), next() after done.
const log = (...args) => console.log(...args);
const show = (label) => (e) => log(label, e.name, e.code, e.message);

async function collect(stream) {
  const out = [];
  for await (const x of stream) out.push(typeof x === 'object' ? JSON.stringify(x) : String(x));
  return out.join(',');
}

async function main() {
  log('string', await collect(ReadableStream.from('héy')));
  log('set', await collect(ReadableStream.from(new Set([1, 2, 2, 3]))));
  log('map', await collect(ReadableStream.from(new Map([['a', 1]]))));
  log('async gen', await collect(ReadableStream.from((async function* () { yield 1; await null; yield 2; })())));
  log('array of promises', await collect(ReadableStream.from([Promise.resolve('p'), 'q'])));
  const inner = new ReadableStream({ start(c) { c.enqueue('r1'); c.enqueue('r2'); c.close(); } });
  const wrapped = ReadableStream.from(inner);
  log('from stream', wrapped === inner, wrapped instanceof ReadableStream, inner.locked);
  log('from stream read', await collect(wrapped), inner.locked);

  for (const bad of [null, undefined, 5, {}, { [Symbol.asyncIterator]: () => 5 }]) {
    try {
      const s = ReadableStream.from(bad);
      await s.getReader().read().then((r) => log('read', JSON.stringify(r)), show('read rejected'));
    } catch (e) {
      show('from threw')(e);
    }
  }

  const thrower = ReadableStream.from((function* () { yield 'ok'; throw new RangeError('gen failed'); })());
  const r = thrower.getReader();
  log('first', JSON.stringify(await r.read()));
  await r.read().catch(show('second'));
  await r.closed.catch(show('closed'));

  const events = [];
  const gen = (function* () { try { yield 1; yield 2; yield 3; } finally { events.push('finally'); } })();
  const s = ReadableStream.from(gen);
  for await (const x of s) { events.push(`got ${x}`); if (x === 2) break; }
  log('break generator', events.join(' '), s.locked);

  const cancelled = [];
  const asyncIt = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next() { return Promise.resolve({ value: i++, done: false }); },
        return(reason) { cancelled.push(`return ${reason}`); return Promise.resolve({ done: true }); },
      };
    },
  };
  const cs = ReadableStream.from(asyncIt);
  const cr = cs.getReader();
  await cr.read();
  await cr.cancel('enough');
  log('cancel reaches return', cancelled.join(' '));

  const badReturn = ReadableStream.from({
    [Symbol.asyncIterator]() { return { next: async () => ({ value: 1, done: false }), return: async () => 42 }; },
  });
  await badReturn.cancel('x').then(() => log('bad return resolved'), show('bad return'));

  const noNextObj = ReadableStream.from({ [Symbol.iterator]() { return { next() { return 7; } }; } });
  await noNextObj.getReader().read().then((v) => log('non-object result', JSON.stringify(v)), show('non-object result'));

  let srcCancel = 'none';
  const src = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.enqueue('c'); c.close(); }, cancel(r) { srcCancel = r; } });
  const it = src.values({ preventCancel: true });
  log('it next', JSON.stringify(await it.next()));
  log('it return', JSON.stringify(await it.return('bye')));
  log('it next after return', JSON.stringify(await it.next()));
  log('locked after return', src.locked, 'cancel', srcCancel);
  log('rest', await collect(src));

  const src2 = new ReadableStream({ pull(c) { c.enqueue('z'); }, cancel(r) { srcCancel = `cancelled:${r}`; } });
  const it2 = src2[Symbol.asyncIterator]();
  await it2.next();
  log('return value', JSON.stringify(await it2.return('stop')), srcCancel);
  log('next after', JSON.stringify(await it2.next()));

  const src3 = new ReadableStream({ start(c) { c.error(new TypeError('bad source')); } });
  const it3 = src3.values();
  await it3.next().catch(show('iter errored'));
  log('next after error', JSON.stringify(await it3.next()));

  const src4 = new ReadableStream({ start(c) { c.close(); } });
  const it4 = src4.values();
  log('empty', await it4.next(), await it4.next(), await it4.return('r'));
  try { src4.values(5); } catch (e) { show('values(5)')(e); }
  try { log('values(null)', !!src4.values(null), src4.locked); } catch (e) { show('values(null)')(e); }

  const locked = new ReadableStream();
  locked.getReader();
  try { locked.values(); } catch (e) { show('values locked')(e); }
  try { for await (const x of locked) log(x); } catch (e) { show('for await locked')(e); }

  const p = new ReadableStream({ pull(c) { c.enqueue(1); } });
  const it5 = p.values();
  const a = it5.next();
  const b = it5.return('mid');
  log('concurrent', JSON.stringify(await a), JSON.stringify(await b));
  log('iterator', Reflect.ownKeys(it5).map(String).join(' '), Object.prototype.toString.call(it5), typeof it5.throw, it5[Symbol.asyncIterator]() === it5);
}
main();
