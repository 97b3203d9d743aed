// fetch redirects: which methods, bodies and headers survive 301/302/303/307/308, relative and
// odd Location values, the 20-redirect limit, fragments, cross-origin header stripping, manual mode.
const http = require('http');

let hits = [];
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    hits.push(`${req.method} ${url.pathname}${url.search} ct=${req.headers['content-type'] ?? '-'} cl=${req.headers['content-length'] ?? '-'} auth=${req.headers.authorization ?? '-'} x=${req.headers['x-keep'] ?? '-'} body=${body}`);
    const m = url.pathname.match(/^\/r(\d+)$/);
    if (m) {
      res.writeHead(Number(m[1]), { Location: url.searchParams.get('to') ?? '/final' });
      return res.end('redirect body');
    }
    if (url.pathname === '/chain') {
      const n = Number(url.searchParams.get('n'));
      res.writeHead(302, { Location: n > 0 ? `/chain?n=${n - 1}` : '/final' });
      return res.end();
    }
    if (url.pathname === '/nolocation') {
      res.writeHead(302);
      return res.end('no location here');
    }
    if (url.pathname === '/back') {
      res.writeHead(302, { Location: `http://127.0.0.1:${server.address().port}/final` });
      return res.end();
    }
    if (url.pathname === '/other-origin') {
      res.writeHead(307, { Location: `http://localhost:${server.address().port}/final` });
      return res.end();
    }
    res.end(`final ${req.method} ${body}`);
  });
});

async function run(label, path, init) {
  hits = [];
  try {
    const r = await fetch(base + path, init);
    const text = await r.text();
    console.log(label, r.status, r.redirected, r.url.replace(base, '').replace(/localhost:\d+/, 'localhost:P'), JSON.stringify(text), r.type);
  } catch (e) {
    console.log(label, 'rejected', e.name, e.message, e.cause && e.cause.message);
  }
  if (hits.length > 4) console.log('    hits', hits.length, hits[hits.length - 1]);
  else for (const h of hits) console.log('   ', h.replace(/127\.0\.0\.1(:|%3A)\d+/g, 'HOST'));
}

let base;
server.listen(0, '127.0.0.1', async () => {
  base = `http://127.0.0.1:${server.address().port}`;
  const headers = { 'Content-Type': 'text/x-mine', 'X-Keep': 'k', Authorization: 'Bearer t' };
  for (const status of [301, 302, 303, 307, 308]) {
    await run(`${status} POST`, `/r${status}`, { method: 'POST', body: 'data', headers });
    await run(`${status} PUT`, `/r${status}`, { method: 'PUT', body: 'data', headers });
  }
  await run('303 HEAD', '/r303', { method: 'HEAD' });
  await run('301 DELETE', '/r301', { method: 'DELETE' });
  await run('303 DELETE', '/r303', { method: 'DELETE' });
  await run('relative', '/r302?to=final?x=1', {});
  await run('fragment', '/r302?to=/final%23frag', {});
  await run('protocol-relative', `/r302?to=//127.0.0.1:${server.address().port}/final`, {});
  await run('query only', '/r302?to=?only=1', {});
  await run('no location', '/nolocation', {});
  await run('20 redirects', '/chain?n=19', {});
  hits = [];
  await fetch(`${base}/chain?n=20`).then((r) => console.log('21 redirects', r.status), (e) => console.log('21 redirects', e.message, e.cause.message, hits.length));
  await run('cross origin', '/other-origin', { headers: { Authorization: 'Bearer t', 'X-Keep': 'k' } });
  await run('cross origin same-origin mode', '/other-origin', { mode: 'same-origin' });
  hits = [];
  const back = await fetch(`http://localhost:${server.address().port}/back`);
  console.log('back to first origin', back.type, back.redirected, await back.text(), hits.length);
  await run('credentials in location', `/r302?to=${encodeURIComponent(`http://u:p@127.0.0.1:${server.address().port}/final`)}`, {});
  await run('unparsable location', `/r302?to=${encodeURIComponent('http://[::1')}`, {});
  await run('bad scheme', '/r302?to=ftp://x/', {});
  await run('manual', '/r301', { redirect: 'manual' });
  await run('error mode 308', '/r308', { redirect: 'error', method: 'POST', body: 'x' });
  const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('streamed')); c.close(); } });
  await run('307 stream body', '/r307', { method: 'POST', body: stream, duplex: 'half' });
  const stream2 = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('streamed')); c.close(); } });
  await run('303 stream body', '/r303', { method: 'POST', body: stream2, duplex: 'half' });
  const stream3 = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('streamed')); c.close(); } });
  await run('302 stream body', '/r302', { method: 'POST', body: stream3, duplex: 'half' });
  await run('307 blob body', '/r307', { method: 'POST', body: new Blob(['blobby'], { type: 'a/b' }) });
  await run('307 search params', '/r307', { method: 'POST', body: new URLSearchParams('a=1&b=2') });
  server.close();
});
