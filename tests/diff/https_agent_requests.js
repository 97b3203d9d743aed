// https: a server on the test certificate; requests that trust it through `ca`, a keep-alive
// agent reusing its socket, a POST with a body, and a request that refuses the certificate.
const https = require('https');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));

const server = https.createServer({ key, cert }, (req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    res.setHeader('Content-Type', 'text/plain');
    res.end(`${req.method} ${req.url} ${req.socket.encrypted} ${req.socket.alpnProtocol} ${body}`);
  });
});

function fetchText(options, body) {
  return new Promise((resolve) => {
    const req = https.request({ host: 'localhost', port: server.address().port, ca: cert, ...options }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${data} reused=${req.reusedSocket}`));
    });
    req.on('error', (err) => resolve(`error ${err.code} ${err.message}`));
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const agent = new https.Agent({ keepAlive: true, ca: cert });
  console.log(await fetchText({ path: '/one' }));
  console.log(await fetchText({ path: '/two', agent }));
  console.log(await fetchText({ path: '/three', agent }));
  console.log(await fetchText({ path: '/post', method: 'POST', agent }, 'payload'));
  console.log(await fetchText({ path: '/untrusted', ca: undefined, agent: false }));
  console.log(await fetchText({ path: '/insecure', ca: undefined, agent: false, rejectUnauthorized: false }));
  console.log(https.globalAgent.defaultPort, https.globalAgent.protocol, agent.getName({ host: 'localhost', port: 1, servername: 'localhost' }));
  agent.destroy();
  server.close(() => console.log('closed'));
});
