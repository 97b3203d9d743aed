// net: an echo over TCP on 127.0.0.1 (port 0): addresses, half-close from the client, the
// server's end after the client's, bytes counted both ways, close events and server.close.
const net = require('net');
const server = net.createServer((socket) => {
  console.log('server: connection', socket.remoteAddress, typeof socket.remotePort, socket.localAddress);
  socket.setEncoding('utf8');
  socket.on('data', (d) => {
    console.log('server got', JSON.stringify(d));
    socket.write(d.toUpperCase());
  });
  socket.on('end', () => {
    console.log('server: client ended');
    socket.end('bye\n');
  });
  socket.on('close', (hadError) => console.log('server socket close', hadError));
});
server.listen(0, '127.0.0.1', () => {
  const { port, family, address } = server.address();
  console.log('listening', family, address, typeof port, server.listening);
  const client = net.connect(port, '127.0.0.1', () => {
    console.log('client connected', client.remoteAddress, client.remotePort === port, client.readyState);
    client.write('hello ');
    client.end('world\n');
  });
  let got = '';
  client.on('data', (d) => { got += d; });
  client.on('end', () => console.log('client got', JSON.stringify(got), client.bytesRead, client.bytesWritten));
  client.on('close', (hadError) => {
    console.log('client close', hadError, client.readyState);
    server.close(() => console.log('server closed'));
  });
});
