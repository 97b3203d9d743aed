// fetch uploads: typed-array views with offsets, ArrayBuffer, DataView, empty bodies, streamed and
// async-iterable bodies (chunked), streams that fail or yield non-bytes, multipart escaping of
// odd names, and a Request whose body was already sent.
const http = require('http');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const type = (req.headers['content-type'] ?? '-').replace(/boundary=.*/, 'boundary=B');
    const shown = body.toString('latin1').replace(/-+formdata-undici-\d+/g, 'BOUNDARY');
    res.end(`len=${req.headers['content-length'] ?? '-'} te=${req.headers['transfer-encoding'] ?? '-'} type=${type} body=${JSON.stringify(shown)}`);
  });
  req.on('error', () => {});
});

async function main() {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const send = async (label, body, extra = {}) => {
    try {
      const r = await fetch(url, { method: 'POST', body, ...extra });
      console.log(label, await r.text());
    } catch (e) {
      console.log(label, 'rejected', e.name, e.message, e.cause ? `${e.cause.name}: ${e.cause.message}` : '');
    }
  };
  const bytes = new Uint8Array([65, 66, 67, 68, 69, 70]);
  await send('subarray', bytes.subarray(2, 5));
  await send('uint16', new Uint16Array([0x4241, 0x4443]));
  await send('float64', new Float64Array([1.5]));
  await send('dataview', new DataView(bytes.buffer, 1, 2));
  await send('arraybuffer', bytes.buffer.slice(4));
  await send('empty string', '');
  await send('empty blob', new Blob([]));
  await send('blob no type', new Blob(['raw']));
  await send('shared buffer view', new Uint8Array(new SharedArrayBuffer(2)));
  const stream = (parts) => new ReadableStream({ start(c) { for (const p of parts) c.enqueue(p); c.close(); } });
  await send('stream', stream([new TextEncoder().encode('one,'), new TextEncoder().encode('two')]), { duplex: 'half' });
  await send('stream with length', stream([new TextEncoder().encode('sized')]), { duplex: 'half', headers: { 'content-length': '5' } });
  await send('async iterable', (async function* () { yield new TextEncoder().encode('it'); yield new TextEncoder().encode('er'); })(), { duplex: 'half' });
  await send('stream no duplex', stream([]));
  await send('stream string chunk', stream(['text chunk']), { duplex: 'half' });
  await send('stream fails', new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('partial')); c.error(new Error('upload broke')); } }), { duplex: 'half' });
  const form = new FormData();
  form.append('quote"name', 'v1');
  form.append('new\nline', 'v2\r\nkept');
  form.append('f', new File(['data'], 'we"ird\nname.txt', { type: '' }));
  form.append('é', 'ü');
  await send('multipart escaping', form);
  await send('params unicode', new URLSearchParams([['k y', 'v&é'], ['e', '']]));

  const request = new Request(url, { method: 'PUT', body: 'once' });
  console.log('request sent', await (await fetch(request)).text(), request.bodyUsed);
  await fetch(request).then((r) => console.log('again', r.status), (e) => console.log('again rejected', e.name, e.message));
  const streamed = new Request(url, { method: 'POST', body: stream([new TextEncoder().encode('s')]), duplex: 'half' });
  await (await fetch(streamed)).text();
  console.log('streamed request used', streamed.bodyUsed);
  await fetch(streamed).then((r) => console.log('streamed again', r.status), (e) => console.log('streamed again rejected', e.name, e.message));
  server.close();
}
server.listen(0, '127.0.0.1', main);
