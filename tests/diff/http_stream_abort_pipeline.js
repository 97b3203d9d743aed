// Aborting streamed downloads: a client that destroys the response mid-body (the server's
// pipeline gets ERR_STREAM_PREMATURE_CLOSE, its source is destroyed), stream/promises pipeline
// cancelled with an AbortSignal, http.get's own `signal`, a server that destroys its response
// mid-body (the client pipeline's error), a failing source piped into a ClientRequest, and
// finished()/eos on both messages.
const http = require('http');
const { Readable, Writable, pipeline, finished } = require('stream');
const sp = require('stream/promises');
const { once } = require('events');

let slog = [];
let serverDone = Promise.resolve();
const endless = () => {
  let n = 0;
  return new Readable({
    read() { this.push(Buffer.alloc(16384, 97 + (n++ % 26))); },
    destroy(err, cb) { slog.push(`source destroyed err=${err ? err.code || err.message : null}`); cb(err); },
  });
};

const server = http.createServer((req, res) => {
  let done;
  serverDone = new Promise((r) => { done = r; });
  req.on('close', () => slog.push('req close'));
  res.on('close', () => slog.push(`res close finished=${res.writableFinished}`));
  res.on('finish', () => slog.push('res finish'));
  if (req.url === '/endless') {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    pipeline(endless(), res, (err) => {
      slog.push(`pipeline cb ${err && err.code} ${err && err.message}`);
      setImmediate(done);
    });
  } else if (req.url === '/cut') {
    res.writeHead(200, { 'content-length': 100000 });
    res.write(Buffer.alloc(30000, 120), () => setTimeout(() => { res.destroy(); setImmediate(done); }, 20));
  } else if (req.url === '/upload') {
    req.resume();
    req.on('aborted', () => { slog.push('upload aborted'); setImmediate(done); });
  } else if (req.url === '/finite') {
    finished(res, (err) => { slog.push(`finished(res) ${err ? err.code : 'ok'}`); setImmediate(done); });
    pipeline(Readable.from(['a', 'b', 'c'].map((s) => s.repeat(10))), res, (err) => slog.push(`finite pipeline ${err ? err.code : 'ok'}`));
  }
});

function get(p, opts = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path: p, ...opts }, (res) => resolve({ req, res }));
    req.on('error', reject);
  });
}
async function flush(label) {
  await serverDone;
  await new Promise((r) => setTimeout(r, 20));
  console.log(label, 'server:', slog.sort().join(' | '));
  slog = [];
}

async function main() {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');

  // 1. client destroys the response after ~64 KiB.
  {
    const { req, res } = await get('/endless', { agent: false });
    const ev = [];
    let got = 0;
    res.on('data', (c) => {
      got += c.length;
      if (got >= 65536 && !res.destroyed) res.destroy();
    });
    res.on('aborted', () => ev.push('res aborted'));
    res.on('error', (e) => ev.push(`res error ${e.code}`));
    res.on('end', () => ev.push('res end'));
    req.on('error', (e) => ev.push(`req error ${e.code}`));
    await once(res, 'close');
    ev.push(`res close aborted=${res.aborted} complete=${res.complete}`);
    console.log('client destroy:', ev.join(' | '), got >= 65536);
    await flush('client destroy');
  }

  // 2. stream/promises pipeline with an AbortSignal, aborted from the sink.
  {
    const { res } = await get('/endless', { agent: false });
    const ac = new AbortController();
    let bytes = 0;
    const sink = new Writable({
      write(chunk, enc, cb) {
        bytes += chunk.length;
        if (bytes >= 50000) ac.abort();
        cb();
      },
    });
    try {
      await sp.pipeline(res, sink, { signal: ac.signal });
      console.log('signal pipeline resolved?');
    } catch (err) {
      console.log('signal pipeline', err.name, err.code, err.message, res.destroyed, sink.destroyed);
    }
    await flush('signal pipeline');
  }

  // 3. A signal aborted with a reason.
  {
    const { res } = await get('/endless', { agent: false });
    const ac = new AbortController();
    res.once('data', () => ac.abort(new Error('enough')));
    try {
      await sp.pipeline(res, new Writable({ write(c, e, cb) { cb(); } }), { signal: ac.signal });
    } catch (err) {
      console.log('reason pipeline', err.name, err.code, err.message, err.cause && err.cause.message);
    }
    await flush('reason pipeline');
  }

  // 4. http.get's own signal, aborted after the response head.
  {
    const ac = new AbortController();
    const { req, res } = await get('/endless', { agent: false, signal: ac.signal });
    const ev = [];
    req.on('error', (e) => ev.push(`req error ${e.name} ${e.code}`));
    res.on('error', (e) => ev.push(`res error ${e.name} ${e.code}`));
    res.on('aborted', () => ev.push('res aborted'));
    res.resume();
    ac.abort();
    await new Promise((r) => req.on('close', r));
    await new Promise((r) => setImmediate(r));
    console.log('get signal:', ev.join(' | '), req.destroyed, res.destroyed);
    await flush('get signal');
  }

  // 5. An already aborted signal: no request goes out.
  {
    const before = server.listenerCount('request');
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/finite', signal: AbortSignal.abort() });
    const [err] = await once(req, 'error');
    console.log('pre-aborted', err.name, err.code, err.message, req.destroyed, before === server.listenerCount('request'));
  }

  // 6. The server cuts its answer short: what the client's pipeline says.
  {
    const { res } = await get('/cut', { agent: false });
    const ev = [];
    res.on('aborted', () => ev.push('aborted'));
    try {
      await sp.pipeline(res, new Writable({ write(c, e, cb) { cb(); } }));
    } catch (err) {
      ev.push(`pipeline ${err.code} ${err.message}`);
    }
    console.log('server cut:', ev.join(' | '), res.complete, res.aborted);
    await flush('server cut');
  }

  // 7. finished() on both ends of a completed exchange.
  {
    const { res } = await get('/finite', { agent: false });
    const chunks = [];
    res.setEncoding('utf8');
    res.on('data', (c) => chunks.push(c));
    await new Promise((r) => finished(res, (err) => { console.log('finished(client res)', err ? err.code : 'ok', chunks.join('')); r(); }));
    await sp.finished(res);
    console.log('sp.finished resolved again');
    await flush('finite');
  }

  // 8. A request body whose source fails: pipeline aborts the ClientRequest.
  {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path: '/upload', method: 'POST', agent: false });
    const ev = [];
    for (const e of ['abort', 'close', 'finish']) req.on(e, () => ev.push(e));
    req.on('error', (e) => ev.push(`error ${e.code} ${e.message}`));
    const src = new Readable({ read() {} });
    src.push('partial');
    await new Promise((resolve) => {
      pipeline(src, req, (err) => { ev.push(`pipeline ${err.message}`); resolve(); });
      setTimeout(() => src.destroy(new Error('source broke')), 20);
    });
    await new Promise((r) => setTimeout(r, 30));
    console.log('failing source:', ev.join(' | '), req.destroyed, req.aborted);
    await flush('failing source');
  }

  // 9. Argument errors.
  try { await sp.pipeline(Readable.from([]), new Writable(), { signal: 'nope' }); } catch (e) { console.log('signal type', e.code, e.message); }
  try { pipeline(Readable.from([])); } catch (e) { console.log('one stream', e.code, e.message); }
  try { pipeline(Readable.from([]), new Writable()); } catch (e) { console.log('no cb', e.code, e.message); }

  server.close();
  await once(server, 'close');
  console.log('closed');
}
main();
