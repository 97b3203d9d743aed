// MessageChannel ports: 'close' on both ends when one closes, messages queued before start()
// with addEventListener, receiveMessageOnPort draining in order, posts after close dropped,
// and ports moved into a worker and back.
const { MessageChannel, receiveMessageOnPort, Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('one');
  port1.postMessage({ two: 2 });
  port1.postMessage([3]);
  console.log(receiveMessageOnPort(port2), receiveMessageOnPort(port2), receiveMessageOnPort(port2), receiveMessageOnPort(port2));

  const a = new MessageChannel();
  const seen = [];
  a.port2.addEventListener('message', (event) => seen.push(event.data));
  a.port1.postMessage('before start');
  setTimeout(() => {
    console.log('not started yet', seen);
    a.port2.start();
    setTimeout(() => {
      console.log('after start', seen);
      a.port1.on('close', () => console.log('port1 close'));
      a.port2.on('close', () => {
        console.log('port2 close');
        a.port1.postMessage('after close');
        setTimeout(() => {
          console.log('post after close is dropped', seen.length);
          roundTrip();
        }, 20);
      });
      a.port1.close();
    }, 20);
  }, 20);
} else {
  parentPort.once('message', ({ port }) => {
    port.on('message', (m) => {
      port.postMessage(`worker got ${m}`);
      port.close();
    });
  });
}

function roundTrip() {
  const worker = new Worker(__filename);
  const { port1, port2 } = new MessageChannel();
  worker.postMessage({ port: port2 }, [port2]);
  port1.on('message', (m) => console.log('via worker', m));
  port1.on('close', () => {
    console.log('worker closed its end');
    worker.terminate();
  });
  port1.postMessage('hello');
}
