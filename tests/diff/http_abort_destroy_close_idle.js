// http lifecycles: a client that gives up mid-body, a response the server destroys, and
// server.close() letting go of idle keep-alive connections; the client's events in order, the
// server's sorted (their order follows how the client's close reached it).
const http = require('http');

const serverLog = [];
const server = http.createServer((req, res) => {
  if (req.url === '/partial') {
    res.write('first part ');
    res.on('close', () => serverLog.push(`partial res close finished=${res.writableFinished}`));
    req.on('close', () => serverLog.push('partial req close'));
  } else if (req.url === '/destroyed') {
    res.write('about to fail ');
    setTimeout(() => res.destroy(), 10);
  } else {
    res.end('idle soon');
  }
});

function clientLog(label, res, log) {
  res.on('aborted', () => log.push(`${label} aborted`));
  res.on('error', (err) => log.push(`${label} error ${err.code} ${err.message}`));
  res.on('end', () => log.push(`${label} end`));
  res.on('close', () => log.push(`${label} close complete=${res.complete}`));
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const log = [];
  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: '/partial', agent: false }, (res) => {
      clientLog('partial', res, log);
      res.once('data', (chunk) => {
        log.push(`partial data ${chunk}`);
        res.destroy();
      });
    });
    req.on('close', () => {
      log.push('partial req close');
      setTimeout(resolve, 50);
    });
  });
  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: '/destroyed', agent: false }, (res) => {
      clientLog('destroyed', res, log);
      res.on('data', (chunk) => log.push(`destroyed data ${chunk}`));
    });
    req.on('error', (err) => log.push(`destroyed req error ${err.code}`));
    req.on('close', () => {
      log.push('destroyed req close');
      setTimeout(resolve, 20);
    });
  });
  const agent = new http.Agent({ keepAlive: true });
  await new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path: '/idle', agent }, (res) => {
      res.resume();
      res.on('end', () => setTimeout(resolve, 20));
    });
  });
  const free = Object.values(agent.freeSockets).flat();
  log.push(`free sockets ${free.length}`);
  const closed = [];
  free[0].on('close', () => closed.push('idle socket closed'));
  server.close(() => {
    closed.push('server closed');
    setTimeout(() => {
      console.log(log.join('\n'));
      console.log(serverLog.sort().join('\n'));
      console.log(closed.sort().join(', '));
    }, 50);
  });
});
