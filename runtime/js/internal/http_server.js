'use strict';

// The HTTP server: a net.Server whose connections each get a parser. Requests are answered in
// the order they came (pipelining), a response waits for its socket until the ones before it
// finish, and malformed input, oversized heads and slow clients get Node's error answers.

const net = require('net');
const { Buffer } = require('buffer');
const { codedError, validateInteger, validateObject } = require('internal/errors');
const { OutgoingMessage, kOutHeaders, kNeedDrain, kUniqueHeaders } = require('internal/http_outgoing');
const { IncomingMessage } = require('internal/http_incoming');
const { HttpParser, STATUS_CODES, MAX_HEADER_SIZE, checkInvalidHeaderChar } = require('internal/http_common');

const kIncomingMessage = Symbol('IncomingMessage');
const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('kConnections');
const kCheckTimer = Symbol('kCheckTimer');
const kState = Symbol('kState');

// Idle keep-alive sockets live a little longer than advertised, so that a client never writes
// to one the server just closed.
const KEEP_ALIVE_GRACE = 1000;
const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;
// Node 20's check of a Link value: <uri-reference> then `; param[=value]`s.
const linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;

function errorAnswer(status) {
  return Buffer.from(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`, 'latin1');
}
const badRequest = errorAnswer(400);
const headersTooLarge = errorAnswer(431);
const requestTimedOut = errorAnswer(408);

class ServerResponse extends OutgoingMessage {
  constructor(req, options) {
    super(options);
    if (req.method === 'HEAD') this._hasBody = false;
    this.req = req;
    this.sendDate = true;
    this._sent100 = false;
    this._expect_continue = false;
    if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
      this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
      this.shouldKeepAlive = false;
    }
  }

  assignSocket(socket) {
    if (socket._httpMessage) {
      throw codedError(Error, 'ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket');
    }
    socket._httpMessage = this;
    socket.on('close', onResponseSocketClose);
    this.socket = socket;
    this.emit('socket', socket);
    this._flush();
  }

  detachSocket(socket) {
    socket.removeListener('close', onResponseSocketClose);
    socket._httpMessage = null;
    this.socket = null;
  }

  writeContinue(callback) {
    this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', callback);
    this._sent100 = true;
  }

  writeProcessing(callback) {
    this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', callback);
  }

  writeEarlyHints(hints, callback) {
    validateObject(hints, 'hints');
    if (hints.link === null || hints.link === undefined) return;
    const link = linkHeaderValue(hints.link);
    if (link.length === 0) return;
    let head = 'HTTP/1.1 103 Early Hints\r\n';
    head += `Link: ${link}\r\n`;
    for (const key of Object.keys(hints)) {
      if (key !== 'link') head += `${key}: ${hints[key]}\r\n`;
    }
    this._writeRaw(`${head}\r\n`, 'ascii', callback);
  }

  _implicitHeader() {
    this.writeHead(this.statusCode);
  }

  writeHead(statusCode, reason, obj) {
    if (this._header) {
      throw codedError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot write headers after they are sent to the client');
    }
    const original = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) {
      const shown = require('internal/inspect').format('%s', original);
      throw codedError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', `Invalid status code: ${shown}`);
    }
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
      obj ??= reason;
    }
    this.statusCode = statusCode;
    let headers;
    if (this[kOutHeaders]) {
      // Headers given here win over those set before (Node 20 sets them one by one).
      if (Array.isArray(obj)) {
        if (obj.length % 2 !== 0) throw require('internal/errors').invalidArgValue('headers', obj);
        for (let i = 0; i < obj.length; i += 2) if (obj[i]) this.setHeader(obj[i], obj[i + 1]);
      } else if (obj) {
        for (const key of Object.keys(obj)) if (key) this.setHeader(key, obj[key]);
      }
      headers = this[kOutHeaders];
    } else {
      headers = obj;
    }
    if (checkInvalidHeaderChar(this.statusMessage)) {
      throw codedError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in statusMessage');
    }
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
    // A client that waits for "100 Continue" and got a final answer may still send its body.
    if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
    this._storeHeader(`HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`, headers);
    return this;
  }

  writeHeader(...args) {
    return this.writeHead(...args);
  }
}

/** The Link value of early hints, as Node 20 checks and joins it. */
function linkHeaderValue(link) {
  const invalid = (value) => require('internal/errors').invalidArgValue('hints', value,
    'must be an array or string of format "</styles.css>; rel=preload; as=style"');
  if (typeof link !== 'string' && !Array.isArray(link)) throw invalid(link);
  const links = typeof link === 'string' ? [link] : link;
  for (const value of links) {
    if (value === undefined || !linkValueRegExp.test(value)) throw invalid(value);
  }
  return links.join(', ');
}

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;

function onResponseSocketClose() {
  if (this._httpMessage) emitCloseNT(this._httpMessage);
}

function emitCloseNT(message) {
  if (!message._closed) {
    message.destroyed = true;
    message._closed = true;
    message.emit('close');
  }
}

function timeoutOption(options, name, fallback) {
  const value = options[name];
  if (value === undefined) return fallback;
  validateInteger(value, name, 0);
  return value;
}

function booleanOption(options, name, fallback) {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw require('internal/errors').invalidArgType(`options.${name}`, 'boolean', value);
  return value;
}

/** The HTTP settings of a server (http's or https'), from its options. */
function storeHTTPOptions(server, options) {
  server[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  server[kServerResponse] = options.ServerResponse || ServerResponse;
  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
  server.maxHeaderSize = options.maxHeaderSize;
  server.insecureHTTPParser = booleanOption(options, 'insecureHTTPParser', undefined);
  server.requestTimeout = timeoutOption(options, 'requestTimeout', 300000);
  // By default the head gets no longer than the whole request.
  server.headersTimeout = timeoutOption(options, 'headersTimeout', Math.min(60000, server.requestTimeout));
  if (server.requestTimeout > 0 && server.headersTimeout > 0 && server.headersTimeout > server.requestTimeout) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "headersTimeout" is out of range. It must be <= requestTimeout. Received ${server.headersTimeout}`);
  }
  server.keepAliveTimeout = timeoutOption(options, 'keepAliveTimeout', 5000);
  server.connectionsCheckingInterval = timeoutOption(options, 'connectionsCheckingInterval', 30000);
  server.requireHostHeader = booleanOption(options, 'requireHostHeader', true);
  server.joinDuplicateHeaders = booleanOption(options, 'joinDuplicateHeaders', undefined);
  server.rejectNonStandardBodyWrites = booleanOption(options, 'rejectNonStandardBodyWrites', false);
  server[kUniqueHeaders] = Array.isArray(options.uniqueHeaders) ? new Set(options.uniqueHeaders.map((h) => h.toLowerCase())) : null;
  server.httpAllowHalfOpen = false;
  server.timeout = 0;
  server.maxHeadersCount = null;
  server.maxRequestsPerSocket = 0;
  server[kConnections] = new Set();
  server[kCheckTimer] = null;
  server.on('listening', startChecking);
}

/** A server constructor's `(options?, requestListener?)` as `[options, requestListener]`. */
function serverArgs(options, requestListener) {
  if (typeof options === 'function') return [{}, options];
  if (options === undefined || options === null) return [{}, requestListener];
  validateObject(options, 'options');
  return [options, requestListener];
}

class Server extends net.Server {
  constructor(options, requestListener) {
    [options, requestListener] = serverArgs(options, requestListener);
    super({
      allowHalfOpen: true,
      noDelay: options.noDelay ?? true,
      keepAlive: options.keepAlive,
      keepAliveInitialDelay: options.keepAliveInitialDelay,
      highWaterMark: options.highWaterMark,
    });
    storeHTTPOptions(this, options);
    if (requestListener) this.on('request', requestListener);
    this.on('connection', connectionListener);
  }

  close(...args) {
    this.closeIdleConnections();
    clearInterval(this[kCheckTimer]);
    this[kCheckTimer] = null;
    return super.close(...args);
  }

  closeAllConnections() {
    for (const socket of this[kConnections]) socket.destroy();
  }

  closeIdleConnections() {
    for (const socket of this[kConnections]) {
      const state = socket[kState];
      if (state && state.requestStart === 0 && state.incoming.length === 0) socket.destroy();
    }
  }

  setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (callback) this.on('timeout', callback);
    return this;
  }

  [Symbol.for('nodejs.rejection')](err, event, ...args) {
    if (event === 'request') {
      const res = args[1];
      if (!res.headersSent && !res.writableEnded) {
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        res.statusCode = 500;
        res.end(STATUS_CODES[500]);
      } else {
        res.destroy();
      }
    } else {
      net.Server.prototype[Symbol.for('nodejs.rejection')]?.call(this, err, event, ...args);
    }
  }
}

/** Requests whose head (or whole message) took too long get 408, checked every interval. */
function startChecking() {
  clearInterval(this[kCheckTimer]);
  if (this.headersTimeout === 0 && this.requestTimeout === 0) return;
  this[kCheckTimer] = setInterval(checkConnections, this.connectionsCheckingInterval, this).unref();
}

function checkConnections(server) {
  const now = Date.now();
  for (const socket of server[kConnections]) {
    const state = socket[kState];
    if (!state || state.requestStart === 0) continue;
    const age = now - state.requestStart;
    const headersLate = server.headersTimeout > 0 && !state.headComplete && age > server.headersTimeout;
    const requestLate = server.requestTimeout > 0 && age > server.requestTimeout;
    if (headersLate || requestLate) {
      state.requestStart = 0;
      socketOnError.call(socket, codedError(Error, 'ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout'));
    }
  }
}

function connectionListener(socket) {
  const server = this;
  const state = {
    incoming: [],
    outgoing: [],
    keepAliveTimeoutSet: false,
    requestsCount: 0,
    requestStart: 0,
    headComplete: false,
    current: null,
    // As in Node, maxHeadersCount is read when the connection starts (2000 entries otherwise).
    maxHeaderPairs: typeof server.maxHeadersCount === 'number' ? server.maxHeadersCount << 1 : 2000,
  };
  socket[kState] = state;
  server[kConnections].add(socket);
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = new HttpParser(true, {
    onHead: (head) => onRequestHead(server, socket, state, head),
    onBody: (chunk) => {
      const req = state.current;
      if (req === null || req._dumped) return;
      if (!req.push(chunk) && !socket.isPaused()) socket.pause();
    },
    onComplete: (trailers) => {
      const req = state.current;
      state.requestStart = 0;
      if (req === null) return;
      state.current = null;
      req.rawTrailers = trailers;
      req.complete = true;
      if (!req.upgrade) {
        req.push(null);
        // A body that filled the request paused the socket, and an ended request is never
        // read again: read on for the next request (Node's readStart in parserOnMessageComplete).
        if (!socket._paused && socket.readable && socket.isPaused()) socket.resume();
      }
    },
  }, {
    maxHeaderSize: server.maxHeaderSize || MAX_HEADER_SIZE,
    insecureHTTPParser: server.insecureHTTPParser,
  });
  socket.parser = parser;
  socket._paused = false;

  const onData = (data) => {
    if (state.requestStart === 0) {
      state.requestStart = Date.now();
      state.headComplete = false;
    }
    const result = parser.execute(data);
    if (result instanceof Error) {
      socketOnError.call(socket, result);
      return;
    }
    if (parser.upgraded) onUpgrade(server, socket, state, parser, handlers);
  };
  const onEnd = () => {
    const result = parser.finish();
    if (result instanceof Error) {
      socketOnError.call(socket, result);
      return;
    }
    if (!server.httpAllowHalfOpen) {
      abortIncoming(state);
      if (socket.writable) socket.end();
    } else if (state.outgoing.length) {
      state.outgoing[state.outgoing.length - 1]._last = true;
    } else if (socket._httpMessage) {
      socket._httpMessage._last = true;
    } else if (socket.writable) {
      socket.end();
    }
  };
  const onClose = () => {
    server[kConnections].delete(socket);
    parser.close();
    abortIncoming(state);
  };
  const onDrain = () => {
    const message = socket._httpMessage;
    if (message && message.writableNeedDrain) {
      message._flush();
      // Unless _flush announced it already: a 'drain' listener sees no more need to drain.
      if (message[kNeedDrain]) {
        message[kNeedDrain] = false;
        message.emit('drain');
      }
    }
  };
  const handlers = { onData, onEnd, onClose, onDrain };
  socket.on('data', onData);
  socket.on('end', onEnd);
  socket.on('close', onClose);
  socket.on('drain', onDrain);
  socket.on('error', socketOnError);
  // Reading starts at once, unless the server was told to wait.
  if (socket.readableFlowing === null && !server.pauseOnConnect) socket.resume();
}

function onRequestHead(server, socket, state, head) {
  state.headComplete = true;
  if (state.keepAliveTimeoutSet) {
    socket.setTimeout(server.timeout || 0);
    state.keepAliveTimeoutSet = false;
  }
  const req = new server[kIncomingMessage](socket);
  req.httpVersionMajor = 1;
  req.httpVersionMinor = head.versionMinor;
  req.httpVersion = `1.${head.versionMinor}`;
  req.method = head.method;
  req.url = head.url;
  // maxHeadersCount limits what `headers` shows, not rawHeaders.
  const raw = head.rawHeaders;
  req._addHeaderLines(raw, state.maxHeaderPairs > 0 ? Math.min(raw.length, state.maxHeaderPairs) : raw.length);
  req.joinDuplicateHeaders = Boolean(server.joinDuplicateHeaders);
  req.upgrade = head.upgrade && (head.method === 'CONNECT' || server.listenerCount('upgrade') > 0);
  state.current = req;
  if (req.upgrade) {
    state.upgradeRequest = req;
    return 'upgrade';
  }
  state.incoming.push(req);
  // A client that floods pipelined requests while not reading answers is slowed down.
  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws.needDrain || socket.writableLength >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }
  const res = new server[kServerResponse](req, { highWaterMark: socket.writableHighWaterMark });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res.shouldKeepAlive = head.shouldKeepAlive;
  res[kUniqueHeaders] = server[kUniqueHeaders];
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  res.on('finish', () => onResponseFinish(req, res, socket, state, server));

  let handled = false;
  if (req.httpVersionMinor === 1) {
    if (server.requireHostHeader && req.headers.host === undefined) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return false;
    }
    const limited = typeof server.maxRequestsPerSocket === 'number' && server.maxRequestsPerSocket > 0;
    if (limited) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    }
    if (limited && server.maxRequestsPerSocket < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (req.headers.expect !== undefined) {
      handled = true;
      if (continueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }
  if (!handled) server.emit('request', req, res);
  return false;
}

function onResponseFinish(req, res, socket, state, server) {
  state.incoming.shift();
  // A body nobody read is read and dropped, so the next request can come.
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout + KEEP_ALIVE_GRACE);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const next = state.outgoing.shift();
    if (next) next.assignSocket(socket);
  }
  if (socket._paused && state.outgoing.length === 0 && !socket.destroyed) {
    socket._paused = false;
    socket.resume();
  }
}

function onUpgrade(server, socket, state, parser, handlers) {
  const req = state.upgradeRequest;
  state.upgradeRequest = null;
  socket.removeListener('data', handlers.onData);
  socket.removeListener('end', handlers.onEnd);
  socket.removeListener('close', handlers.onClose);
  socket.removeListener('drain', handlers.onDrain);
  socket.removeListener('error', socketOnError);
  socket.removeListener('timeout', socketOnTimeout);
  server[kConnections].delete(socket);
  socket.parser = null;
  socket[kState] = null;
  const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (event === 'upgrade' || server.listenerCount(event) > 0) {
    socket.pause();
    socket.readableFlowing = null;
    server.emit(event, req, socket, parser.upgradeHead);
  } else {
    socket.destroy();
  }
}

function abortIncoming(state) {
  // Requests still waiting for their answers go with the connection, read or not.
  while (state.incoming.length) {
    const req = state.incoming.shift();
    req.destroy(connReset('aborted'));
  }
  const current = state.current;
  state.current = null;
  if (current && !current.complete && !current.destroyed) current.destroy(connReset('aborted'));
}

function connReset(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

function socketOnTimeout() {
  const req = this.parser && this[kState]?.current;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnError(err) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', () => {});
  if (!this.server.emit('clientError', err, this)) {
    // Answer only when no answer has begun on this connection.
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let answer = badRequest;
      if (err.code === 'HPE_HEADER_OVERFLOW') answer = headersTooLarge;
      else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') answer = requestTimedOut;
      this.write(answer);
    }
    this.destroy(err);
  }
}

module.exports = { Server, ServerResponse, connectionListener, serverArgs, storeHTTPOptions, kIncomingMessage, kServerResponse };
