// fetch sends what Node's client sends: header names and order, bodies of each kind with
// their content types and lengths (multipart boundaries are random and not shown).
const http = require('http');
const server = http.createServer((req, res) => {
  const raw = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const value = req.rawHeaders[i] === 'host' ? 'HOST' : req.rawHeaders[i + 1].replace(/boundary=.*/, 'boundary=B');
    raw.push(`${req.rawHeaders[i]}: ${value}`);
  }
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    console.log(req.method, req.url, raw.join(' | '));
    console.log('body', JSON.stringify(body.replace(/-+formdata-undici-\d+/g, 'BOUNDARY')));
    res.end('ok');
  });
});
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/p?q=1`;
  const send = async (init) => (await fetch(url, init)).text();
  await send();
  await send({ method: 'POST', body: 'hello', headers: { 'X-Custom': 'v' } });
  await send({ method: 'PUT', body: JSON.stringify({ a: 1 }), headers: { 'content-type': 'application/json' } });
  await send({ method: 'POST', body: new URLSearchParams({ a: '1 2', b: 'é' }) });
  const form = new FormData();
  form.append('field', 'value');
  form.append('file', new Blob(['file content'], { type: 'text/plain' }), 'a.txt');
  await send({ method: 'POST', body: form });
  await send({ method: 'POST', body: new Uint8Array([104, 105]) });
  await send({ method: 'POST', body: new Blob(['blob'], { type: 'application/x-thing' }) });
  await send({ method: 'DELETE' });
  await send({ method: 'POST' });
  await send({ method: 'HEAD' });
  server.close();
});
