// net: what a socket's life looks like from both ends: readyState through connecting, open,
// half-closed and closed; write after end; destroy with an error; server.close waiting for
// its connections; ref/unref; isIP helpers.
const net = require('net');

console.log(['127.0.0.1', '::1', '::ffff:1.2.3.4', 'fe80::1%eth0', '1.2.3', '256.1.1.1', 'abc', '', '2001:db8::', '1::2::3'].map((a) => `${a}=${net.isIP(a)}`).join(' '));
console.log(net.isIPv4('10.0.0.1'), net.isIPv6('10.0.0.1'), net.isIPv6('::'));

// The server side's events, per connection, shown at the end: the two ends' events interleave
// by timing, which differs between runs.
const serverSide = [];
const server = net.createServer((socket) => {
  const events = [];
  serverSide.push(events);
  socket.on('data', (d) => {
    if (String(d) === 'fail please') socket.destroy(new Error('server side failure'));
    else socket.write(`echo:${d}`);
  });
  socket.on('error', (e) => events.push(`error ${e.message}`));
  socket.on('close', (hadError) => events.push(`close ${hadError}`));
});
server.on('close', () => console.log('server close event'));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const socket = net.connect(port, '127.0.0.1');
  console.log('state', socket.readyState, socket.pending, socket.connecting);
  socket.setEncoding('utf8');
  socket.once('connect', () => {
    console.log('state', socket.readyState, socket.pending, socket.connecting);
    socket.write('ping', () => console.log('write callback'));
  });
  socket.once('data', (d) => {
    console.log('data', d);
    socket.end(() => console.log('end callback, state', socket.readyState));
    socket.write('too late', (err) => console.log('write after end', err && err.code));
  });
  socket.on('error', (e) => console.log('client error', e.code));
  socket.on('close', (hadError) => {
    console.log('client close', hadError, socket.readyState, socket.destroyed);
    second(port);
  });
});

function second(port) {
  const socket = net.connect(port, '127.0.0.1', () => socket.write('fail please'));
  socket.on('end', () => console.log('second: end from server'));
  socket.on('error', (e) => console.log('second error', e.code));
  socket.on('close', (hadError) => {
    console.log('second close', hadError);
    third(port);
  });
}

function third(port) {
  const socket = net.connect(port, '127.0.0.1', () => {
    // The server stops listening, but its open connection keeps it from closing.
    server.close(() => {
      console.log('server closed after its last connection');
      setTimeout(() => {
        console.log(serverSide);
        // An unref'd socket does not keep the process alive by itself.
        const unrefd = net.connect(port, '127.0.0.1');
        unrefd.on('error', () => {});
        unrefd.unref();
      }, 20);
    });
    console.log('listening after close()', server.listening);
    socket.destroy(new Error('client gives up'));
  });
  socket.on('error', (e) => console.log('third error', e.message));
  socket.on('close', (hadError) => console.log('third close', hadError));
}
