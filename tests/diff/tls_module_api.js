// tls module surface without connections: constants, getCiphers, rootCertificates,
// createSecureContext/createServer/connect argument validation, and checkServerIdentity on
// crafted certificate objects (wildcards, IP SANs, CN fallback, URI SANs).
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));
const t = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', r instanceof Error ? `${r.code} ${r.message}` : r !== null && typeof r === 'object' && !Array.isArray(r) ? r.constructor.name : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

console.log('versions', tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE, tls.CLIENT_RENEG_LIMIT, tls.CLIENT_RENEG_WINDOW);
const ciphers = tls.getCiphers();
console.log('ciphers', Array.isArray(ciphers), ciphers.every((c) => c === c.toLowerCase()), ['ecdhe-rsa-aes128-gcm-sha256', 'ecdhe-rsa-aes256-gcm-sha384', 'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256'].map((c) => ciphers.includes(c)));
console.log('default ciphers', typeof tls.DEFAULT_CIPHERS, tls.DEFAULT_CIPHERS.split(':').includes('TLS_AES_256_GCM_SHA384'));
console.log('exports', ['connect', 'createServer', 'createSecureContext', 'checkServerIdentity', 'getCiphers', 'convertALPNProtocols', 'Server', 'TLSSocket', 'SecureContext'].map((n) => typeof tls[n]).join(' '));

t('min version bad', () => tls.createSecureContext({ minVersion: 'TLSv1.4' }));
t('max version bad', () => tls.createSecureContext({ maxVersion: 'SSLv3' }));
t('min version number', () => tls.createSecureContext({ minVersion: 1.2 }));
t('min > max', () => tls.createSecureContext({ minVersion: 'TLSv1.3', maxVersion: 'TLSv1.2' }));
t('secureProtocol with min', () => tls.createSecureContext({ secureProtocol: 'TLSv1_2_method', minVersion: 'TLSv1.2' }));
t('ciphers number', () => tls.createSecureContext({ ciphers: 5 }));
t('ecdhCurve number', () => tls.createSecureContext({ ecdhCurve: 1 }));
t('key number', () => tls.createSecureContext({ key: 1, cert }));
t('cert object', () => tls.createSecureContext({ key, cert: {} }));
t('ca array bad', () => tls.createSecureContext({ ca: [cert, 7] }));
t('passphrase number', () => tls.createSecureContext({ key, cert, passphrase: 5 }));
t('context type', () => tls.createSecureContext({ key, cert }).constructor.name);

t('server bad options', () => tls.createServer('nope'));
t('server handshakeTimeout string', () => tls.createServer({ handshakeTimeout: '10' }));
t('server SNICallback', () => tls.createServer({ SNICallback: 'x' }));
t('server ALPN both', () => tls.createServer({ ALPNProtocols: ['a'], ALPNCallback: () => 'a' }));
t('server ALPN wrong type', () => tls.createServer({ ALPNProtocols: 'h2' }));
t('server sessionTimeout', () => tls.createServer({ sessionTimeout: 'x' }));
t('server ticketKeys', () => tls.createServer({ ticketKeys: Buffer.alloc(10) }));
t('server instance', () => tls.createServer() instanceof require('net').Server);
t('server sessionTimeout negative', () => tls.createServer({ sessionTimeout: -1 }));
t('context sessionTimeout', () => tls.createSecureContext({ sessionTimeout: 1.5 }));
t('context sigalgs', () => tls.createSecureContext({ sigalgs: ['x'] }));
t('secureProtocol max', () => tls.createSecureContext({ secureProtocol: 'TLS_method', maxVersion: 'TLSv1.3' }));
t('secureProtocol number', () => tls.createSecureContext({ secureProtocol: 5 }));

// Sockets that do get made are destroyed at once: only synchronous validation is shown.
const connect = (options) => {
  const socket = tls.connect({ port: 1, host: '127.0.0.1', ...options });
  socket.on('error', () => {});
  socket.destroy();
  return 'created';
};
t('connect min version', () => connect({ minVersion: 'bogus' }));
t('connect port bad', () => connect({ port: 70000 }));
t('connect ok', () => connect({}));

const alpn = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], alpn);
console.log('convertALPN', alpn.ALPNProtocols);
const alpn2 = {};
tls.convertALPNProtocols(Buffer.from([2, 104, 50]), alpn2);
console.log('convertALPN buffer', alpn2.ALPNProtocols);

const check = (host, c) => {
  const err = tls.checkServerIdentity(host, c);
  console.log('check', host, err === undefined ? 'ok' : `${err.code} | ${err.reason} | ${err.host} | ${err.message} | ${err.cert === c}`);
};
check('example.com', { subject: { CN: 'example.com' } });
check('EXAMPLE.com', { subject: { CN: 'example.com' } });
check('example.com.', { subject: { CN: 'example.com' } });
check('other.com', { subject: { CN: 'example.com' } });
check('a.example.com', { subject: { CN: '*.example.com' } });
check('example.com', { subject: { CN: ['a.com', 'example.com'] } });
check('x.example.com', { subject: { CN: 'nope' }, subjectaltname: 'DNS:*.example.com' });
check('example.com', { subject: { CN: 'example.com' }, subjectaltname: 'DNS:other.com' });
check('a.b.example.com', { subject: {}, subjectaltname: 'DNS:*.example.com' });
check('xa.example.com', { subject: {}, subjectaltname: 'DNS:a*.example.com' });
check('foo.com', { subject: {}, subjectaltname: 'DNS:*.com' });
check('127.0.0.1', { subject: { CN: '127.0.0.1' } });
check('127.0.0.1', { subject: {}, subjectaltname: 'IP Address:127.0.0.1' });
check('::1', { subject: {}, subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' });
check('10.0.0.1', { subject: {}, subjectaltname: 'DNS:10.0.0.1' });
check('example.com', { subject: {}, subjectaltname: 'URI:http://example.com/' });
check('example.com', { subject: {} });
check('example.com', { subject: {}, subjectaltname: 'DNS:"example.com", DNS:b.com' });
check('a,b.example.com', { subject: {}, subjectaltname: 'DNS:"a,b.example.com"' });
t('check bad quoting', () => tls.checkServerIdentity('x.com', { subject: {}, subjectaltname: 'DNS:"unterminated' }));
check('xn--bcher-kva.example', { subject: {}, subjectaltname: 'DNS:xn--bcher-kva.example' });
t('check no cert', () => tls.checkServerIdentity('a.com'));
t('check no subject', () => tls.checkServerIdentity('a.com', {}));
t('check host number', () => tls.checkServerIdentity(5, { subject: { CN: '5' } }));
