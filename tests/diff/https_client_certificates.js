// https with client certificates: the server reads req.socket.authorized and the peer's name;
// agents keep connections with different certificates apart.
const https = require('https');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const read = (name) => fs.readFileSync(path.join(dir, name));
const key = read('key.pem');
const cert = read('cert.pem');
const ca = read('ca.pem');
const server = https.createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: false }, (req, res) => {
  const peer = req.socket.getPeerCertificate();
  res.end(`${req.url} authorized=${req.socket.authorized} error=${req.socket.authorizationError} cn=${peer.subject ? peer.subject.CN : '-'}`);
});
function get(pathname, options) {
  return new Promise((resolve, reject) => {
    https.get({ host: '127.0.0.1', port: server.address().port, path: pathname, ca: cert, servername: 'localhost', ...options }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${res.statusCode} ${body}`));
    }).on('error', reject);
  });
}
server.listen(0, '127.0.0.1', async () => {
  const agent = new https.Agent({ keepAlive: true });
  console.log(await get('/signed', { key: read('client-key.pem'), cert: read('client-cert.pem'), agent }));
  console.log(await get('/none', { agent }));
  console.log(await get('/signed-again', { key: read('client-key.pem'), cert: read('client-cert.pem'), agent }));
  console.log(Object.keys(agent.freeSockets).length);
  agent.destroy();
  server.close();
});
