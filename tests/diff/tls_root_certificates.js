// tls.rootCertificates: a frozen array of PEM certificates (Mozilla's roots), the same array on
// every read, with well-known roots in it that crypto.X509Certificate reads; the property
// cannot be replaced.
const tls = require('tls');
const { X509Certificate } = require('crypto');

const roots = tls.rootCertificates;
const descriptor = Object.getOwnPropertyDescriptor(tls, 'rootCertificates');
console.log('shape', Array.isArray(roots), Object.isFrozen(roots), roots === tls.rootCertificates);
console.log('descriptor', typeof descriptor.get, descriptor.set, descriptor.enumerable, descriptor.configurable);
console.log('many', roots.length > 100);
console.log('pem', roots.every((pem) => pem.startsWith('-----BEGIN CERTIFICATE-----\n') && pem.endsWith('\n-----END CERTIFICATE-----')));
const subjects = roots.map((pem) => new X509Certificate(pem).subject);
for (const name of ['ISRG Root X1', 'DigiCert Global Root G2', 'GlobalSign Root CA']) {
  console.log(name, subjects.some((s) => s.split('\n').includes(`CN=${name}`)));
}
const isrg = new X509Certificate(roots[subjects.findIndex((s) => s.includes('CN=ISRG Root X1'))]);
console.log('ISRG', isrg.ca, isrg.issuer === isrg.subject, isrg.fingerprint256.slice(0, 17));
try {
  tls.rootCertificates = [];
} catch (err) {
  console.log('assign', err.name);
}
'use strict';
console.log('unchanged', tls.rootCertificates === roots);
