'use strict';
// `node:net`: TCP and Unix-domain servers and sockets. A Socket is a Duplex over a native
// socket stream (runtime/src/ops/net.rs) that reads while the stream wants data and reports
// each write's end; a Server accepts on the event loop and hands each connection over.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { Duplex } = require('stream');
const { chunkBytes } = require('internal/streams/common');
const {
  addressError, codedError, errnoException, errnoInfo, invalidArgType, invalidArgValue, outOfRange, validateAbortSignal,
  validateFunction, validateInteger, validateNumber, validatePort, validateString,
} = require('internal/errors');

// ---- addresses -------------------------------------------------------------------------------

const v4Part = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Text = `(?:${v4Part}\\.){3}${v4Part}`;
const v6Part = '(?:[0-9a-fA-F]{1,4})';
// Every way eight groups may be written: in full, with '::' standing for zeros, and with an
// IPv4 address in the last 32 bits; a zone may follow.
const v6Text = [
  `(?:${v6Part}:){7}(?:${v6Part}|:)`,
  `(?:${v6Part}:){6}(?:${v4Text}|:${v6Part}|:)`,
  `(?:${v6Part}:){5}(?::${v4Text}|(?::${v6Part}){1,2}|:)`,
  `(?:${v6Part}:){4}(?:(?::${v6Part}){0,1}:${v4Text}|(?::${v6Part}){1,3}|:)`,
  `(?:${v6Part}:){3}(?:(?::${v6Part}){0,2}:${v4Text}|(?::${v6Part}){1,4}|:)`,
  `(?:${v6Part}:){2}(?:(?::${v6Part}){0,3}:${v4Text}|(?::${v6Part}){1,5}|:)`,
  `(?:${v6Part}:){1}(?:(?::${v6Part}){0,4}:${v4Text}|(?::${v6Part}){1,6}|:)`,
  `(?::(?:(?::${v6Part}){0,5}:${v4Text}|(?::${v6Part}){1,7}|:))`,
].join('|');
const IPv4 = new RegExp(`^${v4Text}$`);
const IPv6 = new RegExp(`^(?:${v6Text})(?:%[0-9a-zA-Z-.:]{1,})?$`);

function isIPv4(input) {
  return IPv4.test(`${input}`);
}

function isIPv6(input) {
  return IPv6.test(`${input}`);
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

// ---- errors ----------------------------------------------------------------------------------

/** A host that could not be resolved: `getaddrinfo ENOTFOUND host`. */
function lookupError(code, host) {
  const err = new Error(`getaddrinfo ${code} ${host}`);
  err.errno = code === 'ENOTFOUND' ? -3008 : errnoInfo(code).errno;
  err.code = code;
  err.syscall = 'getaddrinfo';
  err.hostname = host;
  return err;
}

// ---- Socket ----------------------------------------------------------------------------------

const kId = Symbol('kId');
const kWrites = Symbol('kWrites');
const kNextWrite = Symbol('kNextWrite');
const kTimeout = Symbol('kTimeout');
const kInfo = Symbol('kInfo');
const kShutdown = Symbol('kShutdown');
const kRefed = Symbol('kRefed');
// What the native stream was last told about keeping the process alive, and whether it reads.
const kActive = Symbol('kActive');
const kReading = Symbol('kReading');
const kReleased = Symbol('kReleased');
const kShared = Symbol('kShared');
// Set when connect()'s own lookup function found the address (and said so in 'lookup').
const kLookedUp = Symbol('kLookedUp');
const kPeerSeen = Symbol('kPeerSeen');
// The id of a server whose listening socket is the cluster primary's.
const kSharedId = -1;

class Socket extends Duplex {
  constructor(options = {}) {
    if (typeof options === 'number') options = { fd: options };
    else if (options === null || typeof options !== 'object') options = {};
    if (options.fd !== undefined) {
      validateInteger(options.fd, 'fd', 0, 2 ** 31 - 1);
      throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'Sockets over an existing descriptor are not supported');
    }
    super({ ...options, allowHalfOpen: Boolean(options.allowHalfOpen), emitClose: false, autoDestroy: true, decodeStrings: false });
    this.connecting = false;
    this._hadError = false;
    this._host = null;
    this.server = null;
    this._server = null;
    this[kId] = null;
    this[kWrites] = new Map();
    this[kNextWrite] = 0;
    this[kTimeout] = null;
    this[kInfo] = {};
    this[kPeerSeen] = false;
    this[kShutdown] = null;
    this[kRefed] = true;
    this[kActive] = true;
    this[kReading] = true;
    this.bytesRead = 0;
    this._bytesDispatched = 0;
    // Without half-open, the end of the input ends the output too (Duplex does the end()).
    this.on('end', () => {
      if (!this.allowHalfOpen) this.write = writeAfterEnd;
    });
  }

  get bytesWritten() {
    return this._bytesDispatched;
  }

  /** Deprecated alias of writableLength, while the socket has its descriptor. */
  get bufferSize() {
    return this[kId] === null ? undefined : this.writableLength;
  }

  get pending() {
    return this[kId] === null || this.connecting;
  }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  get remoteAddress() {
    return this.#peer().remoteAddress;
  }

  get remotePort() {
    return this.#peer().remotePort;
  }

  get remoteFamily() {
    return this.#peer().remoteFamily;
  }

  get localAddress() {
    return this.#sock().localAddress;
  }

  get localPort() {
    return this.#sock().localPort;
  }

  get localFamily() {
    return this.#sock().localFamily;
  }

  /** The peer's address, as Node's _getpeername: once read while connected, also known after the close. */
  #peer() {
    if (this[kId] !== null && !this.connecting) this[kPeerSeen] = true;
    return this[kPeerSeen] ? this[kInfo] : {};
  }

  /** The local address, as Node's _getsockname: only while the socket is open. */
  #sock() {
    return this[kId] === null ? {} : this[kInfo];
  }

  get _handle() {
    return this[kId] === null ? null : { fd: -1 };
  }

  address() {
    const { localAddress, localPort, localFamily } = this.#sock();
    if (localAddress === undefined) return {};
    return { address: localAddress, family: localFamily, port: localPort };
  }

  connect(...args) {
    const [options, callback] = connectArgs(args);
    if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
    this[kLookedUp] = false;
    if (this.destroyed) {
      this._undestroy();
      this[kId] = null;
      // A new connection counts its own bytes, as Node's new handle does.
      this.bytesRead = 0;
      this._bytesDispatched = 0;
    }
    this[kInfo] = {};
    this[kPeerSeen] = false;
    if (callback) this.once('connect', callback);
    this.connecting = true;
    let target;
    // An empty or null path means none (agents pass `path: null`).
    if (options.path) {
      validateString(options.path, 'options.path');
      target = { path: options.path };
      this[kInfo] = { path: target.path };
    } else {
      // Checked in the order of Node's lookupAndConnect.
      const host = options.host || 'localhost';
      const { localAddress, localPort } = options;
      if (localAddress && isIP(localAddress) === 0) {
        throw codedError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${localAddress}`);
      }
      if (localPort) validateNumber(localPort, 'options.localPort');
      const port = validatePort(options.port, 'Port');
      if (options.autoSelectFamily !== undefined && options.autoSelectFamily !== null && typeof options.autoSelectFamily !== 'boolean') {
        throw invalidArgType('options.autoSelectFamily', 'boolean', options.autoSelectFamily);
      }
      this._host = host;
      target = { host, port };
      if (localAddress) {
        target.localAddress = localAddress;
        if (localPort) target.localPort = localPort;
      }
      // An IP address is used as it is: no lookup, and the family option does not apply.
      if (isIP(host) === 0) {
        const family = socketToDnsFamily(options.family);
        if (options.lookup !== undefined && options.lookup !== null) {
          validateFunction(options.lookup, 'options.lookup');
          this.#lookupAndConnect(options.lookup, target, family, options);
          return this;
        }
        // What dns.lookup would throw.
        if (typeof host !== 'string') throw invalidArgType('hostname', 'string', host);
        if (family !== undefined && family !== null && family !== 0) {
          if (family !== 4 && family !== 6) throw invalidArgValue('options.family', family, 'must be one of: 0, 4, 6');
          target.family = family;
        }
      }
    }
    this.#open(target);
    return this;
  }

  #open(target) {
    this[kId] = ops.netConnect(target, (event) => this.#event(event));
    this.#opened();
  }

  /** A new native stream: it reads and, until told otherwise, keeps the process alive. */
  #opened() {
    this[kActive] = true;
    this[kReading] = true;
    this.#syncRef();
  }

  /**
   * Keeps the process alive as libuv does: a connect, write or shutdown under way does, even
   * when the socket is unref'd (those are requests, not the handle); reading does while the
   * socket is ref'd (not after the end of the input, nor while backpressure stops it).
   */
  #syncRef() {
    const id = this[kId];
    if (id === null) return;
    const requests = this.connecting || this[kWrites].size > 0 || this[kShutdown] !== null;
    const active = requests || (this[kRefed] && this[kReading]);
    if (active !== this[kActive]) {
      this[kActive] = active;
      ops.streamRef(id, active);
    }
  }

  /** connect()'s `lookup` option: that function finds the address, as Node's lookupAndConnect. */
  #lookupAndConnect(lookup, target, family, options) {
    const { host, port } = target;
    const dnsopts = { family, hints: options.hints || 0 };
    if (family !== 4 && family !== 6 && dnsopts.hints === 0) dnsopts.hints = require('dns').ADDRCONFIG;
    const autoSelect = options.autoSelectFamily ?? autoSelectFamily;
    const all = family !== 4 && family !== 6 && !target.localAddress && autoSelect;
    if (all) dnsopts.all = true;
    this[kLookedUp] = true;
    const fail = (err) => process.nextTick(() => this.destroy(err));
    const connectTo = (ip, addressType) => {
      if (isIP(ip) === 0) fail(codedError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${ip}`));
      else if (addressType !== 4 && addressType !== 6) fail(codedError(RangeError, 'ERR_INVALID_ADDRESS_FAMILY', `Invalid address family: ${addressType} ${host}:${port}`));
      else this.#open({ ...target, host: ip });
    };
    lookup(host, dnsopts, (err, ip, addressType) => {
      if (!all) {
        this.emit('lookup', err, ip, addressType, host);
        if (!this.connecting) return;
        if (err) fail(err);
        else connectTo(ip, addressType);
        return;
      }
      if (!this.connecting) return;
      if (err) {
        this.emit('lookup', err, undefined, undefined, host);
        fail(err);
        return;
      }
      // All the addresses: each is announced. Node tries the valid ones, families alternating;
      // the first of them is tried here.
      const addresses = ip;
      let first;
      for (let i = 0; i < addresses.length; i++) {
        const { address, family: type } = addresses[i];
        this.emit('lookup', null, address, type, host);
        if (!this.connecting) return;
        if (first === undefined && isIP(address) !== 0 && (type === 4 || type === 6)) first = addresses[i];
      }
      if (first !== undefined) connectTo(first.address, first.family);
      else if (addresses.length > 0) connectTo(addresses[0].address, addresses[0].family);
    });
  }

  /** Takes over a connected descriptor another process sent (child.send(message, socket)). */
  _adoptDescriptor(fd) {
    const result = ops.netAdoptFd(fd, (event) => this.#event(event));
    if (typeof result === 'string') throw errnoException('adopt', result);
    const [id, localAddress, localPort, remoteAddress, remotePort, remoteFamily] = result;
    this[kInfo] = { localAddress, localPort, localFamily: remoteFamily, remoteAddress, remotePort, remoteFamily };
    this[kId] = id;
    this.#opened();
    this.read(0);
    return this;
  }

  /** A copy of this connection's descriptor, to send to another process. */
  _descriptor() {
    return this[kId] === null ? 'EBADF' : ops.netHandleFd(this[kId], false);
  }

  /** Closes this process's copy of a connection sent to another process: no FIN, no RST. */
  _release() {
    this[kReleased] = true;
    this.destroy();
  }

  /** Takes over a connection a server accepted. */
  _adopt(token, info, paused) {
    this[kInfo] = info;
    this[kId] = ops.netAdopt(token, (event) => this.#event(event));
    this.#opened();
    if (paused) this.pause();
    else this.read(0);
  }

  #event(event) {
    switch (event[0]) {
      case 'connect': {
        const [, localAddress, localPort, remoteAddress, remotePort, remoteFamily] = event;
        if (this[kInfo].path === undefined) {
          this[kInfo] = { localAddress, localPort, localFamily: remoteFamily, remoteAddress, remotePort, remoteFamily };
          if (this._host !== null && isIP(this._host) === 0 && !this[kLookedUp]) {
            this.emit('lookup', null, remoteAddress, remoteFamily === 'IPv6' ? 6 : 4, this._host);
          }
        }
        this.connecting = false;
        this.#syncRef();
        this._unrefTimer();
        // Reading starts at once (the end of the input is noticed even with no reader yet).
        if (!this.isPaused()) this.read(0);
        this.emit('connect');
        this.emit('ready');
        break;
      }
      case 'data': {
        const bytes = event[1];
        this.bytesRead += bytes.byteLength;
        this._unrefTimer();
        if (!this.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) && this[kId] !== null) {
          ops.netFlow(this[kId], false);
          this[kReading] = false;
          this.#syncRef();
        }
        break;
      }
      case 'end':
        this[kReading] = false;
        this.#syncRef();
        this.push(null);
        // 'end' comes even when nothing reads the socket, once what was read is consumed.
        this.read(0);
        break;
      case 'written': {
        const [, seq, code] = event;
        const pending = this[kWrites].get(seq);
        if (pending === undefined) break;
        this[kWrites].delete(seq);
        this._unrefTimer();
        this.#syncRef();
        pending(code === undefined ? null : addressError(code, 'write'));
        break;
      }
      case 'shutdown': {
        const done = this[kShutdown];
        this[kShutdown] = null;
        this.#syncRef();
        if (done) done();
        break;
      }
      case 'error': {
        const [, code, syscall, address, port] = event;
        this.connecting = false;
        let err;
        if (syscall === 'getaddrinfo') {
          err = lookupError(code, address);
          this.emit('lookup', err, undefined, undefined, address);
        } else {
          err = addressError(code, syscall, address, port);
        }
        this.destroy(err);
        break;
      }
      default:
        break;
    }
  }

  /** Activity: the idle timers of this socket and of the sockets it wraps (`_parent`) start
   * again. Node's name; sockets over other streams call it on their own I/O. */
  _unrefTimer() {
    for (let socket = this; socket != null; socket = socket._parent) socket[kTimeout]?.refresh();
  }

  _read() {
    if (this.connecting || this[kId] === null) {
      this.once('connect', () => this._read());
      return;
    }
    ops.netFlow(this[kId], true);
    if (!this._readableState.ended) {
      this[kReading] = true;
      this.#syncRef();
    }
  }

  _write(chunk, encoding, callback) {
    if (this.connecting) {
      this.once('connect', () => this._write(chunk, encoding, callback));
      return;
    }
    if (this[kId] === null) {
      callback(codedError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
      return;
    }
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    const seq = this[kNextWrite]++;
    this._bytesDispatched += bytes.byteLength;
    this.#settleWrite(ops.netWrite(this[kId], seq, bytes), seq, callback);
  }

  /** What netWrite/netWritev answered for write `seq`. */
  #settleWrite(outcome, seq, callback) {
    // Written at once (the common case), as libuv does: the callback comes now.
    if (outcome === true) {
      this._unrefTimer();
      callback(null);
    } else if (typeof outcome === 'string') {
      callback(addressError(outcome, 'write'));
    } else {
      this[kWrites].set(seq, callback);
      this.#syncRef();
    }
  }

  // Chunks that waited together (a corked HTTP head and body) go out as one vectored write.
  _writev(chunks, callback) {
    if (this.connecting) {
      this.once('connect', () => this._writev(chunks, callback));
      return;
    }
    if (this[kId] === null) {
      callback(codedError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
      return;
    }
    const views = chunkBytes(chunks);
    const seq = this[kNextWrite]++;
    for (const view of views) this._bytesDispatched += view.byteLength;
    this.#settleWrite(ops.netWritev(this[kId], seq, views), seq, callback);
  }

  _final(callback) {
    if (this.pending) {
      if (this[kId] === null) {
        callback();
        return;
      }
      this.once('connect', () => this._final(callback));
      return;
    }
    this[kShutdown] = callback;
    this.#syncRef();
    ops.netShutdown(this[kId]);
  }

  _destroy(err, callback) {
    // While its own lookup runs, a socket has no stream yet but counts as having a handle.
    const hadHandle = this[kId] !== null || this.connecting;
    this.connecting = false;
    clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
    const hadError = Boolean(err);
    const id = this[kId];
    if (id !== null) {
      ops.netClose(id, this.resetAndClosing === true, this[kReleased] === true);
      this[kId] = null;
      for (const pending of this[kWrites].values()) pending(codedError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
      this[kWrites].clear();
    }
    callback(err);
    // The descriptor closes on the loop's next turn, then 'close' comes. With no descriptor,
    // Node emits 'close' with no argument on the next tick.
    if (!hadHandle) process.nextTick(() => this.emit('close'));
    else setImmediate(() => this.emit('close', hadError));
    if (this._server) {
      this._server._connections--;
      this._server._emitCloseIfDrained();
    }
  }

  resetAndDestroy() {
    if (this[kId] === null && !this.connecting) return this.destroy(codedError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    if (this.connecting) {
      this.once('connect', () => this.resetAndDestroy());
      return this;
    }
    this.resetAndClosing = true;
    return this.destroy();
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  }

  setTimeout(msecs, callback) {
    validateNumber(msecs, 'msecs');
    if (msecs < 0 || !Number.isFinite(msecs)) throw outOfRange('msecs', 'a non-negative finite number', msecs);
    clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
    if (msecs === 0) {
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.removeListener('timeout', callback);
      }
    } else {
      this[kTimeout] = setTimeout(() => this.emit('timeout'), msecs).unref();
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.once('timeout', callback);
      }
    }
    this.timeout = msecs;
    return this;
  }

  setNoDelay(noDelay = true) {
    // Before the connection exists, the option waits for it.
    if (this.connecting) this.once('connect', () => this.setNoDelay(noDelay));
    else if (this[kId] !== null) ops.netSetNoDelay(this[kId], Boolean(noDelay));
    return this;
  }

  setKeepAlive(enable = false, initialDelay = 0) {
    if (this.connecting) this.once('connect', () => this.setKeepAlive(enable, initialDelay));
    else if (this[kId] !== null) ops.netSetKeepAlive(this[kId], Boolean(enable), Math.floor(~~(initialDelay / 1000)));
    return this;
  }

  ref() {
    this[kRefed] = true;
    this.#syncRef();
    return this;
  }

  unref() {
    this[kRefed] = false;
    this.#syncRef();
    return this;
  }
}

function writeAfterEnd(chunk, encoding, callback) {
  if (typeof encoding === 'function') callback = encoding;
  const err = codedError(Error, 'EPIPE', 'This socket has been ended by the other party');
  err.code = 'EPIPE';
  process.nextTick(() => {
    this.destroy(err);
    if (typeof callback === 'function') callback(err);
  });
  return false;
}

/** Node's socketToDnsFamily: the family option as dns.lookup takes it. */
function socketToDnsFamily(family) {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return family;
}

/** connect()'s arguments as `[options, callback]`: (options), (port, host), (path). */
function connectArgs(args) {
  let options;
  if (args.length === 0) {
    options = {};
  } else if (args[0] !== null && typeof args[0] === 'object') {
    options = args[0];
  } else if (typeof args[0] === 'string' && Number.isNaN(Number(args[0]))) {
    options = { path: args[0] };
  } else {
    options = { port: args[0] };
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const last = args[args.length - 1];
  const callback = typeof last === 'function' ? last : undefined;
  if (!options.path) {
    if (options.port === undefined || options.port === null) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
    }
    if (typeof options.port !== 'number' && typeof options.port !== 'string') {
      throw invalidArgType('options.port', ['number', 'string'], options.port);
    }
  }
  return [options, callback];
}

function connect(...args) {
  const [options] = connectArgs(args);
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  socket.connect(...args);
  if (options.noDelay) socket.setNoDelay(true);
  if (options.keepAlive) socket.setKeepAlive(true, options.keepAliveInitialDelay);
  return socket;
}

// ---- Server ----------------------------------------------------------------------------------

class Server extends EventEmitter {
  constructor(options, connectionListener) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
    } else if (options === undefined || options === null) {
      options = {};
    } else if (typeof options !== 'object') {
      throw invalidArgType('options', 'Object', options);
    }
    if (connectionListener) this.on('connection', connectionListener);
    this._connections = 0;
    this._usingWorkers = false;
    this._workers = [];
    this._unref = false;
    this.allowHalfOpen = options.allowHalfOpen || false;
    this.pauseOnConnect = !!options.pauseOnConnect;
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
    this.highWaterMark = options.highWaterMark;
    this.maxConnections = undefined;
    this[kId] = null;
    this[kInfo] = null;
  }

  get listening() {
    return this[kId] !== null;
  }

  /** Node's handle, for code that looks whether one is there. */
  get _handle() {
    return this[kId] === null ? null : { fd: -1 };
  }

  listen(...args) {
    const callback = typeof args[args.length - 1] === 'function' ? args[args.length - 1] : undefined;
    // Node's normalizeArgs: an options object, a pipe name, or a port with a host.
    let options;
    if (args.length === 0 || typeof args[0] === 'function') {
      options = {};
    } else if (args[0] !== null && typeof args[0] === 'object') {
      options = args[0];
    } else if (isPipeName(args[0])) {
      options = { path: args[0] };
    } else {
      options = { port: args[0] };
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    if (this[kId] !== null) {
      throw codedError(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
    }
    if (callback) this.once('listening', callback);
    // (port, backlog) or (path, backlog) or (port, host, backlog).
    const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
    if (options.handle !== undefined || options._handle !== undefined || (typeof options.fd === 'number' && options.fd >= 0)) {
      throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'Listening on an existing handle is not supported');
    }
    this.#closeOnAbort(options.signal);
    this._exclusive = Boolean(options.exclusive);
    // No port, or one given as undefined or null: any free port (Node writes it into the options).
    if (args.length === 0 || typeof args[0] === 'function' || (options.port === undefined && 'port' in options) || options.port === null) {
      options.port = 0;
    }
    if (typeof options.port === 'number' || typeof options.port === 'string') {
      const port = validatePort(options.port, 'options.port');
      const backlog = options.backlog || backlogFromArgs || 511;
      if (!options.host) {
        this.#bind({ port }, backlog);
      } else {
        // A host is looked up first, as in Node: the listening comes later.
        const host = `${options.host}`;
        process.nextTick(() => this.#bind({ host: resolveHost(host), port }, backlog));
      }
      return this;
    }
    if (options.path && isPipeName(options.path)) {
      this.#bind({ path: options.path }, options.backlog || backlogFromArgs || 511);
      return this;
    }
    if (!('port' in options || 'path' in options)) {
      throw invalidArgValue('options', options, 'must have the property "port" or "path"');
    }
    throw invalidArgValue('options', options);
  }

  /** listen()'s `signal`: aborting it closes the server. */
  #closeOnAbort(signal) {
    if (signal === undefined) return;
    validateAbortSignal(signal, 'options.signal');
    const onAbort = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }

  /** Accepts on a listening descriptor another process sent (child.send(message, server)). */
  _listenOnDescriptor(fd) {
    const result = ops.netListenFd(fd, (event) => this.#event(event));
    if (typeof result[0] === 'string') throw errnoException('listen', result[0]);
    const [id, address, port, family] = result;
    this[kId] = id;
    this[kInfo] = address === undefined ? '' : { address, family, port };
    if (this._unref) ops.streamRef(id, false);
    return this;
  }

  /** A copy of the listening descriptor, to send to another process. */
  _descriptor() {
    return this[kId] === null || this[kId] === kSharedId ? 'EBADF' : ops.netHandleFd(this[kId], true);
  }

  #bind(target, backlog) {
    if (require('internal/cluster_state').isWorker && !this._exclusive) {
      this.#bindShared(target);
      return;
    }
    const result = ops.netListen(target, backlog, (event) => this.#event(event));
    if (typeof result[0] === 'string') {
      const [code, address, port] = result;
      const err = addressError(code, 'listen', address, port, true);
      process.nextTick(() => this.emit('error', err));
      return;
    }
    const [id, address, port, family] = result;
    this[kId] = id;
    this[kInfo] = target.path !== undefined ? target.path : { address, family, port };
    if (this._unref) ops.streamRef(id, false);
    process.nextTick(() => {
      if (this[kId] === id) this.emit('listening');
    });
  }

  #event(event) {
    if (event[0] !== 'connection') return;
    const [, token, remoteAddress, remotePort, remoteFamily, localAddress, localPort] = event;
    if (this.maxConnections !== undefined && this._connections >= this.maxConnections) {
      ops.netReject(token);
      this.emit('drop', { localAddress, localPort, localFamily: remoteFamily, remoteAddress, remotePort, remoteFamily });
      return;
    }
    const socket = new Socket({ allowHalfOpen: this.allowHalfOpen, highWaterMark: this.highWaterMark });
    const info = typeof this[kInfo] === 'string'
      ? { path: this[kInfo] }
      : { localAddress, localPort, localFamily: remoteFamily, remoteAddress, remotePort, remoteFamily };
    socket._adopt(token, info, this.pauseOnConnect);
    this.#connected(socket);
  }

  #connected(socket) {
    socket.server = this;
    socket._server = this;
    this._connections++;
    if (this.noDelay) socket.setNoDelay(true);
    if (this.keepAlive) socket.setKeepAlive(true, this.keepAliveInitialDelay * 1000);
    this.emit('connection', socket);
  }

  /** A connection of a server shared through the cluster's primary. */
  _acceptShared(socket) {
    if (this.maxConnections !== undefined && this._connections >= this.maxConnections) {
      socket.destroy();
      return;
    }
    if (this.allowHalfOpen) socket.allowHalfOpen = true;
    if (this.pauseOnConnect) socket.pause();
    this.#connected(socket);
  }

  /** In a cluster worker: the primary listens, and hands over the connections. */
  #bindShared(target) {
    const cluster = require('cluster');
    const addressType = target.path !== undefined ? -1 : target.host !== undefined && isIPv6(target.host) ? 6 : 4;
    const query = { address: target.host ?? null, port: target.port ?? 0, addressType, path: target.path };
    cluster._getServer(this, query, (errno, key, sockname, fd) => {
      if (errno) {
        this.emit('error', addressError(errno, 'bind', target.host ?? target.path, target.port, true));
        return;
      }
      if (typeof fd === 'number') {
        // Without round robin (SCHED_NONE): the primary's listening socket, accepted on here.
        this._listenOnDescriptor(fd);
        sockname = this[kInfo];
      } else {
        this[kId] = kSharedId;
      }
      this[kShared] = key;
      this[kInfo] = target.path !== undefined ? target.path : sockname;
      // The primary hears of it after the program's own 'listening' listeners ran, as in Node.
      process.nextTick(() => {
        this.emit('listening');
        cluster._listening({ addressType, address: sockname?.address ?? target.path, port: sockname?.port });
      });
    });
  }

  address() {
    if (this[kId] === null) return null;
    return typeof this[kInfo] === 'string' ? this[kInfo] : { ...this[kInfo] };
  }

  close(callback) {
    if (typeof callback === 'function') {
      if (this[kId] === null) {
        this.once('close', () => callback(codedError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.')));
      } else {
        this.once('close', callback);
      }
    }
    const shared = this[kShared];
    if (shared !== undefined) {
      this[kShared] = undefined;
      require('cluster')._serverClosed(shared);
    }
    if (this[kId] === kSharedId) {
      this[kId] = null;
    } else if (this[kId] !== null) {
      ops.netServerClose(this[kId]);
      // Node removes a Unix socket's file when its server closes (the primary's, when shared).
      if (typeof this[kInfo] === 'string' && shared === undefined) {
        try {
          require('fs').unlinkSync(this[kInfo]);
        } catch {
          // Already gone.
        }
      }
      this[kId] = null;
    }
    this._emitCloseIfDrained();
    return this;
  }

  _emitCloseIfDrained() {
    if (this[kId] !== null || this._connections > 0) return;
    process.nextTick(() => this.emit('close'));
  }

  getConnections(callback) {
    process.nextTick(callback, null, this._connections);
    return this;
  }

  ref() {
    this._unref = false;
    if (this[kId] !== null && this[kId] !== kSharedId) ops.streamRef(this[kId], true);
    return this;
  }

  unref() {
    this._unref = true;
    if (this[kId] !== null && this[kId] !== kSharedId) ops.streamRef(this[kId], false);
    return this;
  }

  [Symbol.asyncDispose]() {
    if (this[kId] === null) return Promise.resolve();
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }
}

/** A string that is not a number names a Unix socket. */
function isPipeName(value) {
  return typeof value === 'string' && toNumber(value) === false;
}

/** Node's toNumber for listen()'s arguments: a number >= 0, or false. */
function toNumber(value) {
  return (value = Number(value)) >= 0 ? value : false;
}

/** A host name as an address to bind: the first the system's resolver gives. */
function resolveHost(host) {
  if (isIP(host) !== 0) return host;
  if (host === 'localhost') return '127.0.0.1';
  return host;
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

const { BlockList, SocketAddress } = require('internal/net_addresses');

/** Builds a class into a plain function, as Node's Server and Socket are: callable without `new`. */
function callable(cls, make) {
  make.prototype = cls.prototype;
  Object.defineProperty(cls.prototype, 'constructor', { value: make, writable: true, configurable: true });
  Object.setPrototypeOf(make, cls);
  return make;
}

function construct(cls, args, target) {
  return target ? Reflect.construct(cls, args, target) : new cls(...args);
}

const classes = { Server, Socket };
// Named as the classes, so that stack traces say `Server.listen` as Node's do.
const ServerFunction = callable(Server, function Server(...args) {
  return construct(classes.Server, args, new.target);
});
const SocketFunction = callable(Socket, function Socket(...args) {
  return construct(classes.Socket, args, new.target);
});

module.exports = {
  BlockList,
  SocketAddress,
  Server: ServerFunction,
  Socket: SocketFunction,
  Stream: SocketFunction,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily: () => autoSelectFamily,
  setDefaultAutoSelectFamily(value) {
    if (typeof value !== 'boolean') throw invalidArgType('value', 'boolean', value);
    autoSelectFamily = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout: () => autoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateInteger(value, 'value', 1, 2 ** 31 - 1);
    autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
  },
};
