// The global MessageChannel, with no other messaging module loaded: built-in objects (a Blob,
// a transferred ReadableStream as the message itself) arrive as themselves, and a stream
// transferred once cannot go again in a later message, even in the same tick.
const { port1, port2 } = new MessageChannel();
const received = [];
port2.on('message', async (value) => {
  received.push(value);
  if (received.length < 3) return;
  port2.close();
  const [blob, stream, plain] = received;
  console.log('blob', blob instanceof Blob, blob.size, await blob.text());
  console.log('stream', stream instanceof ReadableStream, JSON.stringify(await stream.getReader().read()));
  console.log('plain', JSON.stringify(plain));
});

port1.postMessage(new Blob(['blob text']));
const rs = new ReadableStream({
  start(c) {
    c.enqueue('first chunk');
    c.close();
  },
});
port1.postMessage(rs, [rs]);
for (const [label, send] of [
  ['again unlisted', () => port1.postMessage({ rs })],
  ['again listed', () => port1.postMessage(rs, [rs])],
]) {
  try {
    send();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
port1.postMessage({ n: 1, list: [1, 2] });
