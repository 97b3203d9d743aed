// net errors as Node reports them: EADDRINUSE from listen, ECONNREFUSED from connect,
// ENOTFOUND from the lookup (with its 'lookup' event), their fields and close(hadError).
const net = require('net');
const s = net.createServer().listen(0, '127.0.0.1', () => {
  const port = s.address().port;
  const s2 = net.createServer().listen(port, '127.0.0.1');
  s2.on('error', (e) => {
    console.log(e.message.replace(port, 'PORT'), e.code, e.errno, e.syscall, e.address, e.port === port, Object.keys(e));
    s.close(() => {
      const c = net.connect(port, '127.0.0.1');
      c.on('error', (e) => console.log(e.message.replace(port, 'PORT'), e.code, e.errno, e.syscall, e.address, e.port === port, Object.keys(e)));
      c.on('close', (h) => {
        console.log('close', h);
        const d = net.connect({ port: 1, host: 'nonexistent.invalid' });
        d.on('lookup', (err, address, family, host) => console.log('lookup', err.code, address, family, host));
        d.on('error', (e) => console.log(e.message, e.code, e.errno, e.syscall, e.hostname, Object.keys(e)));
      });
    });
  });
});
console.log(s.address(), s.listening);
