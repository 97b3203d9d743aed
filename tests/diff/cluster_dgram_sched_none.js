// cluster: UDP sockets bound by workers are one socket the primary made and shared (same
// port, datagrams reach one of the workers), unless bound `exclusive`; with SCHED_NONE a TCP
// server is shared the same way and every worker accepts on it itself.
const cluster = require('cluster');
const dgram = require('dgram');
const net = require('net');

if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  console.log('policy none', cluster.schedulingPolicy === cluster.SCHED_NONE);
  const listening = [];
  cluster.on('listening', (worker, address) => listening.push(`${address.addressType} ${address.address} ${typeof address.port}`));
  const reports = {};
  const workers = [1, 2].map(() => cluster.fork());
  const ready = workers.map((w) => new Promise((resolve) => w.once('message', (m) => { reports[w.id] = m; resolve(); })));
  Promise.all(ready).then(async () => {
    const [a, b] = [reports[1], reports[2]];
    console.log('same udp port', a.udp === b.udp, 'same tcp port', a.tcp === b.tcp, 'exclusive ports differ', a.own !== b.own && a.own !== a.udp);
    const sender = dgram.createSocket('udp4');
    for (let i = 0; i < 10; i++) await new Promise((resolve) => sender.send(`d${i}`, a.udp, '127.0.0.1', resolve));
    sender.close();
    const answers = [];
    for (let i = 0; i < 6; i++) {
      answers.push(await new Promise((resolve) => {
        const socket = net.connect(a.tcp, '127.0.0.1');
        let got = '';
        socket.on('data', (d) => { got += d; });
        socket.on('close', () => resolve(got));
      }));
    }
    console.log('tcp answers', answers.length, answers.every((x) => /^worker [12]$/.test(x)));
    await new Promise((r) => setTimeout(r, 100));
    let total = 0;
    for (const w of workers) {
      w.send('count');
      total += await new Promise((resolve) => w.once('message', resolve));
    }
    console.log('datagrams received by the workers', total);
    console.log('listening events', listening.sort().join(' | '));
    cluster.disconnect(() => console.log('disconnected'));
  });
} else {
  let received = 0;
  const udp = dgram.createSocket('udp4', () => { received++; });
  const own = dgram.createSocket('udp4');
  udp.bind(0, '127.0.0.1', () => {
    own.bind({ port: 0, address: '127.0.0.1', exclusive: true }, () => {
      const server = net.createServer((s) => s.end(`worker ${cluster.worker.id}`)).listen(0, '127.0.0.1', () => {
        process.send({ udp: udp.address().port, own: own.address().port, tcp: server.address().port });
      });
      process.on('message', () => {
        process.send(received);
        udp.close();
        own.close();
      });
    });
  });
}
