// TLS with passphrase-protected keys: a server whose key is encrypted (PKCS#8 and the older
// PEM encryption), a client presenting an encrypted client key; wrong and missing passphrases
// fail in createSecureContext as OpenSSL's do.
const tls = require('tls');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const read = (name) => fs.readFileSync(path.join(dir, name));
const cert = read('cert.pem');
const ca = read('ca.pem');
const clientCert = read('client-cert.pem');
const plainKey = crypto.createPrivateKey(read('key.pem'));
// Each export has a fresh salt and IV, and now and then the wrong passphrase below decrypts to
// valid padding and fails in another way; export again until it fails the usual way.
function exportFailingBadDecrypt() {
  for (;;) {
    const pem = plainKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'server pw' });
    try {
      crypto.createPrivateKey({ key: pem, passphrase: 'nope' });
    } catch (err) {
      if (err.code === 'ERR_OSSL_BAD_DECRYPT') return pem;
    }
  }
}
const pkcs8Key = exportFailingBadDecrypt();
const legacyKey = plainKey.export({ type: plainKey.asymmetricKeyType === 'rsa' ? 'pkcs1' : 'sec1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'server pw' });
const clientKey = crypto.createPrivateKey(read('client-key.pem')).export({ type: 'pkcs8', format: 'pem', cipher: 'des-ede3-cbc', passphrase: 'client pw' });

for (const [label, options] of [
  ['pkcs8 right', { key: pkcs8Key, passphrase: 'server pw' }],
  ['pkcs8 wrong', { key: pkcs8Key, passphrase: 'nope' }],
  ['pkcs8 missing', { key: pkcs8Key }],
  ['legacy right', { key: legacyKey, passphrase: 'server pw' }],
  ['legacy missing', { key: legacyKey }],
  ['per-key passphrase', { key: [{ pem: pkcs8Key, passphrase: 'server pw' }] }],
  ['shared passphrase for a key object', { key: [{ pem: legacyKey }], passphrase: 'server pw' }],
]) {
  try {
    tls.createSecureContext({ cert, ...options });
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.code, err.message);
  }
}

const server = tls.createServer({ key: legacyKey, passphrase: 'server pw', cert, ca, requestCert: true, rejectUnauthorized: true }, (socket) => {
  console.log('server: client', socket.getPeerCertificate().subject.CN, socket.authorized);
  socket.end('hello');
});
server.listen(0, '127.0.0.1', () => {
  const socket = tls.connect({
    port: server.address().port,
    host: '127.0.0.1',
    servername: 'localhost',
    ca: cert,
    cert: clientCert,
    key: clientKey,
    passphrase: 'client pw',
  });
  let got = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => { got += d; });
  socket.on('close', () => {
    console.log('client got', got, socket.authorized);
    server.close();
  });
});
