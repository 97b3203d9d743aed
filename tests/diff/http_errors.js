// Client errors and header API errors, with Node's codes and messages.
const http = require('http');
const net = require('net');

function tryIt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

tryIt('bad name', () => http.validateHeaderName('bad name'));
tryIt('bad value', () => http.validateHeaderValue('x-a', 'a\r\nb'));
tryIt('undefined value', () => http.validateHeaderValue('x-a', undefined));
tryIt('bad method', () => http.request({ method: 'GE T', port: 1 }));
tryIt('bad path', () => http.request({ path: '/a b', port: 1 }));
tryIt('bad protocol', () => http.request({ protocol: 'ftp:', port: 1 }));
tryIt('bad agent', () => http.request({ agent: 5, port: 1 }));
console.log(http.METHODS.length, http.STATUS_CODES[418], http.maxHeaderSize);

const server = http.createServer((req, res) => {
  if (req.url === '/hangup') {
    req.socket.destroy();
    return;
  }
  tryIt('status low', () => res.writeHead(99));
  res.setHeader('X-One', '1');
  res.appendHeader('X-One', '2');
  console.log('getHeader', res.getHeader('x-one'), res.hasHeader('X-ONE'), res.getHeaderNames(), res.getRawHeaderNames());
  res.removeHeader('x-one');
  console.log('after remove', JSON.stringify(res.getHeaders()));
  res.statusCode = 404;
  res.statusMessage = 'Nope';
  res.write('partial');
  console.log('headersSent', res.headersSent);
  tryIt('set after', () => res.setHeader('X-Late', '1'));
  tryIt('remove after', () => res.removeHeader('X-Late'));
  tryIt('writeHead after', () => res.writeHead(200));
  tryIt('write number', () => res.write(5));
  res.end();
  res.end(() => console.log('second end callback'));
  res.write('more', (err) => console.log('write after end callback', err.code));
  res.on('error', (err) => console.log('res error', err.code));
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await new Promise((resolve) => {
    http.get(`http://127.0.0.1:${port}/x`, (res) => {
      console.log('status', res.statusCode, res.statusMessage);
      res.resume();
      res.on('end', resolve);
    });
  });
  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: '/hangup', agent: false });
    req.on('error', (e) => console.log('hangup error', e.code, e.message));
    req.on('close', resolve);
  });
  // A port with nothing listening.
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const dead = probe.address().port;
    probe.close(() => {
      const req = http.get({ port: dead, host: '127.0.0.1' });
      req.on('error', (e) => {
        console.log('refused', e.code, e.syscall, e.address, e.port === dead);
        const aborted = http.get({ port, host: '127.0.0.1', path: '/x' });
        aborted.on('error', (err) => console.log('abort error', err.code, err.message));
        aborted.on('abort', () => console.log('abort event'));
        aborted.on('close', () => {
          console.log('aborted closed', aborted.aborted, aborted.destroyed);
          const ac = new AbortController();
          const signalled = http.get({ port, host: '127.0.0.1', path: '/x', signal: ac.signal });
          signalled.on('error', (err) => console.log('signal error', err.name, err.code));
          signalled.on('close', () => server.close(() => console.log('done')));
          ac.abort();
        });
        aborted.abort();
      });
    });
  });
});
