// TLS socket lifecycle: server event order (connection, secureConnection, secureConnect), idle
// timeouts on TLS sockets, ending from each side with and without allowHalfOpen, a 4 MiB write
// with backpressure, write-after-end, and the certificate getters on both ends.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const dir = process.env.PACK_TEST_CERTS;
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));

function listen(options, handler) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key, cert, ...options }, handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
const connect = (server, extra = {}) => tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert, servername: 'localhost', ...extra });
const closed = (socket) => new Promise((resolve) => socket.on('close', resolve));

async function eventOrder() {
  const events = [];
  const server = await listen({}, (s) => {
    events.push(`secureConnection encrypted=${s.encrypted} authorized=${s.authorized} servername=${s.servername}`);
    const own = s.getCertificate();
    events.push(`server own cert ${own.subject.CN} peer=${JSON.stringify(s.getPeerCertificate())}`);
    s.end();
  });
  server.on('connection', (raw) => events.push(`connection ${raw.constructor.name} encrypted=${raw.encrypted}`));
  server.on('secureConnection', () => events.push('secureConnection (second listener)'));
  const client = connect(server);
  client.on('secureConnect', () => {
    const peer = client.getPeerCertificate();
    events.push(`client secureConnect ${peer.subject.CN} ${peer.issuer.CN} ${peer.valid_from.length > 10} ${peer.serialNumber.length > 0} ${typeof peer.fingerprint512}`);
    events.push(`client own cert ${JSON.stringify(client.getCertificate())}`);
  });
  client.on('end', () => events.push('client end'));
  await closed(client);
  await new Promise((r) => server.close(r));
  // Server lines come before the client's own in node, but not in a fixed order against them.
  console.log('server side', events.filter((e) => !e.startsWith('client')));
  console.log('client side', events.filter((e) => e.startsWith('client')));
}

async function timeouts() {
  const server = await listen({}, (s) => s.on('data', () => {}));
  const client = connect(server);
  client.setTimeout(60);
  const t0 = [];
  client.on('timeout', () => {
    t0.push('timeout');
    client.destroy();
  });
  await closed(client);
  console.log('client timeout events', t0, client.destroyed);
  const viaOption = connect(server, { timeout: 60 });
  viaOption.on('timeout', () => {
    console.log('timeout via option', viaOption.timeout);
    viaOption.end();
  });
  await closed(viaOption);
  server.close();
}

async function ending() {
  const log = [];
  let server = await listen({}, (s) => {
    s.on('end', () => log.push('server end'));
    s.on('close', () => log.push('server close'));
    s.resume();
  });
  let client = connect(server, {}, () => {});
  client.on('secureConnect', () => client.end('last words'));
  client.on('end', () => log.push('client end'));
  await closed(client);
  await new Promise((r) => server.close(r));
  console.log('client ends', log.sort());

  log.length = 0;
  server = await listen({ allowHalfOpen: true }, (s) => {
    s.on('end', () => {
      log.push('half-open server end');
      setTimeout(() => s.end('late reply'), 20);
    });
    s.resume();
  });
  client = connect(server);
  let got = '';
  client.on('secureConnect', () => client.end('ping'));
  client.on('data', (d) => (got += d));
  client.on('end', () => log.push(`client got ${got}`));
  await closed(client);
  await new Promise((r) => server.close(r));
  console.log('half open', log);

  server = await listen({}, (s) => s.end('server hangs up'));
  client = connect(server);
  client.setEncoding('utf8');
  const seen = [];
  client.on('data', (d) => seen.push(d));
  client.on('end', () => seen.push('end'));
  await closed(client);
  console.log('server ends', seen);
  const late = connect(server);
  const lateLog = [];
  late.on('secureConnect', () => {
    late.end();
    late.write('too late', (err) => lateLog.push(`write cb ${err && err.code}`));
  });
  late.on('error', (err) => lateLog.push(`error ${err.code} ${err.message}`));
  late.resume();
  await closed(late);
  await new Promise((r) => server.close(r));
  console.log('write after end', lateLog);
}

async function bulk() {
  const size = 4 * 1024 * 1024;
  const payload = crypto.createHash('sha256').update('seed').digest();
  const data = Buffer.alloc(size);
  for (let i = 0; i < size; i += payload.length) payload.copy(data, i);
  let received = 0;
  const hash = crypto.createHash('sha256');
  const done = new Promise((resolve) => {
    listen({}, (s) => {
      s.on('data', (chunk) => {
        received += chunk.length;
        hash.update(chunk);
      });
      s.on('end', () => {
        s.end(`got ${received}`);
        resolve();
      });
    }).then((server) => {
      const client = connect(server);
      client.on('secureConnect', () => {
        const ok = client.write(data);
        console.log('first write returned', ok, client.writableLength > 0, client.writableNeedDrain);
        client.once('drain', () => {
          console.log('drained', client.writableLength);
          client.end();
        });
      });
      let reply = '';
      client.on('data', (d) => (reply += d));
      client.on('close', () => {
        console.log('bulk reply', reply, 'bytesWritten >= size', client.bytesWritten >= size);
        server.close();
      });
    });
  });
  await done;
  console.log('bulk hash match', hash.digest('hex') === crypto.createHash('sha256').update(data).digest('hex'));
}

(async () => {
  await eventOrder();
  await timeouts();
  await ending();
  await bulk();
})();
