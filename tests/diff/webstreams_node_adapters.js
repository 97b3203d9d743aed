// Node streams as web streams and back: Readable.toWeb/fromWeb, Writable.toWeb/fromWeb,
// Duplex.fromWeb, with objects and bytes.
const { Readable, Writable, Duplex, PassThrough } = require('stream');

(async () => {
  const web = Readable.toWeb(Readable.from([Buffer.from('ab'), Buffer.from('cd')], { objectMode: false }));
  const chunks = [];
  for await (const chunk of web) chunks.push(`${chunk.constructor.name}:${Buffer.from(chunk)}`);
  console.log('toWeb', chunks.join(' '));

  const objects = Readable.toWeb(Readable.from([{ a: 1 }, { b: 2 }]));
  const seen = [];
  for await (const chunk of objects) seen.push(JSON.stringify(chunk));
  console.log('objects', seen.join(' '));

  const back = Readable.fromWeb(ReadableStream.from(['x', 'y', 'z']), { objectMode: true });
  const got = [];
  for await (const chunk of back) got.push(chunk);
  console.log('fromWeb', got.join(''));

  const text = Readable.fromWeb(ReadableStream.from([new TextEncoder().encode('héllo')]), { encoding: 'utf8' });
  let all = '';
  for await (const chunk of text) all += chunk;
  console.log('encoded', all);

  const received = [];
  const sink = new Writable({
    write(chunk, enc, cb) {
      received.push(chunk.toString());
      setImmediate(cb);
    },
  });
  const writer = Writable.toWeb(sink).getWriter();
  await writer.write(new TextEncoder().encode('one'));
  await writer.write(new TextEncoder().encode('two'));
  await writer.close();
  console.log('writable toWeb', received.join(','), sink.writableFinished);

  const collected = [];
  const webSink = new WritableStream({ write(chunk) { collected.push(Buffer.from(chunk).toString()); } });
  const nodeSide = Writable.fromWeb(webSink);
  nodeSide.write('p');
  nodeSide.end('q', () => console.log('writable fromWeb', collected.join(',')));
  await new Promise((resolve) => nodeSide.on('finish', resolve));

  const { readable, writable } = new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); } });
  const duplex = Duplex.fromWeb({ readable, writable }, { objectMode: true });
  duplex.end('shout');
  for await (const chunk of duplex) console.log('duplex', chunk);

  const failing = new Readable({ read() { this.destroy(new Error('source died')); } });
  await Readable.toWeb(failing).getReader().read().catch((e) => console.log('errored', e.message));
  const pass = new PassThrough();
  const webPass = Readable.toWeb(pass);
  pass.end('tail');
  const reader = webPass.getReader();
  console.log('pass', Buffer.from((await reader.read()).value).toString(), (await reader.read()).done);
})();
