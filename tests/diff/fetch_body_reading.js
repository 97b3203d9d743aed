// Reading Request/Response bodies: every body kind and reader, content types, bodyUsed and its
// errors, clone/tee, partial reads, bad JSON, multipart and urlencoded formData, Blob types.
const show = (label, v) => console.log(label, v);
const fail = (label) => (e) => console.log(label, 'rejected', e.constructor.name, e.message);
const u8 = (s) => new TextEncoder().encode(s);

async function main() {
  const kinds = [
    ['string', 'héllo'],
    ['arraybuffer', u8('ab').buffer],
    ['uint8 view', new Uint8Array([0, 65, 66, 67, 0]).subarray(1, 4)],
    ['dataview', new DataView(u8('xyz').buffer, 1)],
    ['float32', new Float32Array([1])],
    ['blob', new Blob(['bl', 'ob'], { type: 'Text/Plain; Charset=UTF-8' })],
    ['blob no type', new Blob(['b'])],
    ['file', new File(['f'], 'f.txt', { type: 'text/x-f' })],
    ['params', new URLSearchParams({ a: '1 2', b: '&' })],
    ['stream', new ReadableStream({ start(c) { c.enqueue(u8('s1')); c.enqueue(u8('s2')); c.close(); } })],
    ['number', 42],
    ['object', { toString() { return 'obj'; } }],
    ['async iterable', (async function* () { yield u8('it1'); yield u8('it2'); })()],
  ];
  for (const [label, body] of kinds) {
    try {
      const r = new Response(body);
      const bytes = new Uint8Array(await r.arrayBuffer());
      show(label, `${r.headers.get('content-type')} [${bytes}] used=${r.bodyUsed}`);
    } catch (e) {
      show(label, `${e.constructor.name} ${e.message}`);
    }
  }

  // Each reader on the same body text.
  const r1 = new Response('{"k":[1,2]}', { headers: { 'content-type': 'application/json' } });
  console.log('json', await r1.json(), r1.bodyUsed);
  for (const m of ['text', 'json', 'arrayBuffer', 'blob', 'formData', 'bytes']) {
    if (typeof r1[m] !== 'function') { console.log(m, 'missing'); continue; }
    await r1[m]().then((v) => console.log(m, 'ok', v), fail(`again ${m}`));
  }
  try { r1.clone(); } catch (e) { console.log('clone used', e.constructor.name, e.message); }
  const blob = await new Response('data', { headers: { 'Content-Type': 'Text/HTML;Charset=x' } }).blob();
  console.log('blob', blob.type, blob.size, blob instanceof Blob);
  const ab = await new Response('abc').arrayBuffer();
  console.log('arrayBuffer', ab.constructor.name, ab.byteLength);

  // V8 versions word JSON errors differently: only the error's class is shown.
  await new Response('{bad').json().catch((e) => console.log('bad json', e.name));
  await new Response('').json().catch((e) => console.log('empty json', e.name));
  console.log('bom text', JSON.stringify(await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])).text()));
  console.log('invalid utf8', JSON.stringify(await new Response(new Uint8Array([0x68, 0xff, 0x69])).text()));
  console.log('empty text', JSON.stringify(await new Response().text()), new Response().body, new Response(null).bodyUsed);
  console.log('empty string body', (await new Response('').arrayBuffer()).byteLength, new Response('').body !== null);

  // formData from urlencoded and multipart bodies.
  const urlenc = await new Response('a=1&b=x+y&a=%C3%A9&c', { headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' } }).formData();
  console.log('urlencoded', [...urlenc]);
  const form = new FormData();
  form.append('name', 'va\nlue');
  form.append('up', new Blob(['file body'], { type: 'text/csv' }), 'data.csv');
  form.append('plain', new Blob(['raw']));
  const req = new Request('http://x/', { method: 'POST', body: form });
  const parsed = await req.formData();
  for (const [k, v] of parsed) console.log('multipart', k, typeof v === 'string' ? JSON.stringify(v) : `${v.constructor.name} ${v.name} ${v.type} ${await v.text()}`);
  await new Response('x=1', { headers: { 'content-type': 'text/plain' } }).formData().catch(fail('formData text/plain'));
  await new Response('garbage', { headers: { 'content-type': 'multipart/form-data; boundary=zzz' } }).formData().catch(fail('formData bad multipart'));
  await new Response('x').formData().catch(fail('formData no type'));
  const part = '--zzz\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--zzz--';
  const multipart = {
    empty: ['', 'boundary=zzz'],
    'only close': ['--zzz--\r\n', 'boundary=zzz'],
    preamble: [`preamble\r\n${part}`, 'boundary=zzz'],
    'filename*': ['--zzz\r\nContent-Disposition: form-data; name="f"; filename*=utf-8\'\'%C3%A9.txt\r\n\r\nv\r\n--zzz--', 'boundary=zzz'],
    'no boundary': [part, ''],
    'empty boundary': [part, 'boundary='],
    'upper case': [part, 'BOUNDARY=zzz'],
    quoted: [part, 'boundary="zzz"'],
  };
  for (const [label, [text, param]] of Object.entries(multipart)) {
    await new Response(text, { headers: { 'content-type': `multipart/form-data${param ? '; ' : ''}${param}` } }).formData()
      .then((f) => console.log('multipart', label, [...f]), fail(`multipart ${label}`));
  }

  // Streams: partial reads lock the body; clone tees.
  const r2 = new Response('streamed body');
  const reader = r2.body.getReader();
  console.log('locked', r2.body.locked, r2.bodyUsed);
  await r2.text().catch(fail('text while locked'));
  const first = await reader.read();
  console.log('read', first.done, first.value.constructor.name, r2.bodyUsed);
  reader.releaseLock();
  await r2.text().then((t) => console.log('after release', JSON.stringify(t)), fail('after release'));
  const r3 = new Response(new ReadableStream({ start(c) { c.enqueue(u8('one ')); c.enqueue(u8('two')); c.close(); } }));
  const c3 = r3.clone();
  console.log('clone texts', await r3.text(), '|', await c3.text());
  const r4 = new Response(new ReadableStream({ start(c) { c.enqueue('not bytes'); c.close(); } }));
  await r4.text().catch(fail('string chunk'));
  const r5 = new Response(new ReadableStream({ start(c) { c.error(new Error('source broke')); } }));
  await r5.text().catch(fail('errored stream'));
  console.log('r5 used', r5.bodyUsed);
  const cancelled = new ReadableStream({ pull(c) { c.enqueue(u8('x')); }, cancel(reason) { console.log('source cancel', reason); } });
  const r6 = new Response(cancelled);
  await r6.body.cancel('no thanks');
  console.log('after cancel used', r6.bodyUsed);
  await r6.text().catch(fail('text after cancel'));
  const locked = new ReadableStream();
  locked.getReader();
  try { new Response(locked); } catch (e) { console.log('locked stream', e.constructor.name, e.message); }
  // Request body from another Request, and text of a cloned request.
  const a = new Request('http://x/', { method: 'PUT', body: 'moved' });
  const b = new Request(a);
  console.log('moved', a.bodyUsed, await b.text());
  await a.text().catch(fail('source request text'));
  const c = new Request('http://x/', { method: 'POST', body: 'copy' });
  const cc = c.clone();
  console.log('request clone', await c.text(), await cc.text(), c.bodyUsed, cc.bodyUsed);
}
main();
