// Writable state of responses and requests: write() return values against highWaterMark,
// 'drain' once the reader catches up, writableLength/NeedDrain/HighWaterMark/Corked, cork,
// and a client request writing before it has a socket.
const http = require('http');
const net = require('net');

const chunk = Buffer.alloc(64 * 1024, 'x');
const server = http.createServer({ highWaterMark: 16 * 1024 }, (req, res) => {
  if (req.url === '/flood') {
    const log = [];
    log.push(`hwm ${res.writableHighWaterMark} needDrain ${res.writableNeedDrain} corked ${res.writableCorked}`);
    let writes = 0;
    let ok = true;
    while (ok && writes < 200) {
      ok = res.write(chunk);
      writes++;
    }
    log.push(`write returned false: ${!ok} needDrain ${res.writableNeedDrain} length>0 ${res.writableLength > 0}`);
    let drains = 0;
    res.on('drain', () => drains++);
    res.once('drain', () => {
      log.push(`drain needDrain ${res.writableNeedDrain}`);
      res.end(() => {
        log.push(`end cb writableFinished ${res.writableFinished} drains ${drains}`);
        console.log('server:', log.join(' | '));
      });
    });
  } else if (req.url === '/cork') {
    res.cork();
    res.cork();
    const corked = res.writableCorked;
    res.write('a');
    res.write('b');
    res.uncork();
    const after = res.writableCorked;
    res.uncork();
    console.log('cork counts', corked, after, res.writableCorked);
    res.end('c');
  } else {
    let n = 0;
    req.on('data', (c) => (n += c.length));
    req.on('end', () => res.end(`got ${n}`));
  }
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  // A slow reader: pause, then read everything.
  await new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write('GET /flood HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
    socket.pause();
    let total = 0;
    setTimeout(() => {
      socket.on('data', (c) => (total += c.length));
      socket.resume();
    }, 100);
    socket.on('close', () => {
      console.log('client read more than 64 KiB', total > chunk.length);
      resolve();
    });
  });
  await new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path: '/cork', agent: false }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => {
        console.log('cork body', body, res.headers['transfer-encoding']);
        resolve();
      });
    });
  });
  // Writes before a socket are held and counted.
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', path: '/upload', method: 'POST', agent: false });
    const log = [];
    log.push(`before socket: socket ${req.socket} hwm ${req.writableHighWaterMark}`);
    const r1 = req.write(Buffer.alloc(1000));
    log.push(`small write ${r1} length ${req.writableLength > 0}`);
    const r2 = req.write(Buffer.alloc(20000));
    log.push(`big write ${r2} needDrain ${req.writableNeedDrain}`);
    req.once('drain', () => log.push('req drain'));
    req.end(Buffer.alloc(10), () => log.push('req end cb'));
    req.on('response', (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => {
        log.push(body);
        console.log('client:', log.join(' | '));
        resolve();
      });
    });
  });
  server.close(() => console.log('closed'));
});
