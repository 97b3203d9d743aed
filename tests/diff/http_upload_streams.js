// Uploads as servers take them: req piped into fs.createWriteStream (several MB, hashed), a
// request body fed by Readable.from(generator) through stream.pipeline, `for await` over a
// setEncoding('utf8') request split inside characters, stream/promises pipeline into a file
// that cannot be opened, a failing Writable, and write() of a non-chunk.
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { Readable, Writable, pipeline } = require('stream');
const sp = require('stream/promises');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hsup-'));
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
let slog = [];

const server = http.createServer(async (req, res) => {
  const reply = (code, obj) => { res.writeHead(code, { 'content-type': 'application/json' }); res.end(JSON.stringify(obj)); };
  if (req.url === '/file') {
    const file = path.join(dir, 'up.bin');
    const ws = fs.createWriteStream(file);
    req.pipe(ws);
    ws.on('finish', () => {
      const data = fs.readFileSync(file);
      slog.push(`file finish bytesWritten=${ws.bytesWritten} complete=${req.complete} readableEnded=${req.readableEnded}`);
      reply(201, { size: data.length, sha: sha(data), te: req.headers['transfer-encoding'] || null, cl: req.headers['content-length'] || null });
    });
  } else if (req.url === '/text') {
    req.setEncoding('utf8');
    let s = '';
    for await (const chunk of req) {
      if (typeof chunk !== 'string') slog.push('non-string chunk');
      s += chunk;
    }
    reply(200, { chars: s.length, bytes: Buffer.byteLength(s), bad: s.includes('\ufffd'), text: s.slice(0, 12) });
  } else if (req.url === '/nodir') {
    try {
      await sp.pipeline(req, fs.createWriteStream(path.join(dir, 'no', 'such', 'dir.bin')));
      reply(200, { ok: true });
    } catch (err) {
      slog.push(`nodir rejected ${err.code} ${err.syscall} destroyed=${req.destroyed}`);
      // A body fully read is not aborted: the socket stays and can answer.
      if (!res.destroyed) reply(500, { code: err.code });
    }
  } else if (req.url === '/failing') {
    let seen = 0;
    const sink = new Writable({
      write(chunk, enc, cb) {
        seen += chunk.length;
        if (seen > 10) cb(new Error('sink full')); else cb();
      },
    });
    pipeline(req, sink, (err) => {
      slog.push(`failing pipeline ${err && err.message} req.destroyed=${req.destroyed}`);
      if (!res.destroyed) reply(500, { error: err.message });
    });
  } else {
    reply(404, {});
  }
});

function request(p, body, headers = {}) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path: p, method: 'POST', headers }, (res) => {
      let s = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { s += d; });
      res.on('end', () => resolve({ status: res.statusCode, body: s }));
    });
    req.on('error', (err) => resolve({ error: err.code || err.message }));
    body(req);
  });
}

const settle = () => new Promise((r) => setTimeout(r, 30));
async function show(label, p) {
  const r = await p;
  await settle();
  console.log(label, JSON.stringify(r));
  for (const l of slog.sort()) console.log('  server', l);
  slog = [];
}

async function main() {
  server.listen(0, '127.0.0.1');
  await require('events').once(server, 'listening');

  // 6 MB from a generator, chunked, through pipeline(); the hash the client computed must match.
  const h = crypto.createHash('sha256');
  let total = 0;
  function* gen() {
    for (let i = 0; i < 96; i++) {
      const b = Buffer.alloc(65536, i);
      h.update(b);
      total += b.length;
      yield b;
    }
  }
  await show('generator upload', request('/file', (req) => {
    pipeline(Readable.from(gen()), req, (err) => console.log('client pipeline', err ? err.code : 'ok'));
  }));
  console.log('client sent', total, h.digest('hex').slice(0, 16));

  // Same with a known Content-Length and a Buffer written in odd slices.
  const big = crypto.createHash('md5').update('seed').digest();
  const payload = Buffer.alloc(3 * 1024 * 1024 + 7);
  for (let i = 0; i < payload.length; i++) payload[i] = big[i % 16] ^ (i & 0xff);
  await show('sliced upload', request('/file', (req) => {
    let off = 0;
    const step = 100003;
    (function more() {
      while (off < payload.length) {
        const ok = req.write(payload.subarray(off, off + step));
        off += step;
        if (!ok) return req.once('drain', more);
      }
      req.end();
    })();
  }, { 'content-length': payload.length }));
  console.log('payload', payload.length, sha(payload));

  // UTF-8 split inside multi-byte characters across writes.
  const txt = Buffer.from('héllo wörld → ✓ 𝄞 '.repeat(50));
  await show('utf8 upload', request('/text', (req) => {
    for (let i = 0; i < txt.length; i += 7) req.write(txt.subarray(i, i + 7));
    req.end();
  }));

  // Readable.from over strings feeding the body.
  await show('strings upload', request('/text', (req) => {
    Readable.from(['alpha ', 'beta ', 'gamma']).pipe(req);
  }));

  // A number as a chunk: write() refuses it synchronously; the request is still usable.
  await show('number write', request('/text', (req) => {
    try { req.write(42); } catch (err) { console.log('write(42)', err.code, err.message); }
    try { req.write({}); } catch (err) { console.log('write({})', err.code, err.message); }
    req.end('fine');
  }));

  // Server-side stream/promises pipeline into a file that cannot be opened.
  await show('nodir upload', request('/nodir', (req) => req.end('abc')));

  // Server-side sink fails after 10 bytes.
  await show('failing upload', request('/failing', (req) => req.end('0123456789abcdef')));

  server.close();
  await require('events').once(server, 'close');
  fs.rmSync(dir, { recursive: true });
  console.log('closed');
}
main();
