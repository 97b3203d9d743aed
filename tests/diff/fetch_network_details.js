// fetch against a local server: response fields (statusText, headers order, set-cookie, guards),
// bodies of HEAD/204/304, content encodings (deflate, raw deflate, stacked, unknown, corrupt),
// aborts before and during the body, and network error causes.
const http = require('http');
const zlib = require('zlib');
const net = require('net');

const sockets = new Set();
const server = http.createServer((req, res) => {
  sockets.add(req.socket);
  const path = new URL(req.url, 'http://x').pathname;
  switch (path) {
    case '/fields':
      res.writeHead(299, 'Custom Text', [['Set-Cookie', 'a=1; Path=/'], ['X-Multi', 'one'], ['set-cookie', 'b=2'], ['X-Multi', 'two'], ['A-First', 'z'], ['Content-Type', 'text/plain']]);
      return res.end('fields');
    case '/empty-204':
      res.writeHead(204);
      return res.end();
    case '/not-modified':
      res.writeHead(304, { ETag: '"x"' });
      return res.end();
    case '/deflate':
      res.setHeader('Content-Encoding', 'deflate');
      return res.end(zlib.deflateSync('zlib wrapped'));
    case '/raw-deflate':
      res.setHeader('Content-Encoding', 'deflate');
      return res.end(zlib.deflateRawSync('raw deflate'));
    case '/stacked':
      res.setHeader('Content-Encoding', 'gzip, br');
      return res.end(zlib.brotliCompressSync(zlib.gzipSync('two layers')));
    case '/unknown':
      res.setHeader('Content-Encoding', 'snappy');
      return res.end('as is');
    case '/upper':
      res.setHeader('Content-Encoding', 'GZIP');
      return res.end(zlib.gzipSync('upper case coding'));
    case '/corrupt':
      res.setHeader('Content-Encoding', 'gzip');
      return res.end('this is not gzip at all');
    case '/encoded-head':
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Content-Length', '20');
      return res.end();
    case '/drip':
      res.write('first part;');
      setTimeout(() => res.end('second part'), 400).unref();
      return;
    case '/hang-body':
      res.write('partial');
      setTimeout(() => res.destroy(), 30);
      return;
    case '/short':
      res.writeHead(200, { 'Content-Length': '100' });
      res.write('only some');
      setTimeout(() => res.destroy(), 30);
      return;
    default:
      res.end(`port-reused:${req.headers.connection}`);
  }
});

async function main() {
  const base = `http://127.0.0.1:${server.address().port}`;
  let r = await fetch(`${base}/fields#frag`);
  console.log('fields', r.status, r.statusText, r.ok, r.url.endsWith('/fields'), r.redirected, r.type);
  console.log('headers', [...r.headers].filter(([k]) => k !== 'date'));
  console.log('get', r.headers.get('x-multi'), r.headers.get('set-cookie'), r.headers.getSetCookie());
  try { r.headers.set('x', '1'); } catch (e) { console.log('fetched headers set', e.constructor.name, e.message); }
  try { r.headers.delete('x-multi'); } catch (e) { console.log('fetched headers delete', e.constructor.name, e.message); }
  console.log('text', await r.text());

  r = await fetch(`${base}/fields`, { method: 'HEAD' });
  console.log('head', r.status, r.body, await r.text(), r.bodyUsed);
  r = await fetch(`${base}/empty-204`);
  console.log('204', r.status, r.statusText, r.body, JSON.stringify(await r.text()));
  r = await fetch(`${base}/not-modified`);
  console.log('304', r.status, r.ok, r.body, r.headers.get('etag'));
  for (const p of ['/deflate', '/raw-deflate', '/stacked', '/unknown', '/upper']) {
    r = await fetch(base + p);
    await r.text().then((t) => console.log(p, JSON.stringify(t), r.headers.get('content-encoding')), (e) => console.log(p, e.name, e.message, e.cause?.code));
  }
  r = await fetch(`${base}/corrupt`);
  console.log('corrupt status', r.status);
  await r.text().then((t) => console.log('corrupt text', t), (e) => console.log('corrupt', e.name, e.message, e.cause?.code));
  r = await fetch(`${base}/encoded-head`, { method: 'HEAD' });
  console.log('encoded head', r.status, await r.text());

  // Abort while the body is arriving: the pending read rejects with the reason.
  const controller = new AbortController();
  r = await fetch(`${base}/drip`, { signal: controller.signal });
  const reader = r.body.getReader();
  const { value } = await reader.read();
  console.log('drip first', new TextDecoder().decode(value));
  controller.abort(new Error('enough'));
  await reader.read().then((x) => console.log('read after abort', x), (e) => console.log('read after abort', e.message));
  const c2 = new AbortController();
  r = await fetch(`${base}/drip`, { signal: c2.signal });
  const pendingText = r.text();
  setTimeout(() => c2.abort(), 20);
  await pendingText.then((t) => console.log('text', t), (e) => console.log('text aborted', e.name, e.message, e.code));
  await fetch(`${base}/drip`, { signal: AbortSignal.abort('already') }).catch((e) => console.log('pre-aborted', e));
  // The timeout may strike before or after the headers (a loaded machine): both read the same.
  await fetch(`${base}/drip`, { signal: AbortSignal.timeout(50) }).then((res) => res.text())
    .catch((e) => console.log('timeout in body', e.name, e.message, e.code));

  // Server breaking off mid-body.
  r = await fetch(`${base}/short`);
  await r.text().then((t) => console.log('short', t), (e) => console.log('short', e.name, e.message, e.cause?.name, e.cause?.message, e.cause?.code));
  r = await fetch(`${base}/hang-body`);
  await r.arrayBuffer().then((t) => console.log('hang', t.byteLength), (e) => console.log('hang', e.name, e.message, e.cause?.code));

  // Network errors.
  const probe = net.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const dead = probe.address().port;
  await new Promise((resolve) => probe.close(resolve));
  await fetch(`http://127.0.0.1:${dead}/`).catch((e) => console.log('refused', e.name, e.message, e.cause.name, e.cause.code, e.cause.syscall, e.cause.address, e.cause.port === dead, e.cause.errno));
  await fetch('http://127.0.0.1:99999/').catch((e) => console.log('bad port', e.name, e.message, e.cause?.code));
  await fetch('http://[::1/').catch((e) => console.log('bad host', e.name, e.message, e.cause?.code));
  await fetch('http://user:pass@127.0.0.1/').catch((e) => console.log('credentials', e.name, e.message));
  await fetch(`${base}/`, { method: 'CONNECT' }).catch((e) => console.log('connect', e.name, e.message));
  await fetch(`${base}/`, { headers: { 'bad header': 'x' } }).catch((e) => console.log('bad header', e.name, e.message));
  await fetch().catch((e) => console.log('no args', e.name, e.message));
  server.closeAllConnections();
  server.close();
}
server.listen(0, '127.0.0.1', main);
