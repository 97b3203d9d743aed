// What a transferred stream's channel does to the process's lifetime, as in Node: a stream
// posted to a port nobody reads, or a copy that arrives and is never read, does not keep the
// process alive; a worker waiting for chunks from a slow source stays alive until the end.
const { MessageChannel, Worker, isMainThread, parentPort } = require('worker_threads');

if (!isMainThread) {
  parentPort.once('message', async (slow) => {
    const chunks = [];
    for await (const chunk of slow) chunks.push(chunk);
    parentPort.postMessage(chunks.join(','));
  });
  return;
}

// Posted to nobody: its source would go on for ever.
const endless = new ReadableStream({
  pull(c) {
    c.enqueue('more');
  },
});
new MessageChannel().port1.postMessage(endless, [endless]);

// Arrives, never read.
const { port1, port2 } = new MessageChannel();
port2.once('message', (copy) => {
  console.log('copy arrived', copy instanceof ReadableStream, copy.locked);
  port2.close();
});
const unread = new ReadableStream({
  pull(c) {
    c.enqueue('unread');
  },
});
port1.postMessage(unread, [unread]);

// Read by a worker, one chunk every 30 ms.
let n = 0;
const slow = new ReadableStream({
  pull(c) {
    return new Promise((resolve) => {
      setTimeout(() => {
        if (n < 4) c.enqueue(n++);
        else c.close();
        resolve();
      }, 30);
    });
  },
});
const worker = new Worker(__filename);
worker.postMessage(slow, [slow]);
worker.once('message', (chunks) => console.log('worker read', chunks));
worker.once('exit', (code) => console.log('worker exit', code));
process.on('exit', () => console.log('process exit'));
