'use strict';

// http.ClientRequest: an outgoing request on a socket from an Agent (or its own), with a
// response parser on that socket. Redirects are left to the caller, as in Node.

const net = require('net');
const { Buffer } = require('buffer');
const { URL, urlToHttpOptions } = require('url');
const { codedError, invalidArgType, validateInteger, validateNumber } = require('internal/errors');
const { OutgoingMessage, kOutHeaders, kNeedDrain, kUniqueHeaders } = require('internal/http_outgoing');
const { IncomingMessage } = require('internal/http_incoming');
const { HttpParser, MAX_HEADER_SIZE, checkIsHttpToken } = require('internal/http_common');
const agents = require('internal/http_agent');

const kError = Symbol('kError');
const kListeners = Symbol('kListeners');
const invalidPath = /[\u0000-\u0020]/;

function connReset(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw invalidArgType(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

function timerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be a non-negative finite number. Received ${msecs}`);
  }
  return msecs;
}

class ClientRequest extends OutgoingMessage {
  constructor(input, options, callback) {
    super();
    if (typeof input === 'string') {
      input = urlToHttpOptions(new URL(input));
    } else if (input instanceof URL) {
      input = urlToHttpOptions(input);
    } else {
      callback = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      callback = options;
      options = input || {};
    } else {
      options = Object.assign(input || {}, options);
    }

    let agent = options.agent;
    const defaultAgent = options._defaultAgent || agents.globalAgent;
    if (agent === false) {
      agent = new defaultAgent.constructor();
    } else if (agent === null || agent === undefined) {
      if (typeof options.createConnection !== 'function') agent = defaultAgent;
    } else if (typeof agent.addRequest !== 'function') {
      throw invalidArgType('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
    }
    this.agent = agent;

    const protocol = options.protocol || defaultAgent.protocol;
    const expectedProtocol = this.agent?.protocol || defaultAgent.protocol;
    if (options.path) {
      if (invalidPath.test(String(options.path))) {
        throw codedError(TypeError, 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
      }
    }
    if (protocol !== expectedProtocol) {
      throw codedError(TypeError, 'ERR_INVALID_PROTOCOL', `Protocol "${protocol}" not supported. Expected "${expectedProtocol}"`);
    }
    const defaultPort = options.defaultPort || this.agent?.defaultPort;
    const connectOptions = { __proto__: null, ...options };
    const port = connectOptions.port = options.port || defaultPort || 80;
    const host = connectOptions.host = validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host') || 'localhost';
    const setHost = options.setHost === undefined || Boolean(options.setHost);
    this.socketPath = options.socketPath;
    if (options.timeout !== undefined) this.timeout = timerDuration(options.timeout, 'timeout');
    if (options.signal) {
      require('internal/streams/add_abort_signal').addAbortSignal(options.signal, this);
      delete connectOptions.signal;
    }
    let method = options.method;
    if (method !== null && method !== undefined && typeof method !== 'string') {
      throw invalidArgType('options.method', 'string', method);
    }
    if (method) {
      if (!checkIsHttpToken(method)) {
        throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN', `Method must be a valid HTTP token ["${method}"]`);
      }
      method = this.method = method.toUpperCase();
    } else {
      method = this.method = 'GET';
    }
    if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
    this.maxHeaderSize = options.maxHeaderSize;
    for (const name of ['insecureHTTPParser', 'joinDuplicateHeaders']) {
      if (options[name] !== undefined && typeof options[name] !== 'boolean') {
        throw invalidArgType(`options.${name}`, 'boolean', options[name]);
      }
    }
    this.insecureHTTPParser = options.insecureHTTPParser;
    this.joinDuplicateHeaders = options.joinDuplicateHeaders;
    this.path = options.path || '/';
    if (callback) this.once('response', callback);
    // Methods that carry no body by default do not switch to chunks.
    this.useChunkedEncodingByDefault = !['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'].includes(method);
    this._ended = false;
    this.res = null;
    this.aborted = false;
    this.timeoutCb = null;
    this.upgradeOrConnect = false;
    this.parser = null;
    this.maxHeadersCount = null;
    this.reusedSocket = false;
    this.host = host;
    this.protocol = protocol;
    if (this.agent) {
      if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
        this._last = true;
        this.shouldKeepAlive = false;
      } else {
        this._last = false;
        this.shouldKeepAlive = true;
      }
    }
    if (!Array.isArray(options.headers)) {
      if (options.headers) {
        for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
      }
      if (host && !this.getHeader('host') && setHost) {
        let hostHeader = host;
        const colon = hostHeader.indexOf(':');
        if (colon !== -1 && hostHeader.includes(':', colon + 1) && hostHeader.charCodeAt(0) !== 91) {
          hostHeader = `[${hostHeader}]`;
        }
        if (port && +port !== defaultPort) hostHeader += `:${port}`;
        this.setHeader('Host', hostHeader);
      }
      if (options.auth && !this.getHeader('Authorization')) {
        this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
      }
      if (this.getHeader('expect')) this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
    } else {
      this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, options.headers);
    }
    this[kUniqueHeaders] = Array.isArray(options.uniqueHeaders) ? new Set(options.uniqueHeaders.map((h) => h.toLowerCase())) : null;

    if (this.agent) {
      this.agent.addRequest(this, connectOptions);
      return;
    }
    this._last = true;
    this.shouldKeepAlive = false;
    let opts = connectOptions;
    if (opts.path || opts.socketPath) {
      opts = { ...connectOptions };
      opts.path = opts.socketPath || undefined;
    }
    if (typeof opts.createConnection === 'function') {
      let called = false;
      const onCreate = (err, socket) => {
        if (called) return;
        called = true;
        if (err) process.nextTick(() => this.emit('error', err));
        else this.onSocket(socket);
      };
      try {
        const socket = opts.createConnection(opts, onCreate);
        if (socket) onCreate(null, socket);
      } catch (err) {
        onCreate(err);
      }
    } else {
      this.onSocket(net.createConnection(opts));
    }
  }

  _implicitHeader() {
    if (this._header) throw codedError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot render headers after they are sent to the client');
    this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.res) this.res._dump();
    this[kError] = err;
    this.socket?.destroy(err);
    return this;
  }

  onSocket(socket, err) {
    process.nextTick(() => onSocketNT(this, socket, err));
  }

  setTimeout(msecs, callback) {
    if (this._ended) return this;
    listenSocketTimeout(this);
    msecs = timerDuration(msecs, 'msecs');
    if (callback) this.once('timeout', callback);
    if (this.socket) setSocketTimeout(this.socket, msecs);
    else this.once('socket', (socket) => setSocketTimeout(socket, msecs));
    return this;
  }

  clearTimeout(callback) {
    this.setTimeout(0, callback);
  }

  setNoDelay(noDelay) {
    this.#deferToConnect('setNoDelay', [noDelay]);
  }

  setSocketKeepAlive(enable, initialDelay) {
    this.#deferToConnect('setKeepAlive', [enable, initialDelay]);
  }

  #deferToConnect(method, args) {
    const call = () => this.socket[method](...args);
    const onSocket = () => {
      if (this.socket.writable) call();
      else this.socket.once('connect', call);
    };
    if (!this.socket) this.once('socket', onSocket);
    else onSocket();
  }
}

function setSocketTimeout(socket, msecs) {
  if (socket.connecting) socket.once('connect', () => socket.setTimeout(msecs));
  else socket.setTimeout(msecs);
}

function emitRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) req.socket.once('timeout', emitRequestTimeout);
  else req.on('socket', (socket) => socket.once('timeout', emitRequestTimeout));
}

function onSocketNT(req, socket, err) {
  if (req.destroyed || err) {
    req.destroyed = true;
    const finish = (error) => {
      if (!req.aborted && !error) error = connReset('socket hang up');
      if (error) req.emit('error', error);
      req._closed = true;
      req.emit('close');
    };
    if (socket) {
      if (!err && req.agent && !socket.destroyed) {
        socket.emit('free');
      } else {
        socket.destroy(err || req[kError]);
        socket.once('close', () => finish(err || req[kError]));
        return;
      }
    }
    finish(err || req[kError]);
    return;
  }
  attachSocket(req, socket);
  req._flush();
}

/** The response parser and listeners for the socket this request got. */
function attachSocket(req, socket) {
  req.socket = socket;
  let res = null;
  const parser = new HttpParser(false, {
    onHead: (head) => onResponseHead(req, socket, head, (r) => {
      res = r;
    }),
    onBody: (chunk) => {
      if (res === null || res._dumped) return;
      if (!res.push(chunk) && !socket.isPaused()) socket.pause();
    },
    onComplete: (trailers) => {
      if (res === null) return;
      const done = res;
      res = null;
      done.rawTrailers = trailers;
      done.complete = true;
      if (!done.upgrade) done.push(null);
      if (socket.isPaused() && !done.upgrade) socket.resume();
    },
  }, {
    maxHeaderSize: req.maxHeaderSize || MAX_HEADER_SIZE,
    insecureHTTPParser: req.insecureHTTPParser,
  });
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  const listeners = {
    data(data) {
      onSocketData(req, socket, parser, data, listeners);
    },
    end() {
      if (!req.res && !socket._hadError) {
        socket._hadError = true;
        req.emit('error', connReset('socket hang up'));
      }
      parser.finish();
      socket.destroy();
    },
    close() {
      onSocketClose(req, socket, parser);
    },
    error(err) {
      socket._hadError = true;
      req.emit('error', err);
      parser.close();
      detach(socket, listeners, 'data', 'end');
      socket.destroy();
    },
    drain() {
      const message = socket._httpMessage;
      if (message && !message.finished && message[kNeedDrain]) {
        message[kNeedDrain] = false;
        message.emit('drain');
      }
    },
  };
  req[kListeners] = listeners;
  for (const name of Object.keys(listeners)) socket.on(name, listeners[name]);
  if (req.timeout !== undefined || req.agent?.options?.timeout) listenSocketTimeout(req);
  req.emit('socket', socket);
  if (socket.readableFlowing === null) socket.resume();
}

function detach(socket, listeners, ...names) {
  for (const name of names) socket.removeListener(name, listeners[name]);
}

function onSocketData(req, socket, parser, data, listeners) {
  const result = parser.execute(data);
  if (result instanceof Error) {
    parser.close();
    detach(socket, listeners, 'data', 'end');
    socket.destroy();
    socket._hadError = true;
    req.emit('error', result);
    return;
  }
  if (parser.upgraded) {
    const res = req.res;
    detach(socket, listeners, 'data', 'end', 'drain');
    if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
    socket.removeListener('timeout', responseOnTimeout);
    const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (req.listenerCount(event) > 0) {
      req.upgradeOrConnect = true;
      socket.emit('agentRemove');
      detach(socket, listeners, 'close', 'error');
      socket._httpMessage = null;
      socket.parser = null;
      socket.pause();
      socket.readableFlowing = null;
      req.emit(event, res, socket, parser.upgradeHead);
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
  } else if (req.res && req.res.complete && parser.state === 0) {
    // The response is whole: the socket no longer feeds this request.
    detach(socket, listeners, 'data', 'end', 'drain');
  }
}

function onResponseHead(req, socket, head, setCurrent) {
  if (req.res && !head.upgrade) {
    // A second response to one request: the server is broken.
    socket.destroy();
    return true;
  }
  const res = new IncomingMessage(socket);
  res.httpVersionMajor = 1;
  res.httpVersionMinor = head.versionMinor;
  res.httpVersion = `1.${head.versionMinor}`;
  res.statusCode = head.statusCode;
  res.statusMessage = head.statusMessage;
  // maxHeadersCount limits what `headers` shows, not what is parsed (2000 entries by default).
  const pairs = typeof req.maxHeadersCount === 'number' ? req.maxHeadersCount << 1 : 2000;
  res._addHeaderLines(head.rawHeaders, pairs > 0 ? Math.min(head.rawHeaders.length, pairs) : head.rawHeaders.length);
  res.joinDuplicateHeaders = Boolean(req.joinDuplicateHeaders);
  res.upgrade = head.upgrade;
  req.res = res;
  if (head.upgrade) {
    setCurrent(res);
    return 'upgrade';
  }
  if (req.method === 'CONNECT') {
    res.upgrade = true;
    setCurrent(res);
    return 'upgrade';
  }
  const status = res.statusCode;
  if (status >= 100 && status < 200) {
    // An interim answer; the real one follows.
    req.res = null;
    if (status === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    return true;
  }
  if (req.shouldKeepAlive && !head.shouldKeepAlive && !req.upgradeOrConnect) req.shouldKeepAlive = false;
  res.req = req;
  setCurrent(res);
  res.on('end', responseOnEnd);
  req.on('finish', requestOnFinish);
  socket.on('timeout', responseOnTimeout);
  if (req.aborted || !req.emit('response', res)) res._dump();
  if (req.method === 'HEAD') return true;
  if (status === 304) {
    res.complete = true;
    return true;
  }
  return false;
}

function responseOnEnd() {
  const req = this.req;
  const socket = req.socket;
  if (socket) {
    if (req.timeoutCb) socket.removeListener('timeout', emitRequestTimeout);
    socket.removeListener('timeout', responseOnTimeout);
  }
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function requestOnFinish() {
  if (this.shouldKeepAlive && this._ended) responseKeepAlive(this);
}

function responseOnTimeout() {
  const req = this._httpMessage;
  if (req && req.res) req.res.emit('timeout');
}

/** The exchange is over and the socket may serve another request: give it back. */
function responseKeepAlive(req) {
  const socket = req.socket;
  const listeners = req[kListeners];
  if (req.timeoutCb) {
    socket.setTimeout(0, req.timeoutCb);
    req.timeoutCb = null;
  }
  detach(socket, listeners, 'close', 'error', 'data', 'end', 'drain');
  socket.parser = null;
  process.nextTick(() => {
    req._closed = true;
    req.emit('close');
    if (req.socket) req.socket.emit('free');
  });
  req.destroyed = true;
  if (req.res) req.res.socket = null;
}

function onSocketClose(req, socket, parser) {
  const res = req.res;
  req.destroyed = true;
  if (res) {
    if (!res.complete) res.destroy(connReset('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!socket._hadError) {
      socket._hadError = true;
      req.emit('error', connReset('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  if (req.outputData) req.outputData.length = 0;
  parser.finish();
  parser.close();
}

function request(url, options, callback) {
  return new ClientRequest(url, options, callback);
}

function get(url, options, callback) {
  const req = request(url, options, callback);
  req.end();
  return req;
}

module.exports = { ClientRequest, request, get };
