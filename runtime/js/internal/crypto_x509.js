'use strict';
// crypto.X509Certificate: a certificate read once (runtime/src/ops/x509.rs), its fields in the
// words OpenSSL prints them with, Node's host, IP and e-mail checks, and signature checks.

const { Buffer } = require('buffer');
const { codedError, invalidArgType, invalidArgValue } = require('internal/errors');
const certificates = require('internal/tls_certificates');

/** The DER bytes of the first certificate in PEM text, or the bytes themselves. */
function derOf(input) {
  const bytes = typeof input === 'string' ? Buffer.from(input) : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  return certificates.firstCertificate([bytes.toString('latin1')]) ?? bytes;
}

const names = (entries) => entries.map(([key, value]) => `${key}=${value}`).join('\n');

/** The names a certificate carries for `prefix` (`DNS:`, `IP Address:`, `email:`). */
function altNames(cert, prefix) {
  const list = cert.subjectAltName;
  if (list === undefined) return [];
  return certificates
    .splitAltNames(list)
    .filter((name) => name.startsWith(prefix))
    .map((name) => name.slice(prefix.length));
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function validateOptions(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw invalidArgType('options', 'object', options);
  }
  return options ?? {};
}

class X509Certificate {
  #raw;
  #details;
  #publicKey;

  constructor(buffer) {
    if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer)) {
      throw invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const der = derOf(buffer);
    const details = der.length > 0 ? ops.x509Details(der) : undefined;
    if (details === undefined) {
      throw codedError(Error, 'ERR_OSSL_PEM_NO_START_LINE', 'error:0480006C:PEM routines::no start line');
    }
    this.#raw = Buffer.from(der);
    this.#details = details;
  }

  get subject() {
    return names(this.#details[0]);
  }

  get subjectAltName() {
    return this.#details[2];
  }

  get issuer() {
    return names(this.#details[1]);
  }

  get issuerCertificate() {
    return undefined;
  }

  get infoAccess() {
    return this.#details[9];
  }

  get validFrom() {
    return this.#details[3];
  }

  get validTo() {
    return this.#details[4];
  }

  get fingerprint() {
    return certificates.fingerprint(this.#raw, 'sha1');
  }

  get fingerprint256() {
    return certificates.fingerprint(this.#raw, 'sha256');
  }

  get fingerprint512() {
    return certificates.fingerprint(this.#raw, 'sha512');
  }

  get keyUsage() {
    const usages = this.#details[7];
    return usages.length > 0 ? usages : undefined;
  }

  get serialNumber() {
    return this.#details[5];
  }

  get raw() {
    return this.#raw;
  }

  get publicKey() {
    this.#publicKey ??= require('crypto').createPublicKey({ key: Buffer.from(this.#details[10]), format: 'der', type: 'spki' });
    return this.#publicKey;
  }

  toString() {
    return certificates.pemText('CERTIFICATE', this.#raw);
  }

  toJSON() {
    return this.toString();
  }

  get ca() {
    return this.#details[6];
  }

  /** The certificate's name that `name` matches (a subject alternative DNS name, or the
   * subject's CN where the certificate has none or `subject: 'always'`). */
  checkHost(name, options) {
    validateString(name, 'name');
    const { subject = 'default', wildcards = true } = validateOptions(options);
    const host = certificates.splitHost(name);
    const dns = altNames(this, 'DNS:');
    const candidates = subject === 'always' || (subject === 'default' && dns.length === 0)
      ? [...dns, ...this.#details[0].filter(([key]) => key === 'CN').map(([, value]) => value)]
      : dns;
    return candidates.find((pattern) => (wildcards || !pattern.includes('*')) && certificates.matches(host, pattern));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    const { subject = 'default' } = validateOptions(options);
    const mails = altNames(this, 'email:');
    const candidates = subject === 'always' || (subject === 'default' && mails.length === 0)
      ? [...mails, ...this.#details[0].filter(([key]) => key === 'emailAddress').map(([, value]) => value)]
      : mails;
    const wanted = email.toLowerCase();
    return candidates.some((mail) => mail.toLowerCase() === wanted) ? email : undefined;
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    if (require('net').isIP(ip) === 0) throw invalidArgValue('ip', ip);
    const wanted = certificates.canonicalIP(ip);
    return altNames(this, 'IP Address:').some((address) => certificates.canonicalIP(address) === wanted) ? ip : undefined;
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) throw invalidArgType('otherCert', 'an instance of X509Certificate', otherCert);
    return this.issuer === otherCert.subject;
  }

  checkPrivateKey(pkey) {
    const { KeyObject, createPublicKey } = require('crypto');
    if (!(pkey instanceof KeyObject)) throw invalidArgType('pkey', 'an instance of KeyObject', pkey);
    if (pkey.type !== 'private') throw invalidArgValue('pkey', pkey);
    const spki = createPublicKey(pkey).export({ type: 'spki', format: 'der' });
    return spki.equals(Buffer.from(this.#details[10]));
  }

  verify(pkey) {
    const { KeyObject } = require('crypto');
    if (!(pkey instanceof KeyObject)) throw invalidArgType('pkey', 'an instance of KeyObject', pkey);
    if (pkey.type !== 'public') throw invalidArgValue('pkey', pkey);
    return ops.x509Verify(this.#raw, pkey.export({ type: 'spki', format: 'der' }));
  }

  toLegacyObject() {
    return certificates.describe(this.#raw);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const fields = {
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    };
    return `X509Certificate ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = { X509Certificate };
