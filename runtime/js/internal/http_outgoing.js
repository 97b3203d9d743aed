'use strict';

// OutgoingMessage: what ServerResponse and ClientRequest share. It is a legacy Stream with a
// writable face: the head is built on the first write (or end), output waits in `outputData`
// until a socket is assigned, and the body goes out chunked unless its length is known.

const Stream = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const { getDefaultHighWaterMark } = require('internal/streams/common');
const { codedError, invalidArgType, validateString } = require('internal/errors');
const { validateHeaderName, validateHeaderValue, checkInvalidHeaderChar } = require('internal/http_common');

const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kBytesWritten = Symbol('kBytesWritten');
const kHighWaterMark = Symbol('kHighWaterMark');
const kErrored = Symbol('kErrored');
const kUniqueHeaders = Symbol('kUniqueHeaders');

const nop = () => {};
const connectionClose = /(?:^|\W)close(?:$|\W)/i;
const teChunked = /(?:^|\W)chunked(?:$|\W)/i;
const CRLF = Buffer.from('\r\n');

// The Date header changes once a second; it is made once a second.
let dateCache;
function utcDate() {
  if (!dateCache) {
    dateCache = new Date().toUTCString();
    setTimeout(() => {
      dateCache = undefined;
    }, 1000 - new Date().getMilliseconds()).unref();
  }
  return dateCache;
}

function headersSentError(action) {
  return codedError(Error, 'ERR_HTTP_HEADERS_SENT', `Cannot ${action} headers after they are sent to the client`);
}

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

class OutgoingMessage extends Stream {
  constructor(options) {
    super();
    this.outputData = [];
    this.outputSize = 0;
    this.writable = true;
    this.destroyed = false;
    this._last = false;
    this.chunkedEncoding = false;
    this.shouldKeepAlive = true;
    this.maxRequestsOnConnectionReached = false;
    this._defaultKeepAlive = true;
    this.useChunkedEncodingByDefault = true;
    this.sendDate = false;
    this._removedConnection = false;
    this._removedContLen = false;
    this._removedTE = false;
    this.strictContentLength = false;
    this._contentLength = null;
    this._hasBody = true;
    this._trailer = '';
    this.finished = false;
    this._headerSent = false;
    this._closed = false;
    this.socket = null;
    this._header = null;
    this._keepAliveTimeout = 0;
    this._onPendingData = nop;
    this[kOutHeaders] = null;
    this[kNeedDrain] = false;
    this[kBytesWritten] = 0;
    this[kErrored] = null;
    this[kHighWaterMark] = options?.highWaterMark ?? getDefaultHighWaterMark();
  }

  get errored() {
    return this[kErrored];
  }

  get closed() {
    return this._closed;
  }

  get connection() {
    return this.socket;
  }

  set connection(value) {
    this.socket = value;
  }

  get headersSent() {
    return !!this._header;
  }

  get writableEnded() {
    return this.finished;
  }

  get writableFinished() {
    return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
  }

  get writableObjectMode() {
    return false;
  }

  get writableLength() {
    return this.outputSize + (this.socket ? this.socket.writableLength : 0);
  }

  get writableHighWaterMark() {
    return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark];
  }

  get writableCorked() {
    return this.socket ? this.socket.writableCorked : 0;
  }

  get writableNeedDrain() {
    return !this.destroyed && !this.finished && this[kNeedDrain];
  }

  cork() {
    this.socket?.cork();
  }

  uncork() {
    this.socket?.uncork();
  }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    if (this.socket) this.socket.setTimeout(msecs);
    else this.once('socket', (socket) => socket.setTimeout(msecs));
    return this;
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this[kErrored] = error;
    if (this.socket) this.socket.destroy(error);
    else this.once('socket', (socket) => socket.destroy(error));
    return this;
  }

  setHeader(name, value) {
    if (this._header) throw headersSentError('set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    if (this[kOutHeaders] === null) this[kOutHeaders] = { __proto__: null };
    this[kOutHeaders][name.toLowerCase()] = [name, value];
    return this;
  }

  setHeaders(headers) {
    if (this._header) throw headersSentError('set');
    if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
      throw invalidArgType('headers', ['Headers', 'Map'], headers);
    }
    // Set-Cookie values stay separate lines.
    const cookies = [];
    for (const [key, value] of headers) {
      if (key === 'set-cookie') cookies.push(...(Array.isArray(value) ? value : [value]));
      else this.setHeader(key, value);
    }
    if (cookies.length) this.setHeader('set-cookie', cookies);
    return this;
  }

  appendHeader(name, value) {
    if (this._header) throw headersSentError('append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const field = name.toLowerCase();
    const headers = this[kOutHeaders];
    if (headers === null || !headers[field]) return this.setHeader(name, value);
    if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
    const values = headers[field][1];
    if (Array.isArray(value)) values.push(...value);
    else values.push(value);
    return this;
  }

  getHeader(name) {
    validateString(name, 'name');
    const entry = this[kOutHeaders]?.[name.toLowerCase()];
    return entry && entry[1];
  }

  getHeaderNames() {
    return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
  }

  getRawHeaderNames() {
    return this[kOutHeaders] !== null ? Object.values(this[kOutHeaders]).map((entry) => entry[0]) : [];
  }

  getHeaders() {
    const out = { __proto__: null };
    if (this[kOutHeaders] !== null) {
      for (const key of Object.keys(this[kOutHeaders])) out[key] = this[kOutHeaders][key][1];
    }
    return out;
  }

  hasHeader(name) {
    validateString(name, 'name');
    return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
  }

  removeHeader(name) {
    validateString(name, 'name');
    if (this._header) throw headersSentError('remove');
    const key = name.toLowerCase();
    if (key === 'connection') this._removedConnection = true;
    else if (key === 'content-length') this._removedContLen = true;
    else if (key === 'transfer-encoding') this._removedTE = true;
    else if (key === 'date') this.sendDate = false;
    if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
  }

  _implicitHeader() {
    throw codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _implicitHeader() method is not implemented');
  }

  /** Builds the head from the first line and headers (an object, array of pairs or flat). */
  _storeHeader(firstLine, headers) {
    const state = { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false, header: firstLine };
    if (headers) {
      if (headers === this[kOutHeaders]) {
        for (const key in headers) this.#processHeader(state, headers[key][0], headers[key][1], false);
      } else if (Array.isArray(headers)) {
        if (headers.length && Array.isArray(headers[0])) {
          for (const entry of headers) this.#processHeader(state, entry[0], entry[1], true);
        } else {
          if (headers.length % 2 !== 0) {
            throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'headers' is invalid. Received ${require('internal/inspect').inspect(headers)}`);
          }
          for (let i = 0; i < headers.length; i += 2) this.#processHeader(state, headers[i], headers[i + 1], true);
        }
      } else {
        for (const key in headers) {
          if (Object.hasOwn(headers, key)) this.#processHeader(state, key, headers[key], true);
        }
      }
    }
    let { header } = state;
    if (this.sendDate && !state.date) header += `Date: ${utcDate()}\r\n`;
    // 204 and 304 have no body: no chunks, and the connection cannot be kept to find its end.
    if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
      this.chunkedEncoding = false;
      this.shouldKeepAlive = false;
    }
    if (this._removedConnection) {
      this._last = !this.shouldKeepAlive;
    } else if (!state.connection) {
      const sendKeepAlive = this.shouldKeepAlive && (state.contLen || this.useChunkedEncodingByDefault || this.agent);
      if (sendKeepAlive && this.maxRequestsOnConnectionReached) {
        header += 'Connection: close\r\n';
      } else if (sendKeepAlive) {
        header += 'Connection: keep-alive\r\n';
        if (this._keepAliveTimeout && this._defaultKeepAlive) {
          const max = ~~this._maxRequestsPerSocket > 0 ? `, max=${this._maxRequestsPerSocket}` : '';
          header += `Keep-Alive: timeout=${Math.floor(this._keepAliveTimeout / 1000)}${max}\r\n`;
        }
      } else {
        this._last = true;
        header += 'Connection: close\r\n';
      }
    }
    if (!state.contLen && !state.te) {
      if (!this._hasBody) {
        this.chunkedEncoding = false;
      } else if (!this.useChunkedEncodingByDefault) {
        this._last = true;
      } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
        header += `Content-Length: ${this._contentLength}\r\n`;
      } else if (!this._removedTE) {
        header += 'Transfer-Encoding: chunked\r\n';
        this.chunkedEncoding = true;
      } else {
        // Without a length or chunks, the body ends when the connection does.
        this._last = true;
      }
    }
    if (this.chunkedEncoding !== true && state.trailer) {
      throw codedError(Error, 'ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding');
    }
    this._header = `${header}\r\n`;
    this._headerSent = false;
    // A client waiting for "100 Continue" needs the head now.
    if (state.expect) this._send('');
  }

  #processHeader(state, key, value, validate) {
    if (validate) validateHeaderName(key);
    if (Array.isArray(value)) {
      const unique = this[kUniqueHeaders]?.has(key.toLowerCase());
      if ((value.length < 2 || key.length !== 6 || key.toLowerCase() !== 'cookie') && !unique) {
        for (const item of value) this.#storeHeader(state, key, item, validate);
        return;
      }
      value = value.join('; ');
    }
    this.#storeHeader(state, key, value, validate);
  }

  #storeHeader(state, key, value, validate) {
    if (validate) validateHeaderValue(key, value);
    state.header += `${key}: ${value}\r\n`;
    if (key.length < 4 || key.length > 17) return;
    switch (key.toLowerCase()) {
      case 'connection':
        state.connection = true;
        this._removedConnection = false;
        if (connectionClose.test(value)) this._last = true;
        else this.shouldKeepAlive = true;
        break;
      case 'transfer-encoding':
        state.te = true;
        this._removedTE = false;
        if (teChunked.test(value)) this.chunkedEncoding = true;
        break;
      case 'content-length':
        state.contLen = true;
        this._contentLength = +value;
        this._removedContLen = false;
        break;
      case 'date':
      case 'expect':
      case 'trailer':
        state[key.toLowerCase()] = true;
        break;
      case 'keep-alive':
        this._defaultKeepAlive = false;
        break;
      default:
        break;
    }
  }

  /** Sends body bytes, with the head in front the first time. */
  _send(data, encoding, callback) {
    if (!this._headerSent && this._header !== null) {
      if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
        data = this._header + data;
      } else {
        this.outputData.unshift({ data: this._header, encoding: 'latin1', callback: null });
        this.outputSize += this._header.length;
        this._onPendingData(this._header.length);
      }
      this._headerSent = true;
    }
    return this._writeRaw(data, encoding, callback);
  }

  _writeRaw(data, encoding, callback) {
    const socket = this.socket;
    if (socket && socket.destroyed) return false;
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (socket && socket._httpMessage === this && socket.writable) {
      if (this.outputData.length) this._flushOutput(socket);
      return socket.write(data, encoding, callback);
    }
    // No socket yet (or it serves an earlier message): hold the bytes.
    this.outputData.push({ data, encoding, callback });
    this.outputSize += data.length;
    this._onPendingData(data.length);
    return this.outputSize < this[kHighWaterMark];
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    const ret = this.#write(chunk, encoding, callback, false);
    if (!ret) this[kNeedDrain] = true;
    return ret;
  }

  #write(chunk, encoding, callback, fromEnd) {
    if (typeof callback !== 'function') callback = nop;
    if (chunk === null) {
      throw codedError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
    }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw invalidArgType('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    let err;
    if (this.finished) err = codedError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
    else if (this.destroyed) err = codedError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
    if (err) {
      if (!this.destroyed) this.#onError(err, callback);
      else process.nextTick(callback, err);
      return false;
    }
    let len;
    if (this.strictContentLength) {
      len = byteLength(chunk, encoding);
      if (this.#strictLength() && (fromEnd ? this[kBytesWritten] + len !== this._contentLength : this[kBytesWritten] + len > this._contentLength)) {
        throw lengthMismatch(len + this[kBytesWritten], this._contentLength);
      }
      this[kBytesWritten] += len;
    }
    if (!this._header) {
      if (fromEnd) this._contentLength = len ??= byteLength(chunk, encoding);
      this._implicitHeader();
    }
    if (!this._hasBody) {
      // A HEAD answer, a 204 or a 304: the body is dropped.
      process.nextTick(callback);
      return true;
    }
    if (!fromEnd && this.socket && !this.socket.writableCorked) {
      this.socket.cork();
      process.nextTick(uncorkSocket, this.socket);
    }
    if (this.chunkedEncoding && chunk.length !== 0) {
      len ??= byteLength(chunk, encoding);
      this._send(len.toString(16), 'latin1', null);
      this._send(CRLF, null, null);
      this._send(chunk, encoding, null);
      return this._send(CRLF, null, callback);
    }
    return this._send(chunk, encoding, callback);
  }

  #strictLength() {
    return this.strictContentLength && this._contentLength != null && this._hasBody && !this._removedContLen &&
      !this.chunkedEncoding && !this.hasHeader('transfer-encoding');
  }

  #onError(err, callback) {
    process.nextTick(() => {
      callback(err);
      if (!this.destroyed) this.emit('error', err);
    });
  }

  addTrailers(headers) {
    this._trailer = '';
    const isArray = Array.isArray(headers);
    for (const key of Object.keys(headers)) {
      const field = isArray ? headers[key][0] : key;
      let value = isArray ? headers[key][1] : headers[key];
      validateHeaderName(field, 'Trailer name');
      if (Array.isArray(value) && value.length > 1 && !this[kUniqueHeaders]?.has(field.toLowerCase())) {
        for (const item of value) {
          if (checkInvalidHeaderChar(item)) throw invalidChar(field);
          this._trailer += `${field}: ${item}\r\n`;
        }
      } else {
        if (Array.isArray(value)) value = value.join('; ');
        if (checkInvalidHeaderChar(value)) throw invalidChar(field);
        this._trailer += `${field}: ${value}\r\n`;
      }
    }
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (chunk) {
      if (this.finished) {
        this.#onError(codedError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'), typeof callback === 'function' ? callback : nop);
        return this;
      }
      this.socket?.cork();
      this.#write(chunk, encoding, null, true);
    } else if (this.finished) {
      if (typeof callback === 'function') {
        if (!this.writableFinished) this.on('finish', callback);
        else callback(codedError(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished'));
      }
      return this;
    } else if (!this._header) {
      this.socket?.cork();
      this._contentLength = 0;
      this._implicitHeader();
    }
    if (typeof callback === 'function') this.once('finish', callback);
    if (this.#strictLength() && this[kBytesWritten] !== this._contentLength) {
      throw lengthMismatch(this[kBytesWritten], this._contentLength);
    }
    const finish = () => {
      if (this.socket && this.socket._hadError) return;
      this.emit('finish');
    };
    if (this._hasBody && this.chunkedEncoding) {
      this._send(`0\r\n${this._trailer}\r\n`, 'latin1', finish);
    } else if (!this._headerSent || this.writableLength || chunk) {
      this._send('', 'latin1', finish);
    } else {
      process.nextTick(finish);
    }
    if (this.socket) {
      // end() releases every cork at once.
      this.socket._writableState.corked = 1;
      this.socket.uncork();
    }
    this.finished = true;
    if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
    return this;
  }

  /** Everything is handed to the socket. */
  _finish() {
    this.emit('prefinish');
  }

  /** Writes held output once a socket is there; a finished message then lets the next go. */
  _flush() {
    const socket = this.socket;
    if (socket && socket.writable) {
      const ret = this._flushOutput(socket);
      if (this.finished) {
        this._finish();
      } else if (ret && this[kNeedDrain]) {
        this[kNeedDrain] = false;
        this.emit('drain');
      }
    }
  }

  _flushOutput(socket) {
    if (this.outputData.length === 0) return undefined;
    const output = this.outputData;
    this.outputData = [];
    socket.cork();
    let ret;
    for (const { data, encoding, callback } of output) ret = socket.write(data, encoding, callback);
    socket.uncork();
    this._onPendingData(-this.outputSize);
    this.outputSize = 0;
    return ret;
  }

  flushHeaders() {
    if (!this._header) this._implicitHeader();
    this._send('');
  }

  pipe() {
    this.emit('error', codedError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'));
  }

  [Symbol.for('nodejs.rejection')](err) {
    this.destroy(err);
  }
}

function uncorkSocket(socket) {
  socket.uncork();
}

function lengthMismatch(actual, expected) {
  return codedError(Error, 'ERR_HTTP_CONTENT_LENGTH_MISMATCH', `Response body's content-length of ${actual} byte(s) does not match the content-length of ${expected} byte(s) set in header`);
}

function invalidChar(field) {
  return codedError(TypeError, 'ERR_INVALID_CHAR', `Invalid character in trailer content ["${field}"]`);
}

module.exports = { OutgoingMessage, kOutHeaders, kNeedDrain, kUniqueHeaders, kHighWaterMark, utcDate };
