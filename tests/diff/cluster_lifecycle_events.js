// cluster: one worker's whole life as the primary and the worker see it: 'fork', 'online',
// 'listening' (with its address), messages both ways, a disconnect from inside the worker,
// 'disconnect' and 'exit', on the cluster and on the worker object, in order.
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const log = (line) => console.log(line);
  console.log('primary', cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster.worker, Object.keys(cluster.workers).length);
  for (const name of ['fork', 'online', 'listening', 'disconnect', 'exit']) {
    cluster.on(name, (worker, ...rest) => {
      const extra = name === 'listening' ? [rest[0].addressType, rest[0].address, typeof rest[0].port] : rest;
      log(`cluster ${name} ${worker.id} ${JSON.stringify(extra)}`);
    });
  }
  cluster.on('message', (worker, message) => log(`cluster message ${worker.id} ${JSON.stringify(message)}`));
  const worker = cluster.fork({ GREETING: 'hi' });
  log(`forked id=${worker.id} connected=${worker.isConnected()} dead=${worker.isDead()} pid=${typeof worker.process.pid} in-workers=${cluster.workers[worker.id] === worker}`);
  for (const name of ['online', 'disconnect']) worker.on(name, () => log(`worker ${name}`));
  worker.on('listening', (address) => {
    log(`worker listening ${address.port > 0}`);
    const socket = net.connect(address.port, '127.0.0.1');
    socket.setEncoding('utf8');
    socket.on('data', (d) => {
      log(`client got ${d}`);
      worker.send({ cmd: 'stop' }, () => log('send callback'));
    });
  });
  worker.on('exit', (code, signal) => {
    log(`worker exit ${code} ${signal} after-disconnect=${worker.exitedAfterDisconnect} dead=${worker.isDead()} connected=${worker.isConnected()} in-workers=${cluster.workers[worker.id] !== undefined}`);
  });
  worker.on('message', (message) => log(`worker message ${JSON.stringify(message)}`));
} else {
  const server = net.createServer((socket) => socket.end(`served by ${cluster.worker.id}`));
  server.listen(0, '127.0.0.1', () => {
    process.send({ port: server.address().port > 0, greeting: process.env.GREETING, isWorker: cluster.isWorker });
  });
  server.on('close', () => process.send?.('never: the channel is gone'));
  process.on('message', (m) => {
    if (m.cmd === 'stop') cluster.worker.disconnect();
  });
}
