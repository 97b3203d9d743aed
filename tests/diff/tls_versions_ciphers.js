// TLS version negotiation: min/max on either side, the cipher each TLS version picks as seen
// from both ends, and version mismatches with each side's error.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));

function run(label, serverOptions, clientOptions) {
  return new Promise((resolve) => {
    const log = [];
    const server = tls.createServer({ key, cert, ...serverOptions }, (socket) => {
      log.push(`server ${socket.getProtocol()} ${socket.getCipher().name} ${socket.getCipher().version}`);
      socket.end('bye');
    });
    server.on('tlsClientError', (err) => log.push(`server tlsClientError ${err.code}`));
    server.listen(0, '127.0.0.1', () => {
      const socket = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert, servername: 'localhost', ...clientOptions }, () => {
        const c = socket.getCipher();
        log.push(`client ${socket.getProtocol()} ${c.name} ${c.standardName} ${c.version} reused=${socket.isSessionReused()}`);
      });
      socket.on('data', (d) => log.push(`client data ${d}`));
      socket.on('error', (err) => log.push(`client error ${err.code} ${err.library ?? ''} ${err.reason ?? ''}`));
      socket.on('close', () => {
        server.close(() => {
          console.log(`== ${label}`);
          // The two sides' lines are independent events: shown sorted.
          for (const line of log.sort()) console.log(line);
          resolve();
        });
      });
    });
  });
}

async function main() {
  await run('defaults', {}, {});
  await run('client max 1.2', {}, { maxVersion: 'TLSv1.2' });
  await run('server max 1.2', { maxVersion: 'TLSv1.2' }, {});
  await run('both 1.3 only', { minVersion: 'TLSv1.3' }, { minVersion: 'TLSv1.3' });
  await run('exactly 1.2', { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' }, { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
  await run('server allows old', { minVersion: 'TLSv1' }, {});
  await run('client too new', { maxVersion: 'TLSv1.2' }, { minVersion: 'TLSv1.3' });
  await run('client too old', { minVersion: 'TLSv1.3' }, { maxVersion: 'TLSv1.2' });
}

main();
