// Serving a file as real servers do: fs.createReadStream piped to the response, gzip/deflate
// chosen from Accept-Encoding through stream.pipeline, a client gunzipping into a file (sha256
// compared), a missing file turned into 404, and a corrupt gzip body failing the client pipeline.
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const crypto = require('crypto');
const { pipeline } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hsgz-'));
const src = path.join(dir, 'data.txt');
let text = '';
for (let i = 0; i < 20000; i++) text += `line ${i} ${'x'.repeat(i % 37)}\n`;
fs.writeFileSync(src, text);
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
console.log('source', text.length, sha(text));

// Server lines wait until the client side of that exchange is done (no interleaving races).
let slog = [];
let serverDone;
const flush = async () => { await serverDone; for (const l of slog) console.log(l); slog = []; };
const server = http.createServer((req, res) => {
  // An exchange is done once the response has closed and, where a pipeline serves it, the
  // pipeline has called back (its file stream closes on the thread pool: that may come later).
  const waits = [new Promise((r) => res.on('close', () => setImmediate(r)))];
  const track = (report) => {
    let settle;
    waits.push(new Promise((r) => { settle = r; }));
    return (err) => { report(err); settle(); };
  };
  serverDone = Promise.resolve().then(() => Promise.all(waits));
  const log = [];
  if (req.url === '/missing') {
    const rs = fs.createReadStream(path.join(dir, 'nope.txt'));
    rs.on('error', (err) => {
      slog.push('server read error ' + [err.code, err.syscall].join(' '));
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found\n');
    });
    rs.pipe(res);
    return;
  }
  if (req.url === '/corrupt') {
    res.writeHead(200, { 'content-encoding': 'gzip' });
    res.end(Buffer.from('this is not gzip at all'));
    return;
  }
  const ae = req.headers['accept-encoding'] || '';
  const st = fs.statSync(src);
  if (/\bgzip\b/.test(ae)) {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    pipeline(fs.createReadStream(src), zlib.createGzip(), res, track((err) => slog.push(`server gzip pipeline ${err ? err.code : 'ok'} ${res.writableFinished}`)));
  } else if (/\bdeflate\b/.test(ae)) {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'deflate' });
    pipeline(fs.createReadStream(src, { highWaterMark: 1024 }), zlib.createDeflate({ level: 1 }), res, track((err) => slog.push(`server deflate pipeline ${err ? err.code : 'ok'}`)));
  } else {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': st.size });
    const rs = fs.createReadStream(src);
    rs.on('end', () => log.push('rs end'));
    res.on('finish', () => { log.push('res finish'); slog.push('server identity ' + log.join(',')); });
    rs.pipe(res);
  }
});

function get(p, headers) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: server.address().port, path: p, headers }, resolve).on('error', reject);
  });
}

async function main() {
  await new Promise((r) => server.listen(0, '127.0.0.1', r));

  // identity: Content-Length set by hand, body piped.
  let res = await get('/', {});
  console.log('identity', res.statusCode, res.headers['content-length'], res.headers['content-encoding'], res.headers['transfer-encoding']);
  let chunks = [];
  for await (const c of res) chunks.push(c);
  let body = Buffer.concat(chunks);
  console.log('identity body', body.length, sha(body) === sha(text));
  await flush();

  // gzip: client gunzips into a file, then hashes the file.
  res = await get('/', { 'accept-encoding': 'br;q=1, gzip;q=0.8' });
  console.log('gzip', res.statusCode, res.headers['content-encoding'], res.headers.vary, res.headers['transfer-encoding'], res.headers['content-length']);
  const out = path.join(dir, 'out.txt');
  await new Promise((resolve) => pipeline(res, zlib.createGunzip(), fs.createWriteStream(out), (err) => {
    console.log('client gunzip pipeline', err ? err.code : 'ok');
    resolve();
  }));
  const got = fs.readFileSync(out);
  console.log('gunzipped file', got.length, sha(got) === sha(text));
  await flush();

  // deflate: inflate in memory with zlib.inflateSync on the collected body.
  res = await get('/', { 'accept-encoding': 'deflate' });
  chunks = [];
  res.on('data', (c) => chunks.push(c));
  await new Promise((r) => res.on('end', r));
  body = Buffer.concat(chunks);
  const inflated = zlib.inflateSync(body);
  console.log('deflate', res.headers['content-encoding'], body.length < text.length, inflated.length, sha(inflated) === sha(text));
  await flush();

  // missing file
  res = await get('/missing', {});
  res.setEncoding('utf8');
  let s = '';
  for await (const c of res) s += c;
  console.log('missing', res.statusCode, JSON.stringify(s));
  await flush();

  // corrupt gzip through a client pipeline
  res = await get('/corrupt', { 'accept-encoding': 'gzip' });
  // The file stream is waited for too: the directory is removed after it has closed.
  const badFile = fs.createWriteStream(path.join(dir, 'bad.txt'));
  const badClosed = new Promise((resolve) => badFile.on('close', resolve));
  await new Promise((resolve) => pipeline(res, zlib.createGunzip(), badFile, (err) => {
    console.log('corrupt pipeline', err && err.code, err && err.errno, err && err.message);
    resolve();
  }));
  console.log('corrupt res destroyed', res.destroyed);
  await badClosed;
  await flush();

  server.close(() => {
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  });
}
main();
