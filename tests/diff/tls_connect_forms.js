// tls.connect's argument forms (port/host/options/callback), secureContext and ALPN as bytes,
// the server name each form sends, a TLSSocket wrapped by hand around a connected socket, and
// detailed peer certificates.
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));

const seen = [];
const server = tls.createServer({ key, cert, ALPNProtocols: ['b', 'a'] }, (s) => {
  seen.push(`${s.servername}/${s.alpnProtocol}`);
  s.end(`hi ${s.alpnProtocol}`);
});

function finish(label, socket, extra = () => '') {
  return new Promise((resolve) => {
    let data = '';
    const order = [];
    socket.on('secureConnect', () => order.push('secureConnect'));
    socket.setEncoding('utf8');
    socket.on('data', (d) => (data += d));
    socket.on('error', (e) => order.push(`error ${e.code}`));
    socket.on('close', () => {
      console.log(label, JSON.stringify(data), order.join(','), extra(socket), 'server saw', seen.pop());
      resolve();
    });
    socket._order = order;
  });
}

async function main() {
  const port = server.address().port;
  const cb = (label) => function () {
    this._order.push(`callback ${this.authorized} ${this.remoteAddress} ${this.remotePort === port}`);
  };
  let s = tls.connect(port, '127.0.0.1', { ca: cert, servername: 'localhost' }, cb('a'));
  await finish('port,host,options,cb', s);
  s = tls.connect(port, { host: '127.0.0.1', ca: cert, servername: 'localhost' }, cb('b'));
  await finish('port,options,cb', s);
  s = tls.connect({ port, ca: cert }, cb('c'));
  await finish('options only (localhost)', s);
  s = tls.connect(port, 'localhost', { ca: cert });
  await finish('port,host-name', s);
  s = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false });
  await finish('by ip unchecked', s, (x) => `${x.authorized} ${x.authorizationError}`);
  const context = tls.createSecureContext({ ca: cert });
  s = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', secureContext: context });
  await finish('secureContext', s, (x) => x.authorized);
  s = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: cert, ALPNProtocols: Buffer.from([1, 97, 1, 98]) });
  await finish('alpn bytes', s, (x) => x.alpnProtocol);
  s = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: cert, ALPNProtocols: ['z'] });
  await finish('alpn no overlap', s, (x) => x.alpnProtocol);
  try {
    s = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: cert, ALPNProtocols: [Buffer.from('a'), 'b'] });
    await finish('alpn mixed list', s, (x) => x.alpnProtocol);
  } catch (e) {
    console.log('alpn mixed list', e.name, e.code, e.message);
  }

  // A socket connected first, then wrapped.
  const raw = net.connect(port, '127.0.0.1');
  await new Promise((r) => raw.once('connect', r));
  s = new tls.TLSSocket(raw, { isServer: false });
  console.log('wrapped before start', s.encrypted, s.connecting, typeof s.getPeerCertificate());
  s = tls.connect({ socket: raw, ca: cert, servername: 'localhost' });
  await finish('own socket', s, (x) => `${x.encrypted} ${x.authorized}`);

  s = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: cert }, function () {
    const peer = this.getPeerCertificate(true);
    const issuer = peer.issuerCertificate;
    this._order.push(`detailed self-issued=${issuer === peer} ${issuer.subject.CN} ${typeof peer.pubkey} ${Buffer.isBuffer(peer.raw)} ${peer.ca}`);
    this._order.push(`plain has issuerCertificate=${'issuerCertificate' in this.getPeerCertificate()}`);
  });
  await finish('detailed', s);
  server.close(() => console.log('done'));
}
server.listen(0, '127.0.0.1', main);
