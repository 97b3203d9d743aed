'use strict';
// The `tls` module: TLS clients and servers (rustls underneath), secure contexts, SNI, ALPN
// and Node's certificate checks.

const net = require('net');
const { Buffer } = require('buffer');
const { codedError, invalidArgType, invalidArgValue, validateFunction, validateInteger, validateNumber, validateString } = require('internal/errors');
const { TLSSocket } = require('internal/tls_socket');
const { checkServerIdentity } = require('internal/tls_certificates');

const DEFAULT_MIN_VERSION = 'TLSv1.2';
const DEFAULT_MAX_VERSION = 'TLSv1.3';
const DEFAULT_ECDH_CURVE = 'auto';
const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-CHACHA20-POLY1305';

const versions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

function validateVersion(value, name) {
  if (value === undefined) return undefined;
  if (!versions.includes(value)) {
    throw codedError(TypeError, 'ERR_TLS_INVALID_PROTOCOL_VERSION', `${JSON.stringify(value)} is not a valid ${name} TLS protocol version`);
  }
  return value;
}

/** PEM material (a string, a Buffer, or a list of those) as a list of texts. */
function pemList(value, name) {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item, i) => {
    if (typeof item === 'string') return item;
    if (ArrayBuffer.isView(item)) return Buffer.from(item.buffer, item.byteOffset, item.byteLength).toString('latin1');
    if (item && typeof item === 'object' && item.pem !== undefined) return pemList(item.pem, name)[0];
    throw invalidArgType(name, ['string', 'Buffer', 'TypedArray', 'DataView'], item);
  });
}

/**
 * The private keys of `options.key` as PEM texts the native side reads: encrypted ones are
 * opened with their own passphrase or `options.passphrase` (none is an empty one, which
 * fails as OpenSSL's does).
 */
function privateKeyTexts(options) {
  const value = options.key;
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item, i) => {
    const passphrase = item?.passphrase ?? options.passphrase;
    const [text] = pemList(item, Array.isArray(value) ? `options.key[${i}]` : 'options.key');
    if (!/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(text)) return text;
    const crypto = require('crypto');
    return crypto.createPrivateKey({ key: text, passphrase: passphrase ?? '' }).export({ type: 'pkcs8', format: 'pem' });
  });
}

/**
 * `options` with what `options.pfx` holds (PKCS#12: one file, or a list of files or of
 * `{ buf, passphrase }`) added to its key and cert: the private key and its chain, sent to
 * the peer. (The file's other certificates are not made trust anchors: here a `ca` list
 * replaces the bundled roots instead of adding to them.)
 */
function withPfx(options) {
  const pfx = options.pfx;
  if (pfx === undefined || pfx === null) return options;
  const asList = (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
  const key = asList(options.key).slice();
  const cert = asList(options.cert).slice();
  const { pemText } = require('internal/tls_certificates');
  for (const item of asList(pfx)) {
    const holder = item !== null && typeof item === 'object' && !ArrayBuffer.isView(item);
    const data = holder ? item.buf : item;
    const passphrase = (holder ? item.passphrase : undefined) ?? options.passphrase;
    let bytes;
    if (typeof data === 'string') bytes = Buffer.from(data);
    else if (ArrayBuffer.isView(data)) bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    else throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Unable to load PFX certificate');
    const read = ops.pkcs12Read(bytes, passphrase);
    // OpenSSL's words for each failure.
    if (read === 'mac') throw new Error('mac verify failure');
    if (read === 'unsupported') throw codedError(Error, 'ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported PKCS12 PFX data');
    if (read === 'data') throw new Error('not enough data');
    const [privateKey, chain] = read;
    if (privateKey !== undefined) key.push(pemText('PRIVATE KEY', privateKey));
    cert.push(...chain.map((der) => pemText('CERTIFICATE', der)));
  }
  return { ...options, key, cert };
}

/** ALPN protocols as names: from a list of strings or Buffers, or the wire format. */
function alpnList(protocols) {
  if (protocols === undefined || protocols === null) return [];
  if (Array.isArray(protocols)) {
    // Node measures every entry, then writes each with buffer.write: strings only.
    for (const p of protocols) Buffer.byteLength(p);
    for (const p of protocols) {
      if (typeof p !== 'string') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    return protocols.slice();
  }
  if (ArrayBuffer.isView(protocols)) {
    const bytes = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
    const out = [];
    for (let i = 0; i < bytes.length; i += 1 + bytes[i]) out.push(bytes.toString('latin1', i + 1, i + 1 + bytes[i]));
    return out;
  }
  throw invalidArgType('options.ALPNProtocols', ['Array', 'Buffer', 'TypedArray', 'DataView'], protocols);
}

function convertALPNProtocols(protocols, out) {
  const names = alpnList(protocols);
  out.ALPNProtocols = Buffer.concat(names.map((n) => Buffer.concat([Buffer.from([Buffer.byteLength(n)]), Buffer.from(n)])));
}

// Native contexts go when their SecureContext does.
const contexts = new FinalizationRegistry((ids) => {
  for (const id of ids.values()) ops.tlsContextDrop(id);
});

// OpenSSL's words for key material it cannot use, by code.
const contextErrors = {
  ERR_OSSL_X509_KEY_VALUES_MISMATCH: 'error:05800074:x509 certificate routines::key values mismatch',
  ERR_OSSL_UNSUPPORTED: 'error:1E08010C:DECODER routines::unsupported',
  ERR_OSSL_PEM_NO_START_LINE: 'error:0480006C:PEM routines::no start line',
  ERR_SSL_NO_CIPHER_MATCH: 'error:0A0000B9:SSL routines::no cipher match',
};

/** The `ciphers` option, which must name at least one suite there is. */
function checkCiphers(ciphers) {
  if (ciphers === undefined || ciphers === null) return;
  validateString(ciphers, 'options.ciphers');
  const code = ops.tlsCiphersCheck(ciphers);
  if (code !== undefined) throw codedError(Error, code, contextErrors[code]);
}

/** The `ecdhCurve` option: `auto` or a list of key exchange groups OpenSSL knows. */
function checkCurves(curves) {
  if (curves === undefined || curves === null) return;
  validateString(curves, 'options.ecdhCurve');
  if (!ops.tlsCurvesCheck(curves)) throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to set ECDH curve');
}

class SecureContext {
  constructor(options) {
    this.options = options;
    // One native context per list of ALPN protocols a server offers with it and per way it
    // asks for client certificates.
    this._native = new Map();
    contexts.register(this, this._native);
    if (options.key !== undefined || options.cert !== undefined) this._nativeFor([]);
  }

  get context() {
    return { id: this._nativeFor([]) };
  }

  /** The certificate this context presents, as PEM texts. */
  get _certificates() {
    return pemList(this.options.cert, 'options.cert');
  }

  _nativeFor(alpn, requestCert = false, rejectUnauthorized = false) {
    const key = JSON.stringify([alpn, requestCert, rejectUnauthorized]);
    let id = this._native.get(key);
    if (id === undefined) {
      id = ops.tlsContext({
        cert: this._certificates,
        key: privateKeyTexts(this.options),
        ca: pemList(this.options.ca, 'options.ca'),
        alpn,
        minVersion: this.options.minVersion,
        maxVersion: this.options.maxVersion,
        ciphers: this.options.ciphers,
        ecdhCurve: this.options.ecdhCurve,
        requestCert,
        rejectUnauthorized,
      });
      if (typeof id === 'string') throw codedError(Error, id, contextErrors[id]);
      this._native.set(key, id);
    }
    return id;
  }
}

/** The checks Node's SecureContext and configSecureContext make of their options. */
function validateContextOptions(options) {
  const { secureProtocol, minVersion, maxVersion } = options;
  if (secureProtocol) {
    for (const version of [minVersion, maxVersion]) {
      if (version !== undefined && version !== null) {
        throw codedError(TypeError, 'ERR_TLS_PROTOCOL_VERSION_CONFLICT', `TLS protocol version ${JSON.stringify(version)} conflicts with secureProtocol ${JSON.stringify(secureProtocol)}`);
      }
    }
  }
  validateVersion(minVersion, 'minimum');
  validateVersion(maxVersion, 'maximum');
  pemList(options.ca, 'options.ca');
  pemList(options.cert, 'options.cert');
  pemList(options.key, 'options.key');
  for (const name of ['passphrase', 'sigalgs']) {
    if (options[name] !== undefined && options[name] !== null) validateString(options[name], `options.${name}`);
  }
  checkCurves(options.ecdhCurve);
  checkCiphers(options.ciphers);
  if (options.ticketKeys !== undefined && options.ticketKeys !== null) {
    if (!ArrayBuffer.isView(options.ticketKeys)) throw invalidArgType('options.ticketKeys', ['Buffer', 'TypedArray', 'DataView'], options.ticketKeys);
    if (options.ticketKeys.byteLength !== 48) throw invalidArgValue('options.ticketKeys', options.ticketKeys.byteLength, 'must be exactly 48 bytes');
  }
  if (options.sessionTimeout !== undefined && options.sessionTimeout !== null) {
    validateInteger(options.sessionTimeout, 'options.sessionTimeout', 0, 2147483647);
  }
}

function createSecureContext(options = {}) {
  validateContextOptions(options);
  return new SecureContext(withPfx({ ...options }));
}

/** tls.connect's arguments as one options object and a callback. */
function connectArgs(args) {
  let options = {};
  let callback;
  const rest = [...args];
  if (typeof rest[rest.length - 1] === 'function') callback = rest.pop();
  if (rest[0] !== null && typeof rest[0] === 'object') {
    options = { ...rest[0] };
  } else if (typeof rest[0] === 'string' && Number.isNaN(Number(rest[0]))) {
    options = { ...(rest[1] || {}), path: rest[0] };
  } else {
    options = { port: rest[0] };
    if (typeof rest[1] === 'string') {
      options.host = rest[1];
      Object.assign(options, rest[2] || {});
    } else {
      Object.assign(options, rest[1] || {});
    }
    options.port = rest[0];
  }
  return [options, callback];
}

function connect(...args) {
  const [given, callback] = connectArgs(args);
  const options = {
    rejectUnauthorized: true,
    checkServerIdentity,
    ...given,
  };
  if (options.checkServerIdentity !== undefined) validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateVersion(options.minVersion, 'minimum');
  validateVersion(options.maxVersion, 'maximum');
  checkCiphers(options.ciphers ?? options.secureContext?.options?.ciphers);
  checkCurves(options.ecdhCurve ?? options.secureContext?.options?.ecdhCurve);
  const host = options.host || (options.socket && options.socket._host) || 'localhost';
  const ca = pemList(options.ca ?? options.secureContext?.options?.ca, 'options.ca');
  const own = withPfx({
    key: options.key ?? options.secureContext?.options?.key,
    cert: options.cert ?? options.secureContext?.options?.cert,
    passphrase: options.passphrase ?? options.secureContext?.options?.passphrase,
    pfx: options.pfx,
  });
  const ownKey = own.key;
  const ownCert = own.cert;
  // Key material that cannot be used fails here, before connecting, as Node's does.
  if (ownKey !== undefined || ownCert !== undefined) createSecureContext({ ...own, pfx: undefined });
  const socket = new TLSSocket(options.socket, {
    isServer: false,
    host,
    // SNI only for a name given as servername (https's agent gives the host's); the host is
    // still what the certificate is checked against.
    servername: options.servername ?? '',
    ca,
    key: privateKeyTexts(own),
    cert: pemList(ownCert, 'options.cert'),
    ALPNProtocols: alpnList(options.ALPNProtocols),
    session: options.session,
    minVersion: options.minVersion,
    maxVersion: options.maxVersion,
    ciphers: options.ciphers ?? options.secureContext?.options?.ciphers,
    ecdhCurve: options.ecdhCurve ?? options.secureContext?.options?.ecdhCurve,
    rejectUnauthorized: options.rejectUnauthorized,
    checkServerIdentity: options.checkServerIdentity,
  });
  if (callback) socket.once('secureConnect', callback);
  if (options.timeout) socket.setTimeout(options.timeout);
  if (!options.socket) {
    const connectOptions = { ...options, host };
    socket.connect(connectOptions);
  }
  socket._start();
  return socket;
}

const kContexts = Symbol('kContexts');
const kShared = Symbol('kShared');

class Server extends net.Server {
  constructor(options, listener) {
    if (typeof options === 'function') {
      listener = options;
      options = {};
    } else if (options === undefined || options === null) {
      options = {};
    } else if (typeof options !== 'object') {
      throw invalidArgType('options', 'Object', options);
    }
    super({
      allowHalfOpen: options.allowHalfOpen,
      pauseOnConnect: options.pauseOnConnect,
      noDelay: options.noDelay,
      keepAlive: options.keepAlive,
      keepAliveInitialDelay: options.keepAliveInitialDelay,
      highWaterMark: options.highWaterMark,
    });
    if (options.SNICallback !== undefined) validateFunction(options.SNICallback, 'options.SNICallback');
    this._SNICallback = options.SNICallback;
    this.handshakeTimeout = options.handshakeTimeout ?? 120000;
    validateNumber(this.handshakeTimeout, 'options.handshakeTimeout');
    // Node's server takes only a list or bytes and ignores anything else.
    const { ALPNProtocols } = options;
    this.ALPNProtocols = Array.isArray(ALPNProtocols) || ArrayBuffer.isView(ALPNProtocols) ? alpnList(ALPNProtocols) : [];
    this.ALPNCallback = options.ALPNCallback;
    if (this.ALPNCallback && options.ALPNProtocols) {
      throw codedError(TypeError, 'ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS', 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive');
    }
    this.requestCert = options.requestCert === true;
    this.rejectUnauthorized = options.rejectUnauthorized !== false;
    this[kContexts] = [];
    this[kShared] = null;
    this.setSecureContext(options);
    if (listener) this.on('secureConnection', listener);
    this.on('connection', tlsConnectionListener);
  }

  setSecureContext(options) {
    validateContextOptions(options);
    const hasOwn = options.key !== undefined || options.cert !== undefined || (options.pfx !== undefined && options.pfx !== null);
    this[kShared] = hasOwn ? createSecureContext(options) : null;
    this._sharedOptions = options;
  }

  addContext(servername, context) {
    if (typeof servername !== 'string') throw invalidArgType('servername', 'string', servername);
    const pattern = new RegExp(`^${servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*')}$`);
    const secure = context instanceof SecureContext ? context : createSecureContext(context);
    this[kContexts].push([pattern, secure]);
  }

  /** The context for the server name a client asked for: SNICallback's, addContext's or none. */
  /** The context for the server name a client asked for: SNICallback's, addContext's or none. */
  _contextFor(servername, done) {
    if (this._SNICallback) {
      this._SNICallback(servername, done);
      return;
    }
    for (let i = this[kContexts].length - 1; i >= 0; i--) {
      const [pattern, context] = this[kContexts][i];
      if (pattern.test(servername)) {
        done(null, context);
        return;
      }
    }
    done(null, undefined);
  }

  _defaultContext() {
    return this[kShared];
  }

  /**
   * The native context of `context` with the ALPN protocols to agree on (the server's list, or
   * what its ALPNCallback chose) and the server's way with client certificates.
   */
  _bind(context, alpn = this.ALPNProtocols) {
    return {
      id: context._nativeFor(alpn, this.requestCert, this.requestCert && this.rejectUnauthorized),
      certificates: context._certificates,
    };
  }
}

function tlsConnectionListener(raw) {
  const server = this;
  const socket = new TLSSocket(raw, { isServer: true, server });
  socket._server = null;
  const timer = setTimeout(() => {
    if (socket.secureConnecting && !socket.destroyed) {
      server.emit('tlsClientError', codedError(Error, 'ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout'), socket);
      socket.destroy();
    }
  }, server.handshakeTimeout);
  timer.unref();
  socket.once('secure', () => clearTimeout(timer));
  socket.once('close', () => clearTimeout(timer));
  socket._start();
}

function createServer(options, listener) {
  return new Server(options, listener);
}

function getCiphers() {
  return DEFAULT_CIPHERS.split(':').map((name) => name.toLowerCase()).sort();
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE,
  DEFAULT_MIN_VERSION,
  DEFAULT_MAX_VERSION,
  SecureContext,
  Server,
  TLSSocket,
  checkServerIdentity,
  connect,
  convertALPNProtocols,
  createSecureContext,
  createServer,
  getCiphers,
};

// Mozilla's root certificates, which clients trust without `ca`: read when first asked for.
let rootCertificates;
Object.defineProperty(module.exports, 'rootCertificates', {
  enumerable: true,
  configurable: false,
  get() {
    rootCertificates ??= Object.freeze(ops.tlsRootCertificates());
    return rootCertificates;
  },
});


