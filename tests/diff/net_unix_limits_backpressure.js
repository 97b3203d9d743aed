// net: a Unix-domain server, half-open sockets, idle timeouts, maxConnections, large writes
// with backpressure, getConnections and close waiting for the last connection.
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');

const sockPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'net-')), 's.sock');
const unixServer = net.createServer({ allowHalfOpen: true }, (socket) => {
  let got = '';
  socket.on('data', (d) => { got += d; });
  socket.on('end', () => {
    // Half-open: the client ended, this side still writes.
    socket.write(`you said ${JSON.stringify(got)}; `);
    setTimeout(() => socket.end('and goodbye'), 10);
  });
});
unixServer.listen(sockPath, () => {
  console.log('unix address is the path', unixServer.address() === sockPath);
  const client = net.connect({ path: sockPath, allowHalfOpen: true });
  let reply = '';
  client.on('connect', () => client.end('over a unix socket'));
  client.on('data', (d) => { reply += d; });
  client.on('end', () => console.log('unix reply', reply));
  client.on('close', () => unixServer.close(() => {
    console.log('unix server closed, socket file gone', !fs.existsSync(sockPath));
    tcpPart();
  }));
});

function tcpPart() {
  const big = Buffer.alloc(4 * 1024 * 1024, 'x');
  const server = net.createServer((socket) => {
    server.getConnections((err, n) => console.log('connections', err, n));
    let received = 0;
    socket.on('data', (d) => {
      received += d.length;
      // Slow reader: pauses now and then, which pushes back on the writer.
      socket.pause();
      setImmediate(() => socket.resume());
    });
    socket.on('end', () => {
      console.log('server received', received);
      socket.end();
    });
  });
  server.maxConnections = 1;
  server.on('drop', (info) => console.log('dropped one over maxConnections', typeof info.remotePort));
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    const client = net.connect({ port, host: '127.0.0.1' }, () => {
      let drains = 0;
      client.on('drain', () => drains++);
      const accepted = client.write(big);
      console.log('first write accepted all', accepted);
      client.end(() => console.log('client finished, drained', drains > 0 || accepted));
    });
    client.on('close', () => {
      // While one connection is held, another is over the limit: the server closes it at once.
      const held = net.connect(port, '127.0.0.1', () => {
        setTimeout(() => {
          const extra = net.connect(port, '127.0.0.1');
          extra.on('error', (e) => console.log('extra error', e.code));
          extra.on('close', () => {
            console.log('extra closed');
            held.end();
          });
        }, 20);
      });
      held.on('close', () => setTimeout(idleClient, 20));
    });
    function idleClient() {
      const idle = net.connect(port, '127.0.0.1');
      idle.setTimeout(50, () => {
        console.log('idle timeout', idle.timeout);
        idle.destroy();
      });
      idle.on('close', () => server.close(() => console.log('tcp server closed')));
    }
  });
}
