// A UDP socket sent to a forked child over IPC: the child gets a bound dgram.Socket of the
// same type and port and reads what is sent there; bind({ fd }) checks what the descriptor is.
const { fork } = require('child_process');
const dgram = require('dgram');
const fs = require('fs');

if (process.argv[2] === 'child') {
  process.on('message', (m, socket) => {
    console.log('child got', m, socket instanceof dgram.Socket, socket.type, socket.address().port === Number(process.argv[3]));
    socket.on('message', (msg, rinfo) => {
      console.log('child datagram', String(msg), rinfo.family);
      socket.close(() => process.disconnect());
    });
    process.send('ready');
  });
} else {
  for (const [label, fd] of [['file', fs.openSync(process.execPath, 'r')], ['closed', 9999]]) {
    try {
      dgram.createSocket('udp4').bind({ fd });
      console.log(label, 'bound?');
    } catch (err) {
      console.log(label, err.name, err.code, err.message);
    }
  }
  const loose = dgram.createSocket('udp4');
  loose.bind({ fd: -1, address: '127.0.0.1' }, () => {
    console.log('fd -1 binds a new socket', typeof loose.address().port);
    loose.close();
  });
  const s = dgram.createSocket('udp4');
  s.bind(0, '127.0.0.1', () => {
    const port = s.address().port;
    const child = fork(__filename, ['child', String(port)]);
    child.send('take', s, (err) => {
      console.log('sent', err);
      // The parent's copy stays open in Node; closing it leaves the child the only reader.
      s.close(() => console.log('parent copy closed'));
    });
    child.on('message', () => {
      const c = dgram.createSocket('udp4');
      c.send('hello', port, '127.0.0.1', () => c.close());
    });
    child.on('exit', (code) => console.log('child exit', code));
  });
}
