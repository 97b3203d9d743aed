// The order of a ClientRequest's events when it is destroyed or aborted at each stage (before
// a socket, connected, mid-response), on timeouts, with end(cb), and a response's setEncoding.
const http = require('http');

const server = http.createServer((req, res) => {
  req.resume();
  if (req.url === '/slow') {
    setTimeout(() => res.end('slow'), 300);
  } else if (req.url === '/partial') {
    res.write('part1-');
    setTimeout(() => res.end('part2'), 300);
  } else {
    req.on('end', () => res.end('h\u00e9llo'));
  }
});

function watch(req, log) {
  for (const ev of ['socket', 'finish', 'abort', 'timeout', 'close']) req.on(ev, () => log.push(`req ${ev}`));
  req.on('error', (e) => log.push(`req error ${e.code} ${e.message}`));
  req.on('response', (res) => {
    log.push(`response ${res.statusCode}`);
    for (const ev of ['end', 'aborted', 'close']) res.on(ev, () => log.push(`res ${ev} complete=${res.complete}`));
    res.on('error', (e) => log.push(`res error ${e.code} ${e.message}`));
    res.on('data', (c) => log.push(`res data ${JSON.stringify(c)}`));
  });
}

function scenario(name, port, setup) {
  return new Promise((resolve) => {
    const log = [];
    const req = http.request({ port, host: '127.0.0.1', path: setup.path || '/', method: setup.method || 'GET', agent: false });
    watch(req, log);
    req.on('close', () => setTimeout(() => {
      console.log(`${name}: ${log.join(', ')}`);
      console.log(`  state destroyed=${req.destroyed} aborted=${req.aborted} writableEnded=${req.writableEnded} writableFinished=${req.writableFinished}`);
      resolve();
    }, 30));
    setup.run(req, log);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await scenario('destroy before socket', port, { run: (req) => req.destroy() });
  await scenario('destroy(err) before socket', port, { run: (req) => req.destroy(new Error('early')) });
  await scenario('abort before socket', port, { run: (req) => req.abort() });
  await scenario('destroy on socket', port, { run: (req) => req.on('socket', () => req.destroy()) });
  await scenario('destroy after finish', port, {
    path: '/slow',
    run: (req) => {
      req.end();
      req.on('finish', () => setTimeout(() => req.destroy(), 20));
    },
  });
  await scenario('abort mid-body', port, {
    path: '/partial',
    run: (req) => {
      req.end();
      req.on('response', (res) => res.once('data', () => req.abort()));
    },
  });
  await scenario('destroy(err) mid-body', port, {
    path: '/partial',
    run: (req) => {
      req.end();
      req.on('response', (res) => res.once('data', () => req.destroy(new Error('mid'))));
    },
  });
  await scenario('timeout then destroy', port, {
    path: '/slow',
    run: (req) => {
      req.setTimeout(50, () => req.destroy(new Error('too slow')));
      req.end();
    },
  });
  await scenario('end(cb) and encoding', port, {
    method: 'POST',
    run: (req, log) => {
      req.on('response', (res) => res.setEncoding('hex'));
      req.write('abc', () => log.push('write cb'));
      req.end('def', () => log.push('end cb'));
      log.push(`after end writableEnded=${req.writableEnded}`);
      req.write('late', (err) => log.push(`late write cb ${err && err.code}`));
    },
  });
  await scenario('latin1 encoding', port, {
    run: (req) => {
      req.on('response', (res) => res.setEncoding('latin1'));
      req.end();
    },
  });
  server.close(() => console.log('closed'));
});
