// http with WHATWG streams: Readable.toWeb(res) read by a reader, a TextDecoderStream and a
// DecompressionStream over a response, Readable.fromWeb feeding a request body (including a
// CompressionStream), and Writable.toWeb(res) on the server.
const http = require('http');
const zlib = require('zlib');
const { Readable, Writable } = require('stream');
const { once } = require('events');

const server = http.createServer(async (req, res) => {
  if (req.url === '/echo-upper') {
    // The request as a web stream, the response as a WritableStream.
    const web = Readable.toWeb(req).pipeThrough(new TextDecoderStream()).pipeThrough(new TransformStream({
      transform(chunk, controller) { controller.enqueue(chunk.toUpperCase()); },
    })).pipeThrough(new TextEncoderStream());
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'x-ce': req.headers['content-encoding'] || '-' });
    await web.pipeTo(Writable.toWeb(res));
  } else if (req.url === '/gunzip-len') {
    const ds = Readable.toWeb(req).pipeThrough(new DecompressionStream('gzip'));
    let n = 0;
    let text = '';
    const dec = new TextDecoder();
    for await (const chunk of ds) { n += chunk.byteLength; text += dec.decode(chunk, { stream: true }); }
    res.end(`${n} ${text.slice(0, 12)}`);
  } else if (req.url === '/gz') {
    res.writeHead(200, { 'content-encoding': 'gzip' });
    res.end(zlib.gzipSync('compressed ✓ '.repeat(1000)));
  } else if (req.url === '/text') {
    res.write(Buffer.from('snow ☃ and '));
    res.write(Buffer.from('€uro').subarray(0, 2));
    res.end(Buffer.concat([Buffer.from('€uro').subarray(2), Buffer.from('!')]));
  }
});

function request(path, { method = 'GET', body } = {}) {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, path, method });
  if (body) Readable.fromWeb(body).pipe(req);
  else req.end();
  return once(req, 'response').then(([res]) => res);
}

async function main() {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');

  let res = await request('/text');
  const reader = Readable.toWeb(res).pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
  }
  console.log('text', JSON.stringify(text), text.includes('\ufffd'));

  res = await request('/gz');
  const ds = Readable.toWeb(res).pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream());
  let out = '';
  for await (const s of ds) out += s;
  console.log('gz', res.headers['content-encoding'], out.length, out.slice(0, 13));

  const enc = new TextEncoder();
  const body = new ReadableStream({
    start(c) { c.enqueue(enc.encode('hello ')); c.enqueue(enc.encode('wörld ')); c.close(); },
  });
  res = await request('/echo-upper', { method: 'POST', body });
  res.setEncoding('utf8');
  let echoed = '';
  for await (const c of res) echoed += c;
  console.log('echo-upper', res.statusCode, res.headers['content-type'], res.headers['transfer-encoding'], JSON.stringify(echoed));

  const gzBody = new ReadableStream({
    pull(c) {
      this.n = (this.n || 0) + 1;
      if (this.n > 50) return c.close();
      c.enqueue(enc.encode(`chunk-${String(this.n).padStart(2, '0')};`));
    },
  }).pipeThrough(new CompressionStream('gzip'));
  res = await request('/gunzip-len', { method: 'POST', body: gzBody });
  res.setEncoding('utf8');
  let r = '';
  for await (const c of res) r += c;
  console.log('compressed upload', r);

  server.close();
  await once(server, 'close');
  console.log('closed');
}
main();
