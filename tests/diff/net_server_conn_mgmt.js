// net.Server connection management: 'drop' over maxConnections and its info, pauseOnConnect,
// getConnections, close() waiting for open connections, allowHalfOpen on both sides, and
// Unix-domain sockets (listen twice on a path, connect to a missing path).
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const until = (e, n) => new Promise((r) => e.once(n, (...a) => r(a)));
const conns = (s) => new Promise((r) => s.getConnections((err, n) => r(`${err} ${n}`)));

async function main() {
  // maxConnections and 'drop'.
  const held = [];
  const server = net.createServer((s) => { held.push(s); s.on('error', () => {}); });
  server.maxConnections = 1;
  console.log('defaults', net.createServer().maxConnections, server.maxConnections, server.listening, server.allowHalfOpen, server.pauseOnConnect);
  const drops = [];
  server.on('drop', (info) => drops.push(info));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const c1 = net.connect(port, '127.0.0.1');
  await until(server, 'connection');
  console.log('connections after one', await conns(server));
  const c2 = net.connect(port, '127.0.0.1');
  c2.on('error', (e) => console.log('c2 error', e.code));
  const [c2closed] = await until(c2, 'close');
  console.log('c2 closed', c2closed, 'drops', drops.length, Object.keys(drops[0]).sort().join(','), drops[0].localAddress, drops[0].localPort === port, drops[0].remoteFamily, typeof drops[0].remotePort);
  console.log('connections', await conns(server));
  // close() waits for the held connection.
  let closed = false;
  server.close(() => { closed = true; console.log('server close callback'); });
  console.log('listening after close()', server.listening, JSON.stringify(server.address()));
  await new Promise((r) => setTimeout(r, 30));
  console.log('closed before last connection ends', closed, await conns(server));
  c1.end();
  await until(server, 'close');
  console.log('closed', closed);

  // pauseOnConnect: nothing is read until resume().
  const paused = net.createServer({ pauseOnConnect: true }, (s) => {
    console.log('paused socket', s.isPaused(), s.readableFlowing);
    let got = '';
    s.on('data', (d) => { got += d; });
    setTimeout(() => {
      console.log('before resume', JSON.stringify(got));
      s.resume();
      s.on('end', () => { console.log('after resume', JSON.stringify(got)); s.end(); });
    }, 30);
  });
  await new Promise((r) => paused.listen(0, '127.0.0.1', r));
  const pc = net.connect(paused.address().port, '127.0.0.1', () => pc.end('while paused'));
  pc.resume();
  await until(pc, 'close');
  await new Promise((r) => paused.close(r));

  // allowHalfOpen: the server keeps writing after the client's end; without it, the end comes back.
  for (const allowHalfOpen of [true, false]) {
    const srv = net.createServer({ allowHalfOpen }, (s) => {
      s.on('end', () => {
        console.log(`half ${allowHalfOpen}: server got end, writable`, s.writable, s.readyState);
        if (s.writable) setTimeout(() => s.end('late reply'), 20);
      });
      s.resume();
    });
    await new Promise((r) => srv.listen(0, '127.0.0.1', r));
    const c = net.connect({ port: srv.address().port, host: '127.0.0.1', allowHalfOpen: true });
    let reply = '';
    c.on('data', (d) => { reply += d; });
    c.on('end', () => { console.log(`half ${allowHalfOpen}: client end, reply`, JSON.stringify(reply), c.readyState); c.end(); });
    c.on('connect', () => c.end());
    await until(c, 'close');
    await new Promise((r) => srv.close(r));
  }

  // Unix sockets.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netmgmt-'));
  const sock = path.join(dir, 'a.sock');
  const u = net.createServer((s) => { s.end(`unix hello ${JSON.stringify(s.remoteAddress)} ${JSON.stringify(s.address())}`); });
  await new Promise((r) => u.listen(sock, r));
  console.log('unix address', u.address() === sock, fs.statSync(sock).isSocket());
  const u2 = net.createServer();
  u2.listen(sock);
  const [uerr] = await until(u2, 'error');
  console.log('unix in use', uerr.code, uerr.syscall, uerr.address === sock, uerr.message.replace(sock, 'SOCK'));
  const uc = net.connect(sock);
  let ugot = '';
  uc.on('data', (d) => { ugot += d; });
  await until(uc, 'close');
  console.log('unix got', ugot, uc.remoteAddress, JSON.stringify(uc.address()));
  const missing = net.connect({ path: path.join(dir, 'missing.sock') });
  const [merr] = await until(missing, 'error');
  console.log('missing', merr.code, merr.syscall, merr.errno, merr.address === path.join(dir, 'missing.sock'), merr.message.replace(dir, 'DIR'));
  await new Promise((r) => u.close(r));
  console.log('socket file removed', !fs.existsSync(sock));
  fs.rmSync(dir, { recursive: true });

  // An unref'd server does not keep the process alive; ref() brings it back.
  const r = net.createServer();
  console.log('unref returns', r.unref() === r, r.ref() === r);
  r.listen(0, '127.0.0.1', () => {
    r.unref();
    console.log('unrefd server listening');
  });
}
main();
process.on('exit', () => console.log('exit'));
