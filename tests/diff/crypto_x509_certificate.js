// crypto.X509Certificate over the test certificates: fields as OpenSSL prints them, PEM and
// DER input, host/IP/e-mail checks with their options, issuer and signature checks, private key
// matching, inspection, the legacy object, and argument errors.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const dir = process.env.PACK_TEST_CERTS;
const read = (name) => fs.readFileSync(path.join(dir, name));
const { X509Certificate } = crypto;

const server = new X509Certificate(read('cert.pem'));
const ca = new X509Certificate(read('ca.pem').toString());
const client = new X509Certificate(read('client-cert.pem'));

for (const [label, cert] of [['server', server], ['ca', ca], ['client', client]]) {
  console.log(label, JSON.stringify({
    subject: cert.subject,
    issuer: cert.issuer,
    subjectAltName: cert.subjectAltName,
    infoAccess: cert.infoAccess,
    keyUsage: cert.keyUsage,
    ca: cert.ca,
    serial: /^[0-9A-F]+$/.test(cert.serialNumber),
    dates: [cert.validFrom, cert.validTo].every((d) => /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/.test(d)),
    fingerprints: [cert.fingerprint.length, cert.fingerprint256.length, cert.fingerprint512.length],
    key: [cert.publicKey.type, cert.publicKey.asymmetricKeyType],
  }));
}

// PEM text back, DER in, the same certificate.
const der = server.raw;
const again = new X509Certificate(der);
console.log('der', Buffer.isBuffer(der), again.fingerprint256 === server.fingerprint256, server.toString() === server.toJSON(), server.toString().endsWith('-----END CERTIFICATE-----\n'));
console.log('pem round trip', new X509Certificate(server.toString()).raw.equals(der), server.raw === server.raw, server.publicKey === server.publicKey);
console.log('fingerprint', server.fingerprint256 === crypto.createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g).join(':'));

console.log('checkHost', server.checkHost('localhost'), server.checkHost('LOCALHOST'), server.checkHost('other.example'), server.checkHost('localhost', { subject: 'never' }));
console.log('checkIP', server.checkIP('127.0.0.1'), server.checkIP('127.0.0.2'), server.checkIP('::1'));
console.log('checkEmail', server.checkEmail('a@example.com'));
console.log('checkIssued', client.checkIssued(ca), ca.checkIssued(client), server.checkIssued(server), ca.checkIssued(ca));
console.log('verify', client.verify(ca.publicKey), client.verify(client.publicKey), server.verify(server.publicKey), ca.verify(ca.publicKey), server.verify(ca.publicKey));
const clientKey = crypto.createPrivateKey(read('client-key.pem'));
const serverKey = crypto.createPrivateKey(read('key.pem'));
console.log('checkPrivateKey', client.checkPrivateKey(clientKey), client.checkPrivateKey(serverKey), server.checkPrivateKey(serverKey));
console.log('issuerCertificate', server.issuerCertificate);

const legacy = server.toLegacyObject();
console.log('legacy', Object.keys(legacy).join(','), legacy.subject.CN, legacy.fingerprint256 === server.fingerprint256);
const shown = require('util').inspect(server);
console.log('inspect', shown.startsWith('X509Certificate {\n  subject: '), shown.includes("subjectAltName: 'DNS:localhost, IP Address:127.0.0.1'"));

const attempt = (label, f) => {
  try {
    console.log(label, f());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
attempt('garbage text', () => new X509Certificate('not a certificate'));
attempt('garbage bytes', () => new X509Certificate(Buffer.from([1, 2, 3])));
attempt('number', () => new X509Certificate(5));
attempt('host type', () => server.checkHost(5));
attempt('ip type', () => server.checkIP(null));
attempt('verify string', () => server.verify('key'));
// (How Node shows a KeyObject in the message depends on what was read of it before.)
const code = (label, f) => {
  try {
    console.log(label, f());
  } catch (err) {
    console.log(label, err.name, err.code);
  }
};
code('verify private', () => server.verify(serverKey));
code('checkPrivateKey public', () => server.checkPrivateKey(server.publicKey));
attempt('checkIssued object', () => server.checkIssued({}));
attempt('without new', () => X509Certificate(der));
