'use strict';

// IncomingMessage: a request as a server receives it, or a response as a client does. The
// connection's parser pushes the body into it; reading it resumes the socket.

const Readable = require('internal/streams/readable');
const { addHeaderLine, distinctHeaders } = require('internal/http_common');

const kHeaders = Symbol('kHeaders');
const kTrailers = Symbol('kTrailers');
const kDistinct = Symbol('kDistinct');
const kTrailersDistinct = Symbol('kTrailersDistinct');
// How many rawHeaders entries `headers` and `headersDistinct` show (maxHeadersCount).
const kHeadersCount = Symbol('kHeadersCount');

class IncomingMessage extends Readable {
  constructor(socket) {
    super(socket ? { highWaterMark: socket.readableHighWaterMark } : undefined);
    this._readableState.readingMore = true;
    this.socket = socket;
    this.httpVersionMajor = null;
    this.httpVersionMinor = null;
    this.httpVersion = null;
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.joinDuplicateHeaders = false;
    this.aborted = false;
    this.upgrade = null;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this.client = socket;
    this._consuming = false;
    this._dumped = false;
    this[kHeaders] = null;
    this[kTrailers] = null;
    this[kDistinct] = null;
    this[kTrailersDistinct] = null;
    this[kHeadersCount] = Infinity;
  }

  get connection() {
    return this.socket;
  }

  set connection(value) {
    this.socket = value;
  }

  get headers() {
    if (this[kHeaders] === null) this[kHeaders] = joinHeaders(this.rawHeaders, this.joinDuplicateHeaders, this[kHeadersCount]);
    return this[kHeaders];
  }

  set headers(value) {
    this[kHeaders] = value;
  }

  get headersDistinct() {
    if (this[kDistinct] === null) this[kDistinct] = distinctHeaders(this.rawHeaders, this[kHeadersCount]);
    return this[kDistinct];
  }

  set headersDistinct(value) {
    this[kDistinct] = value;
  }

  get trailers() {
    if (this[kTrailers] === null) this[kTrailers] = joinHeaders(this.rawTrailers, this.joinDuplicateHeaders);
    return this[kTrailers];
  }

  set trailers(value) {
    this[kTrailers] = value;
  }

  get trailersDistinct() {
    if (this[kTrailersDistinct] === null) this[kTrailersDistinct] = distinctHeaders(this.rawTrailers);
    return this[kTrailersDistinct];
  }

  set trailersDistinct(value) {
    this[kTrailersDistinct] = value;
  }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    this.socket.setTimeout(msecs);
    return this;
  }

  _read() {
    if (!this._consuming) {
      this._readableState.readingMore = false;
      this._consuming = true;
    }
    // The parser pushes the body; reading only lets the socket flow again.
    if (this.socket && this.socket.readable && this.socket.isPaused()) this.socket.resume();
  }

  _destroy(err, callback) {
    if (!this.readableEnded || !this.complete) {
      this.aborted = true;
      this.emit('aborted');
    }
    const socket = this.socket;
    if (socket && !socket.destroyed && this.aborted) {
      socket.destroy(err);
      // Done once the socket is (its 'close' comes later, after its descriptor closes).
      const { finished } = require('internal/streams/end_of_stream');
      const cleanup = finished(socket, (e) => {
        cleanup();
        const reason = e?.code === 'ERR_STREAM_PREMATURE_CLOSE' ? null : e;
        process.nextTick(finishDestroy, this, reason || err, callback);
      });
    } else {
      process.nextTick(finishDestroy, this, err, callback);
    }
  }

  /** Reads and drops what the user left unread, so the connection can go on. */
  _dump() {
    if (!this._dumped) {
      this._dumped = true;
      this.removeAllListeners('data');
      this.resume();
    }
  }

  /**
   * Header lines as Node's parser hands them over (also used by frameworks that build
   * messages): rawHeaders keeps them all, `headers` shows the first `n` entries.
   */
  _addHeaderLines(headers, n) {
    if (!headers || headers.length === 0) return;
    if (this.complete) {
      this.rawTrailers = headers.slice(0, n);
      this[kTrailers] = null;
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      this[kHeaders] = null;
      this[kDistinct] = null;
    }
  }

  _addHeaderLine(field, value, dest) {
    addHeaderLine(field, value, dest, this.joinDuplicateHeaders);
  }
}

function joinHeaders(raw, joinDuplicates, count = raw.length) {
  const dest = {};
  const end = Math.min(raw.length, count);
  for (let i = 0; i < end; i += 2) addHeaderLine(raw[i], raw[i + 1], dest, joinDuplicates);
  return dest;
}

function finishDestroy(message, err, callback) {
  // As in Node, a message reports an error only to someone who listens for it.
  callback(message.listenerCount('error') === 0 ? null : err);
}

module.exports = { IncomingMessage };
