'use strict';

// TLSSocket: TLS over another stream (a net.Socket, or any duplex). The native session turns
// what the transport reads into plaintext and plaintext into what to send; this side is a
// net.Socket to its users, with the transport's addresses, timeouts and ref state.

const net = require('net');
const { joinChunks } = require('internal/streams/common');
const { Buffer } = require('buffer');
const { codedError, validateFunction } = require('internal/errors');
const { peerCertificate, checkServerIdentity, firstCertificate } = require('internal/tls_certificates');

const kSession = Symbol('kSession');
const kTransport = Symbol('kTransport');
const kPendingWrites = Symbol('kPendingWrites');
const kOptions = Symbol('kOptions');
const kInfo = Symbol('kInfo');
const kPeerEnded = Symbol('kPeerEnded');
const kOwnCertificates = Symbol('kOwnCertificates');
const kWrapper = Symbol('kWrapper');
const kLastSession = Symbol('kLastSession');
const kGivenHalfOpen = Symbol('kGivenHalfOpen');

const verifyMessages = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in certificate chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unable to verify the first certificate',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unable to get local issuer certificate',
  CERT_HAS_EXPIRED: 'certificate has expired',
  CERT_NOT_YET_VALID: 'certificate is not yet valid',
  CERT_SIGNATURE_FAILURE: 'certificate signature failure',
};

function verifyError(code) {
  const err = new Error(verifyMessages[code] || code);
  err.code = code;
  return err;
}

/** A failed handshake or record, worded as Node's OpenSSL errors are. */
function sessionError(code, message) {
  const reason = code.replace(/^ERR_SSL_/, '').toLowerCase().replace(/_/g, ' ');
  const err = new Error(`SSL routines::${reason}`);
  err.code = code;
  err.library = 'SSL routines';
  err.reason = reason;
  err.detail = message;
  return err;
}

/** Key exchange groups (rustls's names) as OpenSSL describes an ephemeral key of them. */
const ephemeralGroups = {
  X25519: { name: 'X25519', size: 253 },
  secp256r1: { name: 'prime256v1', size: 256 },
  secp384r1: { name: 'secp384r1', size: 384 },
};

class TLSSocket extends net.Socket {
  constructor(socket, options = {}) {
    super({ allowHalfOpen: socket?.[kGivenHalfOpen] ?? socket?.allowHalfOpen ?? Boolean(options.allowHalfOpen) });
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = null;
    this.servername = null;
    this.secureConnecting = true;
    this._secureEstablished = false;
    this[kOptions] = options;
    this[kSession] = null;
    this[kInfo] = null;
    this[kPendingWrites] = [];
    this[kPeerEnded] = false;
    this[kOwnCertificates] = options.isServer ? [] : options.cert ?? [];
    this[kTransport] = socket instanceof net.Socket || (socket && typeof socket.write === 'function') ? socket : new net.Socket();
    this._parent = socket ?? null;
    if (options.isServer) this.server = options.server ?? null;
    this.#wire();
  }

  /** The options this socket was made with (Node's name for them). */
  get _tlsOptions() {
    return this[kOptions];
  }

  // ---- the transport -------------------------------------------------------------------------

  #wire() {
    const transport = this[kTransport];
    // A transport wrapped again belongs to its latest TLSSocket, as Node's handle does.
    transport[kWrapper] = this;
    const on = (name, listener) => transport.on(name, (arg) => {
      if (transport[kWrapper] === this) listener(arg);
    });
    // The TLS socket decides when its transport's output ends (its own half-open rule, after
    // its 'end' listeners had their say): the transport must not end itself on the peer's FIN.
    transport[kGivenHalfOpen] ??= transport.allowHalfOpen;
    transport.allowHalfOpen = true;
    on('data', (data) => this.#feed(data));
    on('end', () => {
      if (!this[kPeerEnded]) {
        this[kPeerEnded] = true;
        if (this.secureConnecting && !this.destroyed) {
          this.#fail(codedError(Error, 'ECONNRESET', 'Client network socket disconnected before secure TLS connection was established'));
          return;
        }
        this.push(null);
        // 'end' comes even when nothing reads the socket, as on a plain one.
        this.read(0);
      }
    });
    on('error', (err) => this.#fail(err));
    on('close', () => {
      if (!this.destroyed) this.destroy();
      this.#dropSession();
      this.emit('close', Boolean(this._hadError));
    });
    on('timeout', () => this.emit('timeout'));
  }

  /** A server's connection that fails before it is secure is the server's 'tlsClientError'. */
  #fail(err) {
    if (this.destroyed) return;
    if (this[kOptions].isServer && this.secureConnecting) {
      this.server?.emit('tlsClientError', err, this);
      this.destroy();
    } else {
      this.destroy(err);
    }
  }

  /** Starts the handshake once the transport is connected. */
  _start() {
    const transport = this[kTransport];
    const begin = () => {
      if (this.destroyed) return;
      const options = this[kOptions];
      if (options.isServer) {
        this[kSession] = ops.tlsServer();
        return;
      }
      try {
        this[kSession] = ops.tlsClient({
          host: options.host,
          servername: options.servername,
          ca: options.ca,
          cert: options.cert,
          key: options.key,
          session: options.session,
          alpn: options.ALPNProtocols,
          minVersion: options.minVersion,
          maxVersion: options.maxVersion,
          ciphers: options.ciphers,
          ecdhCurve: options.ecdhCurve,
        });
      } catch (err) {
        this.destroy(err);
        return;
      }
      this.#feed(Buffer.alloc(0));
    };
    if (transport.connecting) transport.once('connect', begin);
    else begin();
  }

  #feed(data) {
    if (this[kSession] === null) return;
    this.#handle(ops.tlsFeed(this[kSession], data));
  }

  /** Acts on what the session produced: bytes to send, plaintext, the handshake's end. */
  #handle(result) {
    if (result === undefined) return;
    if (typeof result[0] === 'string') {
      const [code, message, alert] = result;
      if (alert) this[kTransport].write(alert);
      this.#fail(sessionError(code, message));
      return;
    }
    const [plaintext, outgoing, handshakeDone, peerClosed, hello, sessions] = result;
    // Sessions to resume later come during a TLS 1.2 handshake and after a TLS 1.3 one.
    for (const token of sessions ?? []) {
      const session = Buffer.from(token.buffer, token.byteOffset, token.byteLength);
      this[kLastSession] = session;
      this.emit('session', session);
    }
    // A client that refuses the server's certificate drops its last handshake bytes, as
    // Node's does: the server never sees the handshake finish.
    const secured = handshakeDone && this.secureConnecting && this.#verify();
    if (this.destroyed) return;
    if (outgoing) this[kTransport].write(outgoing);
    if (hello) {
      this.#chooseContext(hello);
      return;
    }
    if (secured) this.#announce();
    if (plaintext && !this.destroyed) {
      this.bytesRead += plaintext.byteLength;
      if (!this.push(Buffer.from(plaintext.buffer, plaintext.byteOffset, plaintext.byteLength))) this[kTransport].pause();
    }
    if (peerClosed && !this[kPeerEnded]) {
      this[kPeerEnded] = true;
      this.push(null);
      this.read(0);
    }
  }

  /**
   * A server picks its context by the name the client asked for (SNI), then its ALPN protocol
   * by its ALPNCallback when it has one.
   */
  #chooseContext([servername, offers]) {
    this.servername = servername ?? false;
    this._alpnOffers = offers;
    const server = this.server;
    const accept = (err, context) => {
      if (this.destroyed) return;
      if (err) {
        server?.emit('tlsClientError', err, this);
        this.destroy();
        return;
      }
      const chosen = context ?? server?._defaultContext() ?? this[kOptions].secureContext;
      if (!chosen) {
        // No certificate for this name: the handshake fails as OpenSSL 3's does, finding no
        // signature algorithm it could use without a key.
        server?.emit('tlsClientError', sessionError('ERR_SSL_NO_SUITABLE_SIGNATURE_ALGORITHM', 'no certificate'), this);
        this.destroy();
        return;
      }
      const alpn = this.#alpnChoice(offers);
      if (alpn === null) return;
      const bound = server ? server._bind(chosen, alpn) : { id: chosen._nativeFor([]), certificates: chosen._certificates };
      this[kOwnCertificates] = bound.certificates;
      this.#handle(ops.tlsAccept(this[kSession], bound.id));
    };
    if (server && servername) server._contextFor(servername, accept);
    else accept(null, undefined);
  }

  /** What the server's ALPNCallback chose (undefined without one), or null when it failed. */
  #alpnChoice(offers) {
    const server = this.server;
    if (!server?.ALPNCallback || offers.length === 0) return undefined;
    let chosen;
    try {
      validateFunction(server.ALPNCallback, 'options.ALPNCallback');
      chosen = server.ALPNCallback({ servername: this.servername || undefined, protocols: offers });
      if (chosen !== undefined && !offers.includes(chosen)) {
        const message = `ALPN callback returned a value (${chosen}) that did not match any of the client's offered protocols (${offers.join(', ')})`;
        throw codedError(TypeError, 'ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', message);
      }
    } catch (err) {
      server.emit('tlsClientError', err, this);
      this.destroy();
      return null;
    }
    // Without a choice the handshake fails with no_application_protocol: a protocol no
    // client can offer (an empty name) leaves nothing in common.
    return chosen === undefined ? [''] : [chosen];
  }

  /** The handshake is done: reads what was agreed and, on a client, judges the server. */
  #verify() {
    this.secureConnecting = false;
    this._secureEstablished = true;
    const info = ops.tlsInfo(this[kSession]);
    this[kInfo] = info;
    this.alpnProtocol = info[3];
    const options = this[kOptions];
    if (options.isServer) return this.#verifyClient(info[5]);
    let error = info[5] === undefined ? undefined : verifyError(info[5]);
    if (!error) {
      const hostname = options.servername || options.host || 'localhost';
      const check = options.checkServerIdentity || checkServerIdentity;
      error = check(hostname, this.getPeerCertificate(true));
    }
    if (error) {
      this.authorized = false;
      this.authorizationError = error.code || error.message;
      if (options.rejectUnauthorized !== false) {
        this.destroy(error);
        return false;
      }
    } else {
      this.authorized = true;
    }
    return true;
  }

  /**
   * A server that asked for a client certificate judges it: a server that rejects the
   * unauthorized drops the connection without a word, and the server hears of it as of a
   * client that hung up.
   */
  #verifyClient(verdict) {
    const server = this.server;
    if (!server?.requestCert) return true;
    if (verdict === undefined) {
      this.authorized = true;
      return true;
    }
    this.authorizationError = verdict;
    if (!server.rejectUnauthorized) return true;
    server.emit('tlsClientError', codedError(Error, 'ECONNRESET', 'socket hang up'), this);
    this.destroy();
    return false;
  }

  #announce() {
    this.#flushWrites();
    if (this[kOptions].isServer) {
      this.emit('secure');
      this.server?.emit('secureConnection', this);
    } else {
      this.emit('secureConnect');
    }
  }

  #flushWrites() {
    const pending = this[kPendingWrites];
    this[kPendingWrites] = [];
    for (const [chunk, encoding, callback] of pending) this._write(chunk, encoding, callback);
  }

  #dropSession() {
    if (this[kSession] !== null) {
      ops.tlsDrop(this[kSession]);
      this[kSession] = null;
    }
  }

  // ---- the stream ----------------------------------------------------------------------------

  _read() {
    const transport = this[kTransport];
    if (transport.isPaused()) transport.resume();
  }

  // Chunks that waited together go out as one write: fewer TLS records.
  _writev(chunks, callback) {
    this._write(joinChunks(chunks), 'buffer', callback);
  }

  _write(chunk, encoding, callback) {
    if (this.secureConnecting || this[kSession] === null) {
      if (this.destroyed) {
        callback(codedError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
        return;
      }
      this[kPendingWrites].push([chunk, encoding, callback]);
      return;
    }
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this._bytesDispatched += bytes.byteLength;
    const outgoing = ops.tlsWrite(this[kSession], bytes);
    if (outgoing) this[kTransport].write(outgoing, callback);
    else callback(null);
  }

  _final(callback) {
    if (this[kSession] !== null && !this.secureConnecting) {
      const alert = ops.tlsEnd(this[kSession]);
      if (alert) this[kTransport].write(alert);
    }
    this[kTransport].end();
    callback();
  }

  _destroy(err, callback) {
    this.connecting = false;
    const transport = this[kTransport];
    for (const [, , pending] of this[kPendingWrites]) pending(codedError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    this[kPendingWrites] = [];
    if (err) this._hadError = true;
    callback(err);
    if (!transport.destroyed) transport.destroy();
    if (this._server) {
      this._server._connections--;
      this._server._emitCloseIfDrained();
    }
  }

  // ---- what users ask of the connection ------------------------------------------------------

  get remoteAddress() {
    return this[kTransport].remoteAddress;
  }

  get remotePort() {
    return this[kTransport].remotePort;
  }

  get remoteFamily() {
    return this[kTransport].remoteFamily;
  }

  get localAddress() {
    return this[kTransport].localAddress;
  }

  get localPort() {
    return this[kTransport].localPort;
  }

  get localFamily() {
    return this[kTransport].localFamily;
  }

  get pending() {
    return this[kTransport].pending;
  }

  get readyState() {
    return this[kTransport].readyState;
  }

  get _handle() {
    const transport = this[kTransport];
    if (transport instanceof net.Socket) return transport._handle;
    // Over another stream, Node's handle is a TLS wrap whose parent wraps that stream in a
    // JSStreamSocket; packages reach through it for that class (http2-wrapper does).
    if (this.destroyed) return null;
    return { _parentWrap: Object.create(require('internal/js_stream_socket').prototype) };
  }

  address() {
    return this[kTransport].address();
  }

  connect(...args) {
    this.connecting = true;
    this[kTransport].connect(...args);
    this[kTransport].once('connect', () => {
      this.connecting = false;
      this.emit('connect');
    });
    return this;
  }

  setTimeout(msecs, callback) {
    this[kTransport].setTimeout(msecs);
    if (callback) {
      if (msecs === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    this.timeout = msecs;
    return this;
  }

  setNoDelay(noDelay) {
    this[kTransport].setNoDelay?.(noDelay);
    return this;
  }

  setKeepAlive(enable, initialDelay) {
    this[kTransport].setKeepAlive?.(enable, initialDelay);
    return this;
  }

  ref() {
    this[kTransport].ref?.();
    return this;
  }

  unref() {
    this[kTransport].unref?.();
    return this;
  }

  getPeerCertificate(detailed) {
    const peers = this[kInfo]?.[4];
    if (!peers || peers.length === 0) return this[kInfo] ? {} : null;
    return peerCertificate(peers, Boolean(detailed));
  }

  getCertificate() {
    if (this[kSession] === null) return null;
    const own = firstCertificate(this[kOwnCertificates]);
    return own ? peerCertificate([own], false) : {};
  }

  getCipher() {
    const info = this[kInfo];
    if (!info) return undefined;
    const version = info[2].startsWith('TLS_AES') || info[2].startsWith('TLS_CHACHA20') ? 'TLSv1.3' : 'TLSv1.2';
    return { name: info[1], standardName: info[2], version };
  }

  getProtocol() {
    return this[kInfo] ? this[kInfo][0] : null;
  }

  /** The session to resume this connection's with (`tls.connect`'s `session`), if any yet. */
  getSession() {
    if (this[kSession] === null) return undefined;
    return this[kLastSession] ?? (this.isSessionReused() ? this[kOptions].session : undefined);
  }

  getTLSTicket() {
    return undefined;
  }

  /**
   * The ephemeral key exchange's group as OpenSSL names it (clients only, as in Node): `{}`
   * before the handshake, null on a server or once the socket is gone.
   */
  getEphemeralKeyInfo() {
    if (this[kOptions].isServer || this.destroyed) return null;
    const group = this[kInfo]?.[8];
    return group === undefined ? {} : { type: 'ECDH', ...ephemeralGroups[group] };
  }

  isSessionReused() {
    return this[kInfo]?.[7] === true;
  }

  setServername(name) {
    if (typeof name !== 'string') throw require('internal/errors').invalidArgType('name', 'string', name);
    if (this[kOptions].isServer) throw codedError(Error, 'ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket');
    this[kOptions].servername = name;
  }

  /** Renegotiation never happens: TLS 1.3 has none and this TLS 1.2 refuses it. */
  disableRenegotiation() {}
}

module.exports = { TLSSocket };
