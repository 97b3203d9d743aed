// dgram: send forms with offsets and lengths, empty datagrams, udp6, unref and the queue
// of sends made before binding.
const dgram = require('dgram');
const receiver = dgram.createSocket('udp6');
const seen = [];
receiver.on('message', (msg, rinfo) => {
  seen.push(`${JSON.stringify(msg.toString())} ${rinfo.family} ${rinfo.address} ${rinfo.size}`);
  if (seen.length === 5) {
    console.log(seen.join('\n'));
    sender.close();
    receiver.close(() => console.log('done'));
  }
});
let sender;
receiver.bind(0, '::1', () => {
  const port = receiver.address().port;
  sender = dgram.createSocket('udp6');
  for (const bad of [() => sender.send('abc', 5, 1, port, '::1'), () => sender.send('abc', 1, 5, port, '::1'), () => sender.send('x', port, 5), () => sender.send([1], port)]) {
    try {
      bad();
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  // Each waits for the previous one's callback, so the receiver sees them in order.
  sender.send('hello world', 6, 5, port, '::1', () => {
    sender.send(Buffer.from('abcdef'), 1, 3, port, () => {
      sender.send('', port, '::1', (err, bytes) => {
        console.log('empty sent', err, bytes);
        sender.send(new Uint16Array([0x4241]), port, () => {
          sender.send([Buffer.from('a'), 'b', new Uint8Array([99])], port, '::1');
        });
      });
    });
  });
});
const idle = dgram.createSocket('udp4');
idle.bind(0, () => idle.unref());
