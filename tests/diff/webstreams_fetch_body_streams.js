// fetch bodies as web streams against a local server: pieces released one at a time and read
// with getReader(), a body split into lines through TextDecoderStream and a TransformStream,
// cancel mid-body (the server sees the close), a streamed POST echoed back, BYOB readers on
// fetched and constructed bodies, and Blob.stream()/slice.
const http = require('http');
const { EventEmitter } = require('events');
const log = (...args) => console.log(...args);
const show = (label) => (e) => log(label, e?.name, e?.code, e?.message ?? String(e));
const gate = new EventEmitter();
let serverClosed;

const server = http.createServer((req, res) => {
  if (req.url === '/gated') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.flushHeaders();
    let i = 0;
    const onNext = () => { i++; if (i > 3) { gate.off('next', onNext); res.end(); } else res.write(`piece ${i}\n`); };
    gate.on('next', onNext);
    return;
  }
  if (req.url === '/next') { gate.emit('next'); res.end('ok'); return; }
  if (req.url === '/lines') {
    const parts = ['alpha\nbe', 'ta\r\ngam', 'ma\n', 'δέλτα\nlast'];
    const send = () => { if (parts.length === 0) res.end(); else { res.write(parts.shift()); setTimeout(send, 2); } };
    send();
    return;
  }
  if (req.url === '/drip') {
    res.writeHead(200);
    const timer = setInterval(() => res.write('drop'), 2);
    res.on('close', () => { clearInterval(timer); serverClosed(res.writableFinished); });
    return;
  }
  if (req.url === '/echo') {
    const seen = [];
    req.on('data', (d) => seen.push(d.length));
    req.on('end', () => res.end(`${req.headers['transfer-encoding']} ${req.headers['content-length']} ${seen.reduce((a, b) => a + b, 0)}`));
    return;
  }
  res.writeHead(404).end();
});

function lineSplitter() {
  let rest = '';
  return new TransformStream({
    transform(chunk, c) {
      const parts = (rest + chunk).split(/\r?\n/);
      rest = parts.pop();
      for (const p of parts) c.enqueue(p);
    },
    flush(c) { if (rest) c.enqueue(`${rest} (no newline)`); },
  });
}

async function main() {
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;

  const res = await fetch(`${base}/gated`);
  log('status', res.status, 'body type', res.body.constructor.name, res.body === res.body, res.bodyUsed);
  const reader = res.body.getReader();
  log('locked', res.body.locked, 'bodyUsed', res.bodyUsed);
  const dec = new TextDecoder();
  for (let i = 1; i <= 3; i++) {
    await (await fetch(`${base}/next`)).text();
    let got = '';
    while (!got.endsWith('\n')) {
      const { value, done } = await reader.read();
      if (done) break;
      got += dec.decode(value, { stream: true });
    }
    log('step', i, JSON.stringify(got), 'bodyUsed', res.bodyUsed);
  }
  await (await fetch(`${base}/next`)).text();
  log('end', JSON.stringify(await reader.read()));
  await res.text().catch(show('text after reader'));

  const lines = (await fetch(`${base}/lines`)).body.pipeThrough(new TextDecoderStream()).pipeThrough(lineSplitter());
  const out = [];
  for await (const line of lines) out.push(line);
  log('lines', JSON.stringify(out));

  const closed = new Promise((r) => { serverClosed = r; });
  const drip = await fetch(`${base}/drip`);
  const dr = drip.body.getReader();
  await dr.read();
  await dr.cancel(new Error('seen enough'));
  log('server saw close, finished:', await closed);
  log('read after cancel', JSON.stringify(await dr.read()));

  let pulls = 0;
  const upload = new ReadableStream({
    pull(c) {
      pulls++;
      if (pulls > 3) c.close();
      else c.enqueue(new TextEncoder().encode('x'.repeat(pulls * 100)));
    },
  });
  const echo = await fetch(`${base}/echo`, { method: 'POST', body: upload, duplex: 'half' });
  log('echo', await echo.text(), 'upload locked', upload.locked);
  await fetch(`${base}/echo`, { method: 'POST', body: new ReadableStream() }).catch(show('no duplex'));
  const used = new ReadableStream({ start(c) { c.close(); } });
  used.getReader();
  await fetch(`${base}/echo`, { method: 'POST', body: used, duplex: 'half' }).catch(show('locked body'));

  const fetched = await fetch(`${base}/lines`);
  try {
    const br = fetched.body.getReader({ mode: 'byob' });
    const { value } = await br.read(new Uint8Array(4));
    log('byob on fetched body', value.byteLength <= 4, dec.decode(value).length > 0);
    await br.cancel();
  } catch (e) {
    show('byob on fetched body')(e);
    await fetched.body.cancel();
  }

  const made = new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 105])); c.enqueue(new Uint8Array([33])); c.close(); } }));
  log('Response(stream).text', await made.text(), made.bodyUsed);
  await new Response(new ReadableStream({ start(c) { c.enqueue('str'); c.close(); } })).text().catch(show('string chunk'));
  await new Response(new ReadableStream({ start(c) { c.error(new RangeError('src failed')); } })).arrayBuffer().catch(show('errored source'));
  const r2 = new Response('abc');
  try { r2.body.getReader({ mode: 'byob' }); log('byob on string body ok'); } catch (e) { show('byob on string body')(e); }

  const blob = new Blob(['hello ', new Uint8Array([119, 111]), 'rld']);
  const bs = blob.stream();
  const chunks = [];
  for await (const c of bs) chunks.push(`${c.constructor.name}(${c.length})`);
  log('blob.stream', chunks.join(' '));
  try {
    const br = blob.stream().getReader({ mode: 'byob' });
    const { value } = await br.read(new Uint8Array(3));
    log('blob byob', dec.decode(value));
    br.releaseLock();
  } catch (e) { show('blob byob')(e); }
  log('slice', dec.decode(await blob.slice(2, -2).arrayBuffer()), await blob.slice(-3).text(), (await blob.slice(5, 2).arrayBuffer()).byteLength, blob.slice(0, 4, 'text/x').type);
  const parts = async (b) => { const o = []; for await (const c of b.stream()) o.push(c.length); return o.join(',') || '(none)'; };
  log('blob chunks', await parts(new Blob([new Blob(['ab', 'cd']), 'ef'])), await parts(new Blob(['ab', 'cd', 'ef']).slice(1, 5)), await parts(new Blob(['', 'a', ''])), await parts(new Blob([])), await parts(blob.slice(-4)));
  const big = new Blob([new Uint8Array(200000)]);
  let total = 0;
  let count = 0;
  for await (const c of big.stream()) { total += c.length; count++; }
  log('big blob', total, count > 1);

  server.close();
}
main();
