// Encrypted transfers over http: the client encrypts with createCipheriv inside
// stream.pipeline into the request, the server decrypts with createDecipheriv (aes-256-cbc and
// aes-256-gcm with an auth tag header) and streams a hash back; a wrong key gives a bad
// decrypt, a tampered GCM tag an auth failure, and createHash piped as a stream.
const http = require('http');
const crypto = require('crypto');
const { pipeline, Readable, Writable } = require('stream');
const { once } = require('events');

const key = crypto.createHash('sha256').update('test key').digest();
const iv = Buffer.alloc(16, 7);
const gcmIv = Buffer.alloc(12, 9);
const plain = Buffer.from(Array.from({ length: 30000 }, (_, i) => String.fromCharCode(32 + (i * 13) % 95)).join(''));

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const k = url.searchParams.get('wrongkey') ? crypto.createHash('sha256').update('other').digest() : key;
  let decipher;
  if (url.pathname === '/cbc') {
    decipher = crypto.createDecipheriv('aes-256-cbc', k, iv);
  } else {
    decipher = crypto.createDecipheriv('aes-256-gcm', k, gcmIv);
    decipher.setAuthTag(Buffer.from(req.headers['x-auth-tag'], 'hex'));
  }
  const hash = crypto.createHash('sha256');
  let n = 0;
  pipeline(req, decipher, new Writable({
    write(chunk, enc, cb) { n += chunk.length; hash.update(chunk); cb(); },
  }), (err) => {
    if (err) {
      res.writeHead(400, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ code: err.code || null, reason: err.reason || null, message: err.message }));
    }
    res.end(JSON.stringify({ n, sha: hash.digest('hex').slice(0, 16) }));
  });
});

function upload(path, cipher, headers = {}, mutate) {
  return new Promise((resolve) => {
    const chunks = [];
    // Encrypt first when a tag header is needed: GCM's tag exists only after final().
    pipeline(Readable.from([plain.subarray(0, 10000), plain.subarray(10000)]), cipher, new Writable({
      write(c, e, cb) { chunks.push(c); cb(); },
    }), (err) => {
      if (err) return resolve({ encryptError: err.code });
      const h = typeof headers === 'function' ? headers() : headers;
      let body = Buffer.concat(chunks);
      if (mutate) body = mutate(body);
      const req = http.request({ host: '127.0.0.1', port: server.address().port, path, method: 'POST', headers: h }, async (res) => {
        let s = '';
        for await (const c of res) s += c;
        resolve({ status: res.statusCode, body: JSON.parse(s), sent: body.length });
      });
      pipeline(Readable.from([body.subarray(0, 777), body.subarray(777)]), req, () => {});
    });
  });
}

async function main() {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  console.log('plain', plain.length, crypto.createHash('sha256').update(plain).digest('hex').slice(0, 16));

  console.log('cbc', JSON.stringify(await upload('/cbc', crypto.createCipheriv('aes-256-cbc', key, iv))));
  console.log('cbc wrong key', JSON.stringify(await upload('/cbc?wrongkey=1', crypto.createCipheriv('aes-256-cbc', key, iv))));
  console.log('cbc truncated', JSON.stringify(await upload('/cbc', crypto.createCipheriv('aes-256-cbc', key, iv), {}, (b) => b.subarray(0, b.length - 5))));

  let c = crypto.createCipheriv('aes-256-gcm', key, gcmIv);
  console.log('gcm', JSON.stringify(await upload('/gcm', c, () => ({ 'x-auth-tag': c.getAuthTag().toString('hex') }))));
  c = crypto.createCipheriv('aes-256-gcm', key, gcmIv);
  console.log('gcm bad tag', JSON.stringify(await upload('/gcm', c, () => {
    const t = c.getAuthTag();
    t[0] ^= 1;
    return { 'x-auth-tag': t.toString('hex') };
  })));
  c = crypto.createCipheriv('aes-256-gcm', key, gcmIv);
  console.log('gcm flipped byte', JSON.stringify(await upload('/gcm', c, () => ({ 'x-auth-tag': c.getAuthTag().toString('hex') }), (b) => { b[100] ^= 0xff; return b; })));

  // A hash is a stream too: pipe a response into it.
  const res = await new Promise((r) => http.get({ host: '127.0.0.1', port: server.address().port, path: '/cbc?wrongkey=1' }, r));
  const h = crypto.createHash('md5');
  h.setEncoding('hex');
  await new Promise((r) => pipeline(res, h, (err) => { console.log('hash pipeline', err ? err.code : 'ok', res.statusCode); r(); }));
  console.log('hash of error body', h.read());

  try { crypto.createCipheriv('aes-256-cbc', key.subarray(0, 5), iv); } catch (e) { console.log('short key', e.code, e.message); }
  try { crypto.createDecipheriv('aes-256-gcm', key, gcmIv).setAuthTag('zz'); } catch (e) { console.log('tag type', e.code); }

  server.close();
  await once(server, 'close');
  console.log('closed');
}
main();
