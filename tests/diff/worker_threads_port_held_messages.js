// A port followed only for its 'close' keeps the messages that arrive until it is started.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('close', () => console.log('port2 closed'));
port1.postMessage('first');
port1.postMessage('second');
setImmediate(() => {
  port2.on('message', (m) => {
    console.log('got', m);
    if (m === 'second') port1.close();
  });
});
