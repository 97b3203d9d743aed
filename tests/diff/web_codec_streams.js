// TextEncoderStream/TextDecoderStream and Compression/DecompressionStream beyond round trips:
// options and their errors, split multi-byte input, fatal decoding, every format against zlib,
// corrupt and truncated input, chunk types, and a fetched body piped through them.
const zlib = require('zlib');
const http = require('http');
const collect = async (stream) => {
  const out = [];
  for await (const chunk of stream) out.push(chunk);
  return out;
};
const t = async (label, f) => {
  try {
    console.log(label, await f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

async function main() {
  const enc = new TextEncoderStream();
  console.log('encoder', enc.encoding, enc.readable instanceof ReadableStream, enc.writable instanceof WritableStream);
  const tag = (T, ...args) => Object.prototype.toString.call(new T(...args));
  console.log('tags', tag(TextEncoderStream), tag(TextDecoderStream), tag(CompressionStream, 'gzip'), tag(DecompressionStream, 'deflate'));
  await t('encode lone surrogates', async () => (await collect(ReadableStream.from(['a\ud800', 'b', '\udc00c', '\ud83d'])
    .pipeThrough(new TextEncoderStream()))).map((c) => [...c].join(',')));
  await t('encode non-strings', async () => (await collect(ReadableStream.from([1, true, null, { toString: () => 'obj' }])
    .pipeThrough(new TextEncoderStream()))).map((c) => new TextDecoder().decode(c)));
  await t('encode empty string', async () => (await collect(ReadableStream.from(['', 'x', ''])
    .pipeThrough(new TextEncoderStream()))).length);

  const dec = new TextDecoderStream('UTF-16LE', { fatal: true, ignoreBOM: true });
  console.log('decoder', dec.encoding, dec.fatal, dec.ignoreBOM);
  await t('decoder bad label', () => new TextDecoderStream('nope'));
  await t('decoder latin1 label', () => new TextDecoderStream('latin1').encoding);
  await t('decode split utf8', async () => (await collect(ReadableStream.from([new Uint8Array([0xf0, 0x9f]), new Uint8Array([0x98]), new Uint8Array([0x80, 0x21])])
    .pipeThrough(new TextDecoderStream()))));
  await t('decode truncated', async () => (await collect(ReadableStream.from([new Uint8Array([0x61, 0xe2, 0x82])])
    .pipeThrough(new TextDecoderStream()))).map((s) => JSON.stringify(s)));
  await t('decode fatal', async () => collect(ReadableStream.from([new Uint8Array([0x61, 0xff])]).pipeThrough(new TextDecoderStream('utf-8', { fatal: true }))));
  await t('decode bom', async () => (await collect(ReadableStream.from([new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf, 0x68])])
    .pipeThrough(new TextDecoderStream()))).map((s) => JSON.stringify(s)));
  await t('decode utf16le', async () => collect(ReadableStream.from([new Uint8Array([0x68, 0x00, 0x69])]).pipeThrough(new TextDecoderStream('utf-16le'))));
  await t('decode string chunk', async () => collect(ReadableStream.from(['text']).pipeThrough(new TextDecoderStream())));
  await t('decode arraybuffer + dataview', async () => collect(ReadableStream.from([new Uint8Array([0x61]).buffer, new DataView(new Uint8Array([0x62]).buffer)])
    .pipeThrough(new TextDecoderStream())));

  const input = 'compress me '.repeat(200);
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const compressed = Buffer.concat((await collect(ReadableStream.from([new TextEncoder().encode(input)]).pipeThrough(new CompressionStream(format)))).map((c) => Buffer.from(c)));
    const viaZlib = format === 'gzip' ? zlib.gunzipSync(compressed) : format === 'deflate' ? zlib.inflateSync(compressed) : zlib.inflateRawSync(compressed);
    const fromZlib = format === 'gzip' ? zlib.gzipSync(input) : format === 'deflate' ? zlib.deflateSync(input) : zlib.deflateRawSync(input);
    const back = (await collect(ReadableStream.from([fromZlib]).pipeThrough(new DecompressionStream(format)).pipeThrough(new TextDecoderStream()))).join('');
    console.log(format, viaZlib.toString() === input, back === input, compressed.length < input.length);
  }
  await t('compression bad format', () => new CompressionStream('brotli'));
  await t('decompression no format', () => new DecompressionStream());
  await t('compression format object', () => new CompressionStream({ toString: () => 'gzip' }).constructor.name);
  await t('decompress garbage', async () => collect(ReadableStream.from([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])]).pipeThrough(new DecompressionStream('gzip'))));
  const gz = zlib.gzipSync('truncated stream content');
  await t('decompress truncated', async () => collect(ReadableStream.from([gz.subarray(0, gz.length - 6)]).pipeThrough(new DecompressionStream('gzip'))));
  await t('decompress trailing junk', async () => collect(ReadableStream.from([Buffer.concat([zlib.deflateSync('ok'), Buffer.from('junk')])]).pipeThrough(new DecompressionStream('deflate'))));
  await t('compress string chunk', async () => (await collect(ReadableStream.from(['not ', 'bytes']).pipeThrough(new CompressionStream('gzip'))
    .pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream()))).join(''));
  await t('compress empty', async () => Buffer.concat((await collect(ReadableStream.from([]).pipeThrough(new CompressionStream('deflate')))).map((c) => Buffer.from(c))).toString('hex'));
  await t('decompress one byte at a time', async () => {
    const bytes = zlib.deflateRawSync('drip fed');
    const chunks = [...bytes].map((b) => new Uint8Array([b]));
    return (await collect(ReadableStream.from(chunks).pipeThrough(new DecompressionStream('deflate-raw')).pipeThrough(new TextDecoderStream()))).join('');
  });

  const server = http.createServer((req, res) => res.end(zlib.gzipSync('served compressed, not labelled')));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const res = await fetch(`http://127.0.0.1:${server.address().port}/`);
  console.log('fetched', (await collect(res.body.pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream()))).join(''));
  server.close();
}
main();
