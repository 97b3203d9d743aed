// https with streams: a server on the test certificate compressing with gzip, deflate or
// brotli per Accept-Encoding through stream.pipeline, https.get decompressing through
// zlib.createGunzip / createBrotliDecompress into a hash, an upload gzipped by the client and
// gunzipped by the server, and a response cut short mid-gzip.
const https = require('https');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const crypto = require('crypto');
const { pipeline, Readable, PassThrough } = require('stream');
const { once } = require('events');

const dir = process.env.PACK_TEST_CERTS;
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));

const payload = Buffer.from(Array.from({ length: 4000 }, (_, i) => `row ${i},${(i * 31) % 97},${'z'.repeat(i % 13)}\n`).join(''));
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
console.log('payload', payload.length, sha(payload));

const server = https.createServer({ key, cert }, (req, res) => {
  if (req.url === '/upload') {
    const h = crypto.createHash('sha256');
    let n = 0;
    pipeline(req, zlib.createGunzip(), async function* (src) {
      for await (const c of src) { h.update(c); n += c.length; }
    }, (err) => {
      res.end(JSON.stringify({ err: err ? err.code : null, n, sha: h.digest('hex').slice(0, 16), ce: req.headers['content-encoding'] }));
    });
    return;
  }
  const ae = req.headers['accept-encoding'] || '';
  let enc = null;
  if (/\bbr\b/.test(ae)) enc = ['br', zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })];
  else if (/\bgzip\b/.test(ae)) enc = ['gzip', zlib.createGzip()];
  else if (/\bdeflate\b/.test(ae)) enc = ['deflate', zlib.createDeflate()];
  if (req.url === '/cut') {
    res.writeHead(200, { 'content-encoding': 'gzip' });
    const gz = zlib.gzipSync(payload);
    res.write(gz.subarray(0, gz.length >> 1), () => res.destroy());
    return;
  }
  if (!enc) {
    res.writeHead(200, { 'content-length': payload.length });
    return res.end(payload);
  }
  res.writeHead(200, { 'content-encoding': enc[0] });
  pipeline(Readable.from([payload.subarray(0, 50000), payload.subarray(50000)]), enc[1], res, () => {});
});

const decoders = { gzip: () => zlib.createGunzip(), deflate: () => zlib.createInflate(), br: () => zlib.createBrotliDecompress() };
function fetchAs(p, ae) {
  return new Promise((resolve) => {
    https.get({ host: '127.0.0.1', port: server.address().port, path: p, ca: cert, headers: ae ? { 'accept-encoding': ae } : {} }, (res) => {
      const ce = res.headers['content-encoding'];
      const h = crypto.createHash('sha256');
      let n = 0;
      let wire = 0;
      res.on('data', (c) => { wire += c.length; });
      const steps = [res];
      if (ce) steps.push(decoders[ce]());
      steps.push(new PassThrough());
      pipeline(...steps, async function (src) {
        for await (const c of src) { h.update(c); n += c.length; }
      }, (err) => {
        resolve({ status: res.statusCode, ce, te: res.headers['transfer-encoding'], n, sha: h.digest('hex').slice(0, 16), smaller: wire < payload.length, err: err && (err.code || err.message), aborted: res.aborted });
      });
    }).on('error', (err) => resolve({ reqError: err.code }));
  });
}

async function main() {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  for (const ae of [null, 'gzip', 'deflate', 'br', 'gzip, deflate, br', 'identity;q=1, deflate']) {
    console.log(String(ae).padEnd(22), JSON.stringify(await fetchAs('/data', ae)));
  }
  const cut = await fetchAs('/cut', 'gzip');
  console.log('cut gzip', cut.status, cut.err, cut.aborted, cut.n < payload.length);

  // Upload gzipped by the client.
  const up = await new Promise((resolve) => {
    const req = https.request({ host: '127.0.0.1', port: server.address().port, path: '/upload', method: 'POST', ca: cert, headers: { 'content-encoding': 'gzip' } }, async (res) => {
      let s = '';
      for await (const c of res) s += c;
      resolve(s);
    });
    pipeline(Readable.from([payload]), zlib.createGzip({ level: 9 }), req, (err) => { if (err) console.log('upload err', err.code); });
  });
  console.log('upload', up);

  // A body that is not gzip at all.
  const bad = await new Promise((resolve) => {
    const req = https.request({ host: '127.0.0.1', port: server.address().port, path: '/upload', method: 'POST', ca: cert }, async (res) => {
      let s = '';
      for await (const c of res) s += c;
      resolve(s);
    });
    req.end('plain text, not gzip');
  });
  console.log('bad upload', bad);

  server.close();
  await once(server, 'close');
  console.log('closed');
}
main();
