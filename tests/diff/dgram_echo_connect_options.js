// dgram: errors before and after binding, echo between two sockets, connect, options.
const dgram = require('dgram');

function tryIt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result === undefined ? '' : typeof result === 'object' ? JSON.stringify(result) : result);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.syscall ?? '', e.errno ?? '');
  }
}

const server = dgram.createSocket('udp4');
tryIt('address unbound', () => server.address());
tryIt('remote unbound', () => server.remoteAddress());
tryIt('port 0', () => server.send('x', 0));
tryIt('bad msg', () => server.send(5, 1234));
tryIt('ttl unbound', () => server.setTTL(5));
tryIt('recv size unbound', () => server.getRecvBufferSize());
tryIt('bad type', () => dgram.createSocket('udp5'));
tryIt('disconnect unbound', () => server.disconnect());

server.on('message', (msg, rinfo) => {
  console.log('server got', JSON.stringify(msg.toString()), rinfo.family, rinfo.size, rinfo.address);
  server.send(`echo:${msg}`, rinfo.port, rinfo.address);
});
server.on('listening', () => {
  const { port, address, family } = server.address();
  console.log('listening', address, family, typeof port);
  tryIt('bind again', () => server.bind(0));
  tryIt('ttl', () => server.setTTL(9));
  tryIt('multicast ttl', () => server.setMulticastTTL(3));
  tryIt('loopback', () => server.setMulticastLoopback(true));
  tryIt('broadcast', () => server.setBroadcast(true));
  tryIt('bad ttl', () => server.setTTL('x'));
  tryIt('membership missing', () => server.addMembership());
  tryIt('buffer sizes', () => server.getRecvBufferSize() > 0 && server.getSendBufferSize() > 0);
  const client = dgram.createSocket({ type: 'udp4' });
  let got = 0;
  client.on('message', (msg, rinfo) => {
    console.log('client got', msg.toString(), rinfo.port === port);
    ++got;
    if (got === 1) client.send(Buffer.from('two'), port, 'localhost');
    if (got === 2) client.send(['th', Buffer.from('ree')], port);
    if (got === 3) {
      client.connect(port, '127.0.0.1', () => {
        console.log('connected', JSON.stringify(client.remoteAddress()) === JSON.stringify({ address: '127.0.0.1', family: 'IPv4', port }));
        tryIt('send with port while connected', () => client.send('x', port));
        tryIt('connect again', () => client.connect(port));
        client.send('via connect', (err, bytes) => console.log('connected send', err, bytes));
        client.once('message', (m) => {
          console.log('connected reply', m.toString());
          client.disconnect();
          tryIt('remote after disconnect', () => client.remoteAddress());
          client.close(() => {
            console.log('client closed');
            tryIt('send after close', () => client.send('x', port));
            tryIt('close again', () => client.close());
            server.close();
          });
        });
      });
    }
  });
  // Each message waits for the echo of the one before: the two sockets' logs interleave
  // the same way every time.
  client.send('one', port, '127.0.0.1', (err, bytes) => console.log('sent one', err, bytes));
});
server.on('close', () => console.log('server closed'));
server.bind({ port: 0, address: '127.0.0.1' });

const taken = dgram.createSocket('udp4');
taken.bind(0, '127.0.0.1', () => {
  const clash = dgram.createSocket('udp4');
  clash.on('error', (e) => {
    console.log('clash', e.code, e.syscall, e.address, e.port === taken.address().port, e.message.replace(/\d+$/, 'PORT'));
    clash.close();
    taken.close();
  });
  clash.bind(taken.address().port, '127.0.0.1');
});
