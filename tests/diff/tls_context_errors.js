// Secure contexts from bad key material: OpenSSL's codes and messages, as Node gives them.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));
const key = fs.readFileSync(path.join(dir, 'key.pem'));
for (const [label, options] of [['garbage cert', { key, cert: 'not a certificate' }], ['garbage key', { key: 'not a key', cert }]]) {
  try {
    tls.createSecureContext(options);
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.code, e.message);
  }
}
