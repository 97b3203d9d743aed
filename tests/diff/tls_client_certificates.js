// TLS client certificates: a server that asks for one (requestCert) with and without
// rejectUnauthorized, clients with a certificate its CA signed, with an untrusted one and with
// none; what each side sees (authorized, authorizationError, the peer's subject and fields) and
// the errors of refused handshakes.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const read = (name) => fs.readFileSync(path.join(dir, name));
const key = read('key.pem');
const cert = read('cert.pem');
const ca = read('ca.pem');
const clientKey = read('client-key.pem');
const clientCert = read('client-cert.pem');

function serve(options) {
  const log = [];
  const server = tls.createServer({ key, cert, ...options }, (socket) => {
    const peer = socket.getPeerCertificate();
    const own = socket.getCertificate();
    log.push(`server own=${own.subject.CN} ca=${own.ca}`);
    log.push(`server secure authorized=${socket.authorized} error=${socket.authorizationError} peer=${peer.subject ? peer.subject.CN : JSON.stringify(peer)} issuer=${peer.issuer ? peer.issuer.CN : '-'}`);
    // The fields in Node's order, and Authority Information Access as an object of lists.
    log.push(`server peer fields ${Object.keys(peer).join(',')} infoAccess=${JSON.stringify(peer.infoAccess)} ${peer.infoAccess ? Object.getPrototypeOf(peer.infoAccess) : '-'}`);
    socket.end(`hello ${peer.subject ? peer.subject.CN : 'stranger'}`);
  });
  server.on('tlsClientError', (err) => log.push(`server tlsClientError ${err.code}`));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, log })));
}

function attempt(label, port, options) {
  return new Promise((resolve) => {
    const lines = [];
    const socket = tls.connect({ port, host: '127.0.0.1', ca: cert, servername: 'localhost', ...options }, () => {
      lines.push(`secureConnect authorized=${socket.authorized} own=${socket.getCertificate() ? socket.getCertificate().subject?.CN : null}`);
    });
    let got = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { got += d; });
    socket.on('error', (err) => lines.push(`error ${err.code}`));
    socket.on('close', () => {
      lines.push(`close got=${JSON.stringify(got)}`);
      resolve([label, lines]);
    });
  });
}

async function scenario(title, serverOptions, clients) {
  console.log(`== ${title}`);
  const { server, log } = await serve(serverOptions);
  const { port } = server.address();
  for (const [label, options] of clients) {
    const [, lines] = await attempt(label, port, options);
    await new Promise((r) => setTimeout(r, 20));
    for (const line of lines) console.log(label, line);
    for (const line of log.splice(0)) console.log(label, line);
  }
  await new Promise((r) => server.close(r));
}

const clients = [
  ['signed', { key: clientKey, cert: clientCert }],
  ['none', {}],
  ['untrusted', { key, cert }],
];

(async () => {
  await scenario('no requestCert', {}, clients);
  await scenario('requestCert, rejectUnauthorized false', { requestCert: true, rejectUnauthorized: false, ca }, clients);
  await scenario('requestCert, rejectUnauthorized true', { requestCert: true, rejectUnauthorized: true, ca }, clients);
  await scenario('requestCert over TLSv1.2', { requestCert: true, rejectUnauthorized: true, ca, maxVersion: 'TLSv1.2' }, clients);
  await scenario('requestCert without ca', { requestCert: true, rejectUnauthorized: false }, clients.slice(0, 1));
  await scenario('ca given, requestCert not', { ca }, clients.slice(0, 1));

  // Key material that does not fit fails before connecting.
  for (const [label, options] of [
    ['garbage cert', { key: clientKey, cert: 'not a certificate' }],
  ]) {
    try {
      tls.connect({ port: 1, host: '127.0.0.1', ...options }).on('error', () => {});
      console.log(label, 'no throw');
    } catch (err) {
      console.log(label, err.code, err.message);
    }
  }

  // A name-based context with its own CA judges the client.
  const { server, log } = await serve({ requestCert: true, rejectUnauthorized: false });
  server.addContext('client.test', { key, cert, ca });
  const { port } = server.address();
  for (const servername of ['client.test', 'localhost']) {
    const [, lines] = await attempt(servername, port, { key: clientKey, cert: clientCert, servername, checkServerIdentity: () => undefined });
    await new Promise((r) => setTimeout(r, 20));
    for (const line of [...lines, ...log.splice(0)]) console.log('sni', servername, line);
  }
  server.close();
})();
