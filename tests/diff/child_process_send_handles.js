// Handles over IPC: a forked child accepts on the parent's listening server, and takes over
// a connection the parent accepted; the parent's copies close without ending the connection.
const { fork } = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  process.on('message', (msg, handle) => {
    if (msg === 'server') {
      handle.on('connection', (socket) => {
        socket.end(`child served ${socket.remoteAddress === '127.0.0.1'}`);
        handle.close();
      });
      process.send('ready');
    } else if (msg === 'socket') {
      console.log('child got a socket', handle instanceof net.Socket, handle.remoteAddress);
      handle.setEncoding('utf8');
      handle.on('data', (d) => handle.end(`child echo ${d}`));
      handle.on('close', () => process.disconnect());
      process.send('have socket');
    }
  });
} else {
  const child = fork(__filename, ['child']);
  const server = net.createServer();
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    child.send('server', server);
    child.once('message', (msg) => {
      console.log('child says', msg);
      // Only the child accepts from now on.
      server.close();
      net.connect(port, '127.0.0.1').on('data', (d) => {
        console.log(d.toString());
        const second = net.createServer((socket) => {
          child.send('socket', socket);
          second.close();
        });
        second.listen(0, '127.0.0.1', () => {
          const client = net.connect(second.address().port, '127.0.0.1');
          client.setEncoding('utf8');
          child.once('message', (m) => {
            console.log('child says', m);
            // Written after the parent let go of its copy: the connection is still open.
            setTimeout(() => client.write('ping'), 50);
          });
          client.on('data', (d2) => console.log('client got', d2));
          client.on('end', () => console.log('client end'));
        });
      });
    });
  });
  child.on('exit', (code) => console.log('child exit', code));
}
