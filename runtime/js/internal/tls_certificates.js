'use strict';

// Certificates as Node shows them (getPeerCertificate) and the check of a server's name
// against its certificate (tls.checkServerIdentity).

const { Buffer } = require('buffer');
const { codedError } = require('internal/errors');

function nameObject(entries) {
  const out = { __proto__: null };
  for (const [key, value] of entries) {
    if (out[key] === undefined) out[key] = value;
    else if (Array.isArray(out[key])) out[key].push(value);
    else out[key] = [out[key], value];
  }
  return out;
}

function fingerprint(raw, algorithm) {
  const hex = require('crypto').createHash(algorithm).update(raw).digest('hex').toUpperCase();
  return hex.match(/../g).join(':');
}

/** An RSA public key (modulus and exponent in hex) as SubjectPublicKeyInfo DER, Node's pubkey. */
function rsaPublicKey(modulus, exponent) {
  const b64 = (hex) => Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex').toString('base64url');
  const jwk = { kty: 'RSA', n: b64(modulus), e: b64(exponent) };
  return require('crypto').createPublicKey({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'der' });
}

/** `der` as PEM text under `label`, with the newline OpenSSL ends it with. */
function pemText(label, der) {
  const lines = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/**
 * Authority Information Access as `{ 'OCSP - URI': [location, ...] }` (no prototype), from the
 * `method - kind:location` lines OpenSSL prints; quoted locations are JSON strings.
 */
function accessLists(text) {
  const lists = { __proto__: null };
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon === -1) continue;
    const key = line.slice(0, colon);
    let value = line.slice(colon + 1);
    if (value.startsWith('"')) value = JSON.parse(value);
    if (key in lists) lists[key].push(value);
    else lists[key] = [value];
  }
  return lists;
}

/** One certificate's fields, in Node's order. */
function describe(der) {
  const raw = Buffer.from(der.buffer, der.byteOffset, der.byteLength);
  const details = ops.x509Details(raw);
  if (details === undefined) return { raw };
  const [subject, issuer, altNames, validFrom, validTo, serial, ca, usages, key, infoAccess] = details;
  const cert = { subject: nameObject(subject), issuer: nameObject(issuer) };
  if (altNames !== undefined) cert.subjectaltname = altNames;
  if (infoAccess !== undefined) cert.infoAccess = accessLists(infoAccess);
  cert.ca = ca;
  if (key[0] === 'rsa') {
    cert.modulus = key[3];
    cert.bits = key[1];
    cert.exponent = `0x${key[2]}`;
    cert.pubkey = rsaPublicKey(key[3], key[2]);
  } else if (key[0] === 'ec') {
    cert.bits = key[1];
    cert.pubkey = Buffer.from(key[3]);
    cert.asn1Curve = key[2];
    cert.nistCurve = key[2] === 'prime256v1' ? 'P-256' : key[2] === 'secp384r1' ? 'P-384' : key[2] === 'secp521r1' ? 'P-521' : undefined;
  }
  cert.valid_from = validFrom;
  cert.valid_to = validTo;
  cert.fingerprint = fingerprint(raw, 'sha1');
  cert.fingerprint256 = fingerprint(raw, 'sha256');
  cert.fingerprint512 = fingerprint(raw, 'sha512');
  if (usages.length) cert.ext_key_usage = usages;
  cert.serialNumber = serial;
  cert.raw = raw;
  return cert;
}

/** The peer's certificate; with `detailed`, each links to its issuer's (a root to itself). */
function peerCertificate(chain, detailed) {
  const certs = chain.map(describe);
  if (detailed) {
    for (let i = 0; i < certs.length; i++) {
      const next = certs[i + 1];
      const selfSigned = JSON.stringify(certs[i].subject) === JSON.stringify(certs[i].issuer);
      certs[i].issuerCertificate = next ?? (selfSigned ? certs[i] : undefined);
    }
  }
  return certs[0];
}

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

function splitHost(host) {
  return unfqdn(host).toLowerCase().split('.');
}

/** Whether `pattern` (perhaps with one wildcard in its first label) names the host. */
function matches(hostParts, pattern) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length || patternParts.includes('')) return false;
  if (patternParts.some((part) => /[^\u0021-\u007F]/u.test(part))) return false;
  for (let i = hostParts.length - 1; i > 0; i--) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const host = hostParts[0];
  const first = patternParts[0];
  const pieces = first.split('*');
  if (pieces.length === 1 || first.includes('xn--')) return host === first;
  // One wildcard at most, and never for a whole registrable name (`*.com`).
  if (pieces.length > 2 || patternParts.length <= 2) return false;
  const [prefix, suffix] = pieces;
  return prefix.length + suffix.length <= host.length && host.startsWith(prefix) && host.endsWith(suffix);
}

/** An address in one spelling, so that `::1` and `0:0:0:0:0:0:0:1` compare equal. */
function canonicalIP(text) {
  const net = require('net');
  if (net.isIPv4(text)) return text;
  const value = require('internal/net_addresses').parseIPv6(text);
  return value === undefined ? text : `v6:${value.toString(16)}`;
}

const jsonString = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/;

/** subjectaltname's entries: ", "-separated, with JSON-quoted values holding commas (Node's). */
function splitAltNames(altNames) {
  const result = [];
  let token = '';
  let offset = 0;
  while (offset !== altNames.length) {
    const nextSep = altNames.indexOf(',', offset);
    const nextQuote = altNames.indexOf('"', offset);
    if (nextQuote !== -1 && (nextSep === -1 || nextQuote < nextSep)) {
      token += altNames.substring(offset, nextQuote);
      const match = jsonString.exec(altNames.substring(nextQuote));
      if (!match) throw codedError(SyntaxError, 'ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string');
      token += JSON.parse(match[0]);
      offset = nextQuote + match[0].length;
    } else if (nextSep !== -1) {
      token += altNames.substring(offset, nextSep);
      result.push(token);
      token = '';
      offset = nextSep + 2;
    } else {
      token += altNames.substring(offset);
      offset = altNames.length;
    }
  }
  result.push(token);
  return result;
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  const shownIps = [];
  hostname = `${hostname}`;
  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) {
        shownIps.push(name.slice(11));
        ips.push(canonicalIP(name.slice(11)));
      }
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (require('net').isIP(hostname)) {
    valid = ips.includes(canonicalIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${shownIps.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    if (dnsNames.length > 0) {
      valid = dnsNames.some((pattern) => matches(hostParts, pattern));
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some((pattern) => matches(hostParts, pattern)) : matches(hostParts, cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (valid) return undefined;
  const err = codedError(Error, 'ERR_TLS_CERT_ALTNAME_INVALID', `Hostname/IP does not match certificate's altnames: ${reason}`);
  err.reason = reason;
  err.host = hostname;
  err.cert = cert;
  return err;
}

/** The first certificate of PEM texts, as DER bytes, or null when they hold none. */
function firstCertificate(pems) {
  for (const pem of pems) {
    const body = /-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----([^-]*)-----END (?:X509 |TRUSTED )?CERTIFICATE-----/.exec(pem);
    if (body) return Buffer.from(body[1].replace(/\s+/g, ''), 'base64');
  }
  return null;
}

module.exports = {
  canonicalIP,
  checkServerIdentity,
  describe,
  fingerprint,
  firstCertificate,
  matches,
  peerCertificate,
  pemText,
  splitAltNames,
  splitHost,
};
