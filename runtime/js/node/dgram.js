'use strict';
// The `dgram` module: UDP sockets. A socket is bound on first use (bind, send or connect);
// sends made while it binds wait for it, as in Node.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  addressError, codedError, errnoException, invalidArgType, systemError, validateAbortSignal, validateFunction,
  validateInteger, validateNumber, validatePort, validateString,
} = require('internal/errors');

const UNBOUND = 0;
const BINDING = 1;
const BOUND = 2;

const kState = Symbol('kState');

/** Whether this process is a cluster worker (without loading the cluster module otherwise). */
function isClusterWorker() {
  return require('internal/cluster_state').isWorker === true;
}

function notRunning() {
  return codedError(Error, 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running');
}

function bufferSizeError(which, code) {
  return systemError('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', {
    syscall: `uv_${which}_buffer_size`,
    errnoCode: code,
  });
}

function outOfBounds(name) {
  return codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', `"${name}" is outside of buffer bounds`);
}

/** The message as one Buffer: a string, bytes, or a list of those; a slice when asked. */
function messageBytes(msg, offset, length) {
  if (Array.isArray(msg)) {
    return Buffer.concat(msg.map((part) => {
      if (typeof part === 'string') return Buffer.from(part);
      if (ArrayBuffer.isView(part)) return Buffer.from(part.buffer, part.byteOffset, part.byteLength);
      throw invalidArgType('buffer list arguments', ['Buffer', 'TypedArray', 'DataView', 'string'], msg);
    }));
  }
  let bytes;
  if (typeof msg === 'string') bytes = Buffer.from(msg);
  else if (ArrayBuffer.isView(msg)) bytes = Buffer.from(msg.buffer, msg.byteOffset, msg.byteLength);
  else throw invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], msg);
  if (offset === undefined) return bytes;
  const start = offset >>> 0;
  const size = length >>> 0;
  if (start > bytes.length) throw outOfBounds('offset');
  if (start + size > bytes.length) throw outOfBounds('length');
  return bytes.subarray(start, start + size);
}

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    let options = {};
    if (type !== null && typeof type === 'object') {
      options = type;
      type = options.type;
      if (options.recvBufferSize) validateInteger(options.recvBufferSize, 'options.recvBufferSize', 0, 2 ** 32 - 1);
      if (options.sendBufferSize) validateInteger(options.sendBufferSize, 'options.sendBufferSize', 0, 2 ** 32 - 1);
    }
    // Checked in the order of Node's newHandle.
    if (options.lookup !== undefined) validateFunction(options.lookup, 'lookup');
    if (type !== 'udp4' && type !== 'udp6') {
      throw codedError(TypeError, 'ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6');
    }
    this.type = type;
    if (typeof listener === 'function') this.on('message', listener);
    this[kState] = {
      id: null,
      bindState: UNBOUND,
      connectState: UNBOUND,
      queue: [],
      reuseAddr: Boolean(options.reuseAddr),
      reusePort: Boolean(options.reusePort),
      ipv6Only: Boolean(options.ipv6Only),
      recvBufferSize: options.recvBufferSize,
      sendBufferSize: options.sendBufferSize,
      lookup: options.lookup,
      local: null,
      refed: true,
      closed: false,
      nextSend: 0,
      waiting: new Map(),
      waitingBytes: 0,
    };
    if (options.signal !== undefined) {
      const { signal } = options;
      validateAbortSignal(signal, 'options.signal');
      const onAbort = () => {
        if (!this[kState].closed) this.close();
      };
      if (signal.aborted) onAbort();
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
  }

  #lookup(address, callback) {
    const family = this.type === 'udp4' ? 4 : 6;
    const lookup = this[kState].lookup || require('dns').lookup;
    // What dns.lookup throws for a name that is not a string.
    if (address && typeof address !== 'string' && !this[kState].lookup) throw invalidArgType('hostname', 'string', address);
    if (!address) address = family === 4 ? '127.0.0.1' : '::1';
    lookup(address, { family }, callback);
  }

  #healthCheck() {
    if (this[kState].closed) throw notRunning();
  }

  bind(port, address, callback) {
    this.#healthCheck();
    const state = this[kState];
    if (state.bindState !== UNBOUND) {
      throw codedError(Error, 'ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound');
    }
    // From here on the socket is binding, even when an argument turns out bad (as in Node).
    state.bindState = BINDING;
    // The callback is the last argument, whatever comes before it: bind(cb) works too.
    callback = arguments.length ? arguments[arguments.length - 1] : undefined;
    if (typeof callback === 'function') {
      const onListening = () => {
        this.removeListener('error', onError);
        callback.call(this);
      };
      const onError = () => this.removeListener('listening', onListening);
      this.once('listening', onListening);
      this.once('error', onError);
    }
    let exclusive = false;
    if (port !== null && typeof port === 'object') {
      exclusive = Boolean(port.exclusive);
      // An existing descriptor (a positive int32) instead of a new socket.
      const { fd } = port;
      if (typeof fd === 'number' && fd > 0 && (fd | 0) === fd) {
        if (isClusterWorker() && !exclusive) {
          this.#bindShared({ address: null, port: null, addressType: this.type, fd });
          return this;
        }
        const kind = ops.guessHandle(fd);
        if (kind !== 'UDP') throw codedError(TypeError, 'ERR_INVALID_FD_TYPE', `Unsupported fd type: ${kind}`);
        this.#bound(ops.udpBind({ fd }, (event) => this.#event(event)), 'open');
        return this;
      }
      address = port.address || '';
      port = port.port;
    } else if (typeof address === 'function') {
      address = '';
    }
    // Node does not check the port: libuv takes it as a 32-bit number cut to 16 bits.
    port = (+(port || 0) >>> 0) & 0xffff;
    const any = this.type === 'udp4' ? '0.0.0.0' : '::';
    this.#lookup(address || any, (err, ip) => {
      if (state.closed) return;
      if (err) {
        state.bindState = UNBOUND;
        this.emit('error', err);
        return;
      }
      const options = {
        ipv6: this.type === 'udp6',
        address: ip,
        port,
        reuseAddr: state.reuseAddr,
        reusePort: state.reusePort,
        ipv6Only: state.ipv6Only,
        recvBufferSize: state.recvBufferSize,
        sendBufferSize: state.sendBufferSize,
      };
      // A cluster worker's socket is the primary's, shared by every worker that binds it.
      if (isClusterWorker() && !exclusive) this.#bindShared({ ...options, addressType: this.type, fd: -1 });
      else this.#bound(ops.udpBind(options, (event) => this.#event(event)), 'bind', ip, port);
    });
    return this;
  }

  /** Asks the cluster's primary for the socket, then takes over the descriptor it sends. */
  #bindShared(query) {
    const state = this[kState];
    const cluster = require('cluster');
    cluster._getServer(this, query, (errno, key, sockname, fd) => {
      if (state.closed) {
        if (typeof fd === 'number') ops.closeFd(fd);
        if (errno === null) cluster._serverClosed(key);
        return;
      }
      if (errno) {
        state.bindState = UNBOUND;
        this.emit('error', addressError(errno, 'bind', query.address, query.port));
        return;
      }
      state.shared = key;
      if (!this.#bound(ops.udpBind({ fd }, (event) => this.#event(event)), 'bind', query.address, query.port)) return;
      cluster._listening({ addressType: this.type, address: query.address, port: state.local.port });
    });
  }

  /** Takes what udpBind answered: the socket is bound and listening, or the bind failed. */
  #bound(result, syscall, ip, port) {
    const state = this[kState];
    if (typeof result[0] === 'string') {
      state.bindState = UNBOUND;
      const err = syscall === 'open' ? errnoException('open', result[0]) : addressError(result[0], syscall, ip, port);
      if (syscall === 'open') throw err;
      this.emit('error', err);
      return false;
    }
    const [id, localAddress, localPort, family] = result;
    state.id = id;
    state.local = { address: localAddress, family, port: localPort };
    state.bindState = BOUND;
    if (!state.refed) ops.streamRef(id, false);
    const queue = state.queue;
    state.queue = [];
    this.emit('listening');
    for (const job of queue) job();
    return true;
  }

  /** A copy of the socket's descriptor, to send to another process. */
  _descriptor() {
    const state = this[kState];
    return state.id === null ? 'EBADF' : ops.udpHandleFd(state.id);
  }

  #event(event) {
    const state = this[kState];
    switch (event[0]) {
      case 'message': {
        const [, bytes, address, port, family] = event;
        const msg = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        this.emit('message', msg, { address, family, port, size: msg.length });
        break;
      }
      case 'sent': {
        const [, seq, code] = event;
        const done = state.waiting.get(seq);
        state.waiting.delete(seq);
        if (done) done(code);
        break;
      }
      case 'error':
        this.emit('error', errnoException(event[2], event[1]));
        break;
      default:
        break;
    }
  }

  /** Runs `job` once bound, binding to a free port first if nobody bound the socket. */
  #whenBound(job) {
    const state = this[kState];
    if (state.bindState === BOUND) {
      job();
      return;
    }
    state.queue.push(job);
    if (state.bindState === UNBOUND) this.bind({ port: 0 });
  }

  send(buffer, offset, length, port, address, callback) {
    const state = this[kState];
    const connected = state.connectState === BOUND;
    // The forms: (msg, offset, length, port, address, cb) and (msg, port, address, cb), or
    // without port and address on a connected socket.
    let bytes;
    if (!connected) {
      if (address || (port && typeof port !== 'function')) {
        bytes = messageBytes(buffer, offset, length);
      } else {
        callback = port;
        port = offset;
        address = length;
        bytes = messageBytes(buffer);
      }
    } else {
      if (typeof length === 'number') {
        bytes = messageBytes(buffer, offset, length);
        if (typeof port === 'function') {
          callback = port;
          port = null;
        }
      } else {
        callback = offset;
        bytes = messageBytes(buffer);
      }
      if (port || address) throw codedError(Error, 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected');
    }
    if (!connected) port = validatePort(port, 'Port', false);
    if (typeof callback !== 'function') callback = undefined;
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address !== undefined && address !== null) {
      validateString(address, 'address');
    }
    this.#healthCheck();
    const list = bytes;
    this.#whenBound(() => {
      const deliver = (ip) => this.#sendNow(list, connected ? undefined : port, ip, callback);
      if (connected) {
        deliver(undefined);
        return;
      }
      this.#lookup(address, (err, ip) => {
        if (err) {
          if (callback) callback(err);
          else this.emit('error', err);
          return;
        }
        deliver(ip);
      });
    });
  }

  #sendNow(bytes, port, ip, callback) {
    const state = this[kState];
    if (state.closed) return;
    const seq = state.nextSend++;
    const outcome = ops.udpSend(state.id, seq, bytes, port, ip);
    const finish = (code) => {
      const err = code === undefined ? null : addressError(code, 'send', ip, port);
      if (callback) callback(err, err ? undefined : bytes.length);
      else if (err) this.emit('error', err);
    };
    if (outcome === true) process.nextTick(finish, undefined);
    else if (typeof outcome === 'string') process.nextTick(finish, outcome);
    else {
      state.waitingBytes += bytes.length;
      state.waiting.set(seq, (code) => {
        state.waitingBytes -= bytes.length;
        finish(code);
      });
    }
  }

  connect(port, address, callback) {
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = '';
    } else if (address === undefined) {
      address = '';
    }
    validateString(address, 'address');
    const state = this[kState];
    if (state.connectState !== UNBOUND) {
      throw codedError(Error, 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected');
    }
    state.connectState = BINDING;
    if (typeof callback === 'function') this.once('connect', callback);
    this.#whenBound(() => {
      this.#lookup(address, (err, ip) => {
        if (!err) {
          const code = ops.udpConnect(state.id, ip, port);
          if (code !== undefined) err = addressError(code, 'connect', address, port);
        }
        if (err) {
          state.connectState = UNBOUND;
          // As Node's doConnect: the callback, when given, gets the error instead of 'error'.
          process.nextTick(() => {
            if (typeof callback === 'function') {
              this.removeListener('connect', callback);
              callback(err);
            } else {
              this.emit('error', err);
            }
          });
          return;
        }
        state.connectState = BOUND;
        process.nextTick(() => this.emit('connect'));
      });
    });
  }

  disconnect() {
    const state = this[kState];
    if (state.connectState !== BOUND) {
      throw codedError(Error, 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
    }
    const code = ops.udpDisconnect(state.id);
    if (code !== undefined) throw errnoException('disconnect', code);
    state.connectState = UNBOUND;
  }

  close(callback) {
    const state = this[kState];
    if (typeof callback === 'function') this.on('close', callback);
    if (state.closed) throw notRunning();
    if (state.bindState === BINDING && state.id === null) {
      // Close once the bind ends, as Node does.
      state.closed = true;
      process.nextTick(() => this.emit('close'));
      return this;
    }
    state.closed = true;
    if (state.id !== null) ops.udpClose(state.id);
    if (state.shared !== undefined) require('cluster')._serverClosed(state.shared);
    state.id = null;
    state.bindState = UNBOUND;
    state.connectState = UNBOUND;
    process.nextTick(() => this.emit('close'));
    return this;
  }

  address() {
    this.#healthCheck();
    const state = this[kState];
    if (state.bindState !== BOUND) throw errnoException('getsockname', 'EBADF');
    return { ...state.local };
  }

  remoteAddress() {
    this.#healthCheck();
    const state = this[kState];
    if (state.connectState !== BOUND) {
      throw codedError(Error, 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
    }
    const result = ops.udpRemote(state.id);
    if (typeof result === 'string') throw errnoException('getpeername', result);
    const [address, port, family] = result;
    return { address, family, port };
  }

  #option(syscall, name, value, ...addresses) {
    this.#healthCheck();
    const state = this[kState];
    if (state.bindState !== BOUND) throw errnoException(syscall, 'EBADF');
    const result = ops.udpOption(state.id, name, value, ...addresses);
    if (typeof result === 'string') throw errnoException(syscall, result);
    return result;
  }

  setBroadcast(flag) {
    this.#option('setBroadcast', 'broadcast', flag ? 1 : 0);
  }

  setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    this.#option('setTTL', 'ttl', ttl);
    return ttl;
  }

  setMulticastTTL(ttl) {
    validateNumber(ttl, 'ttl');
    this.#option('setMulticastTTL', 'multicastTTL', ttl);
    return ttl;
  }

  setMulticastLoopback(flag) {
    this.#option('setMulticastLoopback', 'multicastLoopback', flag ? 1 : 0);
    return flag;
  }

  setMulticastInterface(interfaceAddress) {
    validateString(interfaceAddress, 'interfaceAddress');
    this.#option('setMulticastInterface', 'multicastInterface', undefined, interfaceAddress);
  }

  addMembership(multicastAddress, interfaceAddress) {
    if (!multicastAddress) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "multicastAddress" argument must be specified');
    }
    this.#option('addMembership', 'addMembership', undefined, multicastAddress, interfaceAddress);
  }

  dropMembership(multicastAddress, interfaceAddress) {
    if (!multicastAddress) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "multicastAddress" argument must be specified');
    }
    this.#option('dropMembership', 'dropMembership', undefined, multicastAddress, interfaceAddress);
  }

  addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    this.#option('addSourceSpecificMembership', 'addSourceSpecificMembership', undefined, sourceAddress, groupAddress, interfaceAddress);
  }

  dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    this.#option('dropSourceSpecificMembership', 'dropSourceSpecificMembership', undefined, sourceAddress, groupAddress, interfaceAddress);
  }

  #bufferSize(which, size) {
    const state = this[kState];
    if (state.bindState !== BOUND || state.closed) throw bufferSizeError(which, 'EBADF');
    const result = ops.udpOption(state.id, `${which}BufferSize`, size);
    if (typeof result === 'string') throw bufferSizeError(which, result);
    return result;
  }

  setRecvBufferSize(size) {
    validateNumber(size, 'size');
    this.#bufferSize('recv', size);
  }

  setSendBufferSize(size) {
    validateNumber(size, 'size');
    this.#bufferSize('send', size);
  }

  getRecvBufferSize() {
    return this.#bufferSize('recv');
  }

  getSendBufferSize() {
    return this.#bufferSize('send');
  }

  getSendQueueSize() {
    return this[kState].waitingBytes;
  }

  getSendQueueCount() {
    return this[kState].waiting.size;
  }

  ref() {
    const state = this[kState];
    state.refed = true;
    if (state.id !== null) ops.streamRef(state.id, true);
    return this;
  }

  unref() {
    const state = this[kState];
    state.refed = false;
    if (state.id !== null) ops.streamRef(state.id, false);
    return this;
  }

  [Symbol.asyncDispose]() {
    if (this[kState].closed) return Promise.resolve();
    return new Promise((resolve) => this.close(resolve));
  }
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

module.exports = { Socket, createSocket };
