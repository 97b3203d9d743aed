// The order of events on both sides of an exchange, and keep-alive reuse through an agent.
const http = require('http');
const log = [];
const server = http.createServer((req, res) => {
  log.push(`server request ${req.url}`);
  req.on('data', (c) => log.push(`req data ${c.length}`));
  req.on('end', () => log.push('req end'));
  req.on('close', () => log.push('req close'));
  res.on('finish', () => log.push('res finish'));
  res.on('close', () => log.push('res close'));
  req.on('end', () => res.end(`hi ${req.url}`));
});
server.on('connection', () => log.push('server connection'));
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(path) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', path, agent, method: 'PUT' }, (res) => {
      log.push(`client response ${res.statusCode} reused=${req.reusedSocket}`);
      res.on('data', (c) => log.push(`res data ${c}`));
      res.on('end', () => log.push('res end'));
      res.on('close', () => {
        log.push('client res close');
      });
    });
    req.on('socket', () => log.push('client socket'));
    req.on('finish', () => log.push('client finish'));
    req.on('close', () => {
      log.push('client close');
      resolve();
    });
    req.end('payload');
  });
}
server.listen(0, '127.0.0.1', async () => {
  await get('/one');
  await get('/two');
  await Promise.all([get('/three'), get('/four')]);
  console.log(Object.keys(agent.sockets).length, Object.keys(agent.freeSockets).length);
  agent.destroy();
  server.close(() => {
    log.push('server closed');
    console.log(log.join('\n'));
  });
});
