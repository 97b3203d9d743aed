// cluster: a primary forks two workers that serve one port; connections go to both in turn.
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  const events = [];
  let port;
  let listening = 0;
  cluster.on('fork', (w) => events.push(`fork ${w.id}`));
  cluster.on('online', (w) => events.push(`online ${w.id}`));
  cluster.on('listening', (w, address) => {
    port = address.port;
    if (++listening < 2) return;
    const seen = new Set();
    let done = 0;
    const ask = () => http.get({ host: '127.0.0.1', port, agent: false }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => {
        seen.add(body);
        if (++done < 8) ask();
        else {
          console.log('answered by', [...seen].sort().join(' '));
          for (const worker of Object.values(cluster.workers)) worker.send('bye');
        }
      });
    });
    ask();
  });
  cluster.on('message', (w, m) => events.push(`message from ${w.id}: ${m}`));
  cluster.on('exit', (w, code, signal) => {
    events.push(`exit ${w.id} ${code} ${signal} ${w.exitedAfterDisconnect}`);
    if (Object.keys(cluster.workers).length === 0) {
      console.log(events.sort().join('\n'));
    }
  });
  console.log('primary', cluster.isMaster, cluster.isWorker, cluster.schedulingPolicy === cluster.SCHED_RR);
  cluster.fork();
  cluster.fork();
} else {
  const id = cluster.worker.id;
  http.createServer((req, res) => res.end(`worker${id}`)).listen(0, '127.0.0.1');
  process.on('message', (m) => {
    if (m === 'bye') {
      process.send(`leaving ${cluster.worker.id}`);
      cluster.worker.disconnect();
    }
  });
}
