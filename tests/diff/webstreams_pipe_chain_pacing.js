// How far pipes read ahead: a counting source piped through TransformStreams with different
// highWaterMarks into a slow sink, recording at each sink write how many chunks the source has
// given so far, for several strategies; then size functions that make one chunk fill a queue.
const log = (...args) => console.log(...args);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

function counting(total, hwm) {
  const st = { pulled: 0 };
  st.stream = new ReadableStream({
    pull(c) { st.pulled++; if (st.pulled > total) c.close(); else c.enqueue(st.pulled); },
  }, { highWaterMark: hwm });
  return st;
}

function slowSink(src, hwm, seen) {
  return new WritableStream({
    async write(chunk) { seen.push(`${chunk}@${Math.min(src.pulled, 99)}`); await wait(3); },
  }, { highWaterMark: hwm });
}

async function run(label, srcHwm, transforms, sinkHwm) {
  const src = counting(6, srcHwm);
  const seen = [];
  let stream = src.stream;
  for (const [w, r] of transforms) stream = stream.pipeThrough(new TransformStream({}, { highWaterMark: w }, { highWaterMark: r }));
  await wait(5);
  const before = src.pulled;
  await stream.pipeTo(slowSink(src, sinkHwm, seen));
  log(label.padEnd(22), 'pulled before pipe', before, '| writes', seen.join(' '));
}

async function main() {
  await run('direct hwm0/1', 0, [], 1);
  await run('direct hwm2/3', 2, [], 3);
  await run('one identity', 1, [[1, 0]], 1);
  await run('two identities', 0, [[1, 0], [1, 0]], 1);
  await run('wide transform', 0, [[4, 4]], 1);
  await run('wide sink', 0, [[1, 0]], 5);

  const sizes = [];
  const big = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk); sizes.push(`t${chunk.length}:${c.desiredSize}`); },
  }, { highWaterMark: 10, size: (ch) => ch.length }, { highWaterMark: 8, size: (ch) => ch.length });
  const w = big.writable.getWriter();
  const results = [];
  for (const s of ['aaaa', 'bbbbbbbbbbbb', 'c']) { w.write(s).then(() => results.push(`w${s.length}`)); results.push(`desired ${w.desiredSize}`); }
  await wait(5);
  log('sized', sizes.join(' '), '|', results.join(' '));
  const r = big.readable.getReader();
  const got = [];
  for (let i = 0; i < 3; i++) { got.push((await r.read()).value.length); await wait(1); got.push(`w:${w.desiredSize}`); }
  log('drained', got.join(' '), '|', results.join(' '));
}
main();
