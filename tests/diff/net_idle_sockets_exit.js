// net: what keeps a process alive, as libuv's handles do. Each case runs in a child process
// of this program and shows whether it exits by itself: a socket that has read the end of its
// input (half-open, nothing left to write) does not keep it alive; a socket still reading
// does, until a timer destroys it; an unref'd socket does while it connects or writes (those
// are requests, which unref does not touch).
const net = require('net');
const { spawnSync } = require('child_process');

const mode = process.argv[process.argv.length - 1];
const cases = ['half-open', 'reading', 'unref-connecting', 'unref-writing'];

function serve(onSocket, ready) {
  const server = net.createServer({ allowHalfOpen: true }, (socket) => {
    socket.unref();
    onSocket(socket);
  });
  server.listen(0, '127.0.0.1', () => {
    server.unref();
    ready(server.address().port);
  });
}

const run = {
  'half-open'() {
    serve((s) => s.end('bye'), (port) => {
      const client = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
      client.setEncoding('utf8');
      client.on('data', (d) => console.log('data', d));
      client.on('end', () => console.log('end; writable', client.writable));
    });
  },
  reading() {
    serve(() => {}, (port) => {
      const client = net.connect({ port, host: '127.0.0.1' });
      client.on('data', () => {});
      setTimeout(() => {
        console.log('still alive; destroying');
        client.destroy();
      }, 200).unref();
    });
  },
  'unref-writing'() {
    serve((s) => s.resume(), (port) => {
      const client = net.connect({ port, host: '127.0.0.1' }, () => {
        client.unref();
        client.end(Buffer.alloc(8 * 1024 * 1024), () => console.log('all written'));
      });
    });
  },
  'unref-connecting'() {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => {
        const client = net.connect({ port, host: '127.0.0.1' });
        client.unref();
        client.on('error', (e) => console.log('error', e.code));
      });
    });
  },
};

if (cases.includes(mode) && process.argv.includes('child')) {
  process.on('exit', (code) => console.log('exit', code));
  run[mode]();
} else {
  for (const name of cases) {
    const args = [...process.argv.slice(1), 'child', name];
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 10000 });
    console.log(`${name}: ${child.stdout.trim().split('\n').join(' | ')} (status ${child.status}, signal ${child.signal})`);
  }
}
