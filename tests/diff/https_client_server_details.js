// https: what each end sees of the TLS connection (peer certificate fields, ALPN, cipher),
// certificate errors through https.get (self-signed, wrong name, servername override), a
// server with no certificate, agent options in the pool key, and https.Server settings.
const https = require('https');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));

function get(options) {
  return new Promise((resolve) => {
    const req = https.get(options, (res) => {
      const s = res.socket;
      const peer = s.getPeerCertificate();
      const line = [res.statusCode, s.encrypted, s.authorized, s.authorizationError, s.alpnProtocol, s.getProtocol(), peer.subject?.CN,
        peer.subjectaltname, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(peer.fingerprint256), /^\w{3} +\d+ \d\d:\d\d:\d\d \d{4} GMT$/.test(peer.valid_to)];
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(`${line.join(' ')} | ${body}`));
    });
    req.on('error', (err) => resolve(`error ${err.code} | ${err.message} | reason=${err.reason}`));
  });
}

async function main() {
  const seen = [];
  const server = https.createServer({ key, cert }, (req, res) => {
    const s = req.socket;
    res.end(`${req.method} ${req.url} encrypted=${s.encrypted} alpn=${s.alpnProtocol} servername=${s.servername} authorized=${s.authorized}`);
  });
  server.on('secureConnection', (s) => seen.push(`secureConnection ${s.servername}`));
  server.on('tlsClientError', (err) => seen.push(`tlsClientError ${err.code}`));
  console.log('server defaults', server.timeout, server.keepAliveTimeout, server.headersTimeout, server.requestTimeout, server.maxHeadersCount, typeof server.setTimeout);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const base = { host: '127.0.0.1', port, agent: false };
  console.log('trusted by name', await get({ ...base, host: 'localhost', ca: cert, path: '/a' }));
  console.log('trusted by ip', await get({ ...base, ca: cert, path: '/b' }));
  console.log('servername override', await get({ ...base, ca: cert, servername: 'localhost', path: '/c' }));
  console.log('self-signed', await get({ ...base, path: '/d' }));
  console.log('wrong servername', await get({ ...base, ca: cert, servername: 'other.test', path: '/e' }));
  console.log('unchecked', await get({ ...base, rejectUnauthorized: false, servername: 'other.test', path: '/f' }));
  console.log('url string', await get(`https://localhost:${port}/g?x=1`));
  console.log('url + options', await new Promise((resolve) => {
    https.get(new URL(`https://localhost:${port}/h`), { ca: cert, agent: false, headers: { 'x-test': '1' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(`${res.statusCode} ${res.socket ? 'socket' : 'no socket'}`));
    }).on('error', (e) => resolve(`error ${e.code}`));
  }));
  console.log('server saw', seen.sort());

  const agent = new https.Agent({ keepAlive: true, ca: cert, maxSockets: 1 });
  console.log('agent name', agent.getName({ host: 'localhost', port, servername: 'localhost', ca: cert }).replace(String(port), 'PORT').length > 20,
    agent.getName({ host: 'h', port: 1 }), agent.getName({ host: 'h', port: 1, rejectUnauthorized: false, minVersion: 'TLSv1.3' }));
  const results = await Promise.all([1, 2, 3].map((n) => new Promise((resolve) => {
    const req = https.request({ host: 'localhost', port, path: `/k${n}`, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(`${n}:${req.reusedSocket}`));
    });
    req.end();
  })));
  console.log('keep-alive with one socket', results.join(' '));
  agent.destroy();

  const bare = https.createServer((req, res) => res.end('never'));
  const bareError = new Promise((resolve) => bare.on('tlsClientError', (err) => resolve(err.code)));
  await new Promise((r) => bare.listen(0, '127.0.0.1', r));
  // The client's side of this failure carries OpenSSL's addresses in its message: not shown.
  const failed = await get({ host: '127.0.0.1', port: bare.address().port, agent: false, rejectUnauthorized: false });
  console.log('no certificate, client failed', failed.startsWith('error'), 'server tlsClientError', await bareError);
  bare.close();
  server.close(() => console.log('closed'));
}
main();
