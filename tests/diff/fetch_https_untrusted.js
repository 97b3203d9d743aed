// fetch to an https server whose certificate nobody trusts: the failure and its cause.
const https = require('https');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const server = https.createServer({ key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) }, (req, res) => res.end('secret'));
server.on('tlsClientError', (err) => console.log('server saw', err.code));
server.listen(0, '127.0.0.1', async () => {
  await fetch(`https://localhost:${server.address().port}/`).then((r) => r.text()).then(console.log, (e) => console.log(e.name, e.message, e.cause?.code, e.cause?.message));
  server.close();
});
