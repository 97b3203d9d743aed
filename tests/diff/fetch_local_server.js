// fetch against a local server: bodies, JSON, redirects (followed, manual, refused, looping),
// compressed answers, streamed bodies both ways, headers sent, aborts and network errors.
const http = require('http');
const zlib = require('zlib');
const net = require('net');

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    switch (url.pathname) {
      case '/text':
        res.end(`${req.method} text ${body}`);
        break;
      case '/json':
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ method: req.method, body, type: req.headers['content-type'] ?? null }));
        break;
      case '/headers':
        res.end(JSON.stringify(req.rawHeaders.filter((_, i) => i % 2 === 0)));
        break;
      case '/redirect':
        res.writeHead(302, { Location: '/json' });
        res.end();
        break;
      case '/see-other':
        res.writeHead(303, { Location: '/json' });
        res.end();
        break;
      case '/keep-method':
        res.writeHead(307, { Location: '/json' });
        res.end();
        break;
      case '/loop':
        res.writeHead(302, { Location: '/loop' });
        res.end();
        break;
      case '/gzip':
        res.setHeader('Content-Encoding', 'gzip');
        res.end(zlib.gzipSync('squeezed '.repeat(50)));
        break;
      case '/brotli':
        res.setHeader('Content-Encoding', 'br');
        res.end(zlib.brotliCompressSync('brotli!'));
        break;
      case '/chunks': {
        let n = 0;
        const timer = setInterval(() => {
          res.write(`chunk${n} `);
          if (++n === 3) {
            clearInterval(timer);
            res.end();
          }
        }, 5);
        break;
      }
      case '/slow':
        setTimeout(() => res.end('too late'), 2000).unref();
        break;
      case '/404':
        res.statusCode = 404;
        res.end('missing');
        break;
      case '/form':
        res.setHeader('Content-Type', 'application/x-www-form-urlencoded');
        res.end('a=1&b=two+words&a=3');
        break;
      default:
        res.end(`echo ${body.length}`);
    }
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const show = (label, value) => console.log(label, typeof value === 'string' ? value : JSON.stringify(value));
  let r = await fetch(`${base}/text`);
  show('text', [r.status, r.statusText, r.ok, r.headers.get('content-length'), await r.text(), r.bodyUsed]);
  r = await fetch(`${base}/json`, { method: 'POST', body: JSON.stringify({ a: 1 }), headers: { 'Content-Type': 'application/json' } });
  show('json', await r.json());
  show('headers', await (await fetch(`${base}/headers`, { headers: { 'X-Custom': 'yes', 'User-Agent': 'me' } })).json());
  r = await fetch(`${base}/redirect`);
  show('redirect', [r.status, r.redirected, r.url.replace(base, ''), await r.json()]);
  r = await fetch(`${base}/see-other`, { method: 'POST', body: 'gone' });
  show('see other', await r.json());
  r = await fetch(`${base}/redirect`, { method: 'POST', body: 'gone' });
  show('302 post', await r.json());
  r = await fetch(`${base}/keep-method`, { method: 'PUT', body: 'kept' });
  show('307', await r.json());
  r = await fetch(`${base}/redirect`, { redirect: 'manual' });
  show('manual', [r.status, r.headers.get('location'), r.redirected, r.type]);
  await fetch(`${base}/redirect`, { redirect: 'error' }).catch((e) => show('error mode', [e.name, e.message, e.cause.message]));
  await fetch(`${base}/loop`).catch((e) => show('loop', [e.message, e.cause.message]));
  show('gzip', [(await (await fetch(`${base}/gzip`)).text()).length]);
  show('brotli', await (await fetch(`${base}/brotli`)).text());
  r = await fetch(`${base}/chunks`);
  const parts = [];
  for await (const chunk of r.body) parts.push(new TextDecoder().decode(chunk));
  show('streamed', parts.join(''));
  const upload = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('part1 '));
      c.enqueue(new TextEncoder().encode('part2'));
      c.close();
    },
  });
  r = await fetch(`${base}/json`, { method: 'POST', body: upload, duplex: 'half' });
  show('upload', await r.json());
  r = await fetch(`${base}/404`);
  show('404', [r.status, r.ok, r.statusText, await r.text()]);
  const form = await (await fetch(`${base}/form`)).formData();
  show('form', [...form]);
  const controller = new AbortController();
  const pending = fetch(`${base}/slow`, { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  await pending.catch((e) => show('aborted', [e.name, e.message]));
  await fetch(`${base}/slow`, { signal: AbortSignal.timeout(20) }).catch((e) => show('timeout', [e.name, e.message]));
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const port = probe.address().port;
    probe.close(async () => {
      await fetch(`http://127.0.0.1:${port}/`).catch((e) => show('refused', [e.name, e.message, e.cause.code]));
      await fetch('ftp://x/').catch((e) => show('scheme', [e.name, e.message]));
      await fetch('not a url').catch((e) => show('bad url', [e.name, e.message]));
      const data = await fetch('data:text/plain;base64,aGVsbG8=');
      show('data url', [data.status, data.headers.get('content-type'), await data.text()]);
      const request = new Request(`${base}/json`, { method: 'PATCH', body: 'from request' });
      const clone = request.clone();
      show('request object', [await (await fetch(request)).json(), await clone.text(), request.bodyUsed]);
      const original = await fetch(`${base}/text`);
      const copy = original.clone();
      show('clone', [await original.text(), await copy.text()]);
      server.close();
    });
  });
});
