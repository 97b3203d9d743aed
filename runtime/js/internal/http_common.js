'use strict';

// What the HTTP server and client share: the method and status tables, header validation,
// header joining and the message parser (heads by the native parser, bodies framed here).

const { Buffer } = require('buffer');
const { codedError } = require('internal/errors');

const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH',
  'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE',
  'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];
const knownMethods = new Set(METHODS);

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
  304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: "I'm a Teapot", 421: 'Misdirected Request',
  422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early',
  426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

/** The default limit on a message head, in bytes (Node's `--max-http-header-size`). */
const MAX_HEADER_SIZE = 16384;

const tokenPattern = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const badHeaderChar = /[^\t\x20-\x7e\x80-\xff]/;

function checkIsHttpToken(value) {
  return tokenPattern.test(value);
}

function checkInvalidHeaderChar(value) {
  return badHeaderChar.test(value);
}

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    const shown = require('internal/inspect').format('%s', name);
    throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN', `${label || 'Header name'} must be a valid HTTP token ["${shown}"]`);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw codedError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', `Invalid value "${value}" for header "${name}"`);
  }
  if (checkInvalidHeaderChar(value)) {
    throw codedError(TypeError, 'ERR_INVALID_CHAR', `Invalid character in header content ["${name}"]`);
  }
}

/**
 * httparse calls any bad protocol token a bad version; llhttp tells one that is not "HTTP/..."
 * at all apart (HPE_INVALID_CONSTANT).
 */
function protocolError(result, head, isRequest) {
  if (result !== 'HPE_INVALID_VERSION') return result;
  const eol = head.indexOf(10);
  const words = head.latin1Slice(0, eol === -1 ? head.length : eol).split(' ');
  const protocol = isRequest ? words[2] : words[0];
  return protocol === undefined || protocol.startsWith('HTTP/') ? result : 'HPE_INVALID_CONSTANT';
}

// How a repeated incoming header joins (Node's rules): these keep their first value only...
const firstValueOnly = new Set([
  'age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from', 'host',
  'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards',
  'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent',
]);

/** Adds one received header to a `headers` object as Node joins them. */
function addHeaderLine(name, value, dest, joinDuplicates) {
  const field = name.toLowerCase();
  // Only own values count: a header named "constructor" is not joined to Object's.
  const current = Object.hasOwn(dest, field) ? dest[field] : undefined;
  if (current === undefined) {
    dest[field] = field === 'set-cookie' ? [value] : value;
  } else if (field === 'set-cookie') {
    current.push(value);
  } else if (field === 'cookie') {
    dest[field] = `${current}; ${value}`;
  } else if (!firstValueOnly.has(field) || joinDuplicates) {
    dest[field] = `${current}, ${value}`;
  }
}

/** `headersDistinct`: every value of the first `count` raw entries, in arrays. */
function distinctHeaders(raw, count = raw.length) {
  const dest = { __proto__: null };
  const end = Math.min(raw.length, count);
  for (let i = 0; i < end; i += 2) {
    const field = raw[i].toLowerCase();
    if (dest[field]) dest[field].push(raw[i + 1]);
    else dest[field] = [raw[i + 1]];
  }
  return dest;
}

const parseMessages = {
  HPE_HEADER_OVERFLOW: 'Header overflow',
  HPE_INVALID_METHOD: 'Invalid method encountered',
  HPE_INVALID_HEADER_TOKEN: 'Invalid header token',
  HPE_LF_EXPECTED: 'Expected LF after headers',
  HPE_INVALID_STATUS: 'Invalid status code',
  HPE_INVALID_CONSTANT: 'Expected HTTP/, RTSP/ or ICE/',
  HPE_INVALID_VERSION: 'Invalid HTTP version',
  HPE_INVALID_CONTENT_LENGTH: 'Invalid character in Content-Length',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'Content-Length can\'t be present with Transfer-Encoding',
  HPE_INVALID_TRANSFER_ENCODING: 'Request has invalid `Transfer-Encoding`',
  HPE_INVALID_CHUNK_SIZE: 'Invalid character in chunk size',
  HPE_CR_EXPECTED: 'Missing expected CR after chunk size',
  HPE_STRICT: 'Expected LF after chunk data',
  HPE_INVALID_EOF_STATE: 'Invalid EOF state',
  HPE_CLOSED_CONNECTION: 'Data after `Connection: close`',
};

function parseError(code, bytesParsed, rawPacket, reason = parseMessages[code] || code) {
  const err = new Error(`Parse Error: ${reason}`);
  err.bytesParsed = bytesParsed;
  err.code = code;
  err.reason = reason;
  err.rawPacket = rawPacket;
  return err;
}

const CRLF = Buffer.from('\r\n');
const EMPTY = Buffer.alloc(0);

// Parser states.
const HEAD = 0;
const FIXED = 1; // Content-Length body
const CHUNK_SIZE = 2;
const CHUNK_DATA = 3;
const CHUNK_END = 4; // the CRLF after a chunk's data
const TRAILERS = 5;
const UNTIL_EOF = 6;
const DONE = 7; // upgraded, or an error: nothing more is parsed

/**
 * One side of one connection: turns bytes into message heads, body chunks and message ends.
 * `hooks.onHead(head)` gets `{ method, url, statusCode, statusMessage, versionMinor,
 * rawHeaders, upgrade, shouldKeepAlive }` (`upgrade` says the headers ask for one) and returns
 * true when the message has no body whatever its headers say (the answer to a HEAD request),
 * or 'upgrade' when the connection leaves HTTP after this head; `hooks.onBody(buffer)` and
 * `hooks.onComplete(rawTrailers)` follow.
 */
class HttpParser {
  constructor(isRequest, hooks, options = {}) {
    this.isRequest = isRequest;
    this.hooks = hooks;
    this.maxHeaderSize = options.maxHeaderSize || MAX_HEADER_SIZE;
    // Only the head's size limits how many headers it has (a line takes 4 bytes at least);
    // maxHeadersCount limits what `headers` shows, not what parses.
    this.maxHeaders = Math.max(64, Math.ceil(this.maxHeaderSize / 4));
    this.lenient = Boolean(options.insecureHTTPParser);
    this.state = HEAD;
    this.pending = EMPTY;
    this.remaining = 0;
    this.parsed = 0;
    this.paused = false;
    this.upgraded = false;
    this.upgradeHead = EMPTY;
  }

  /**
   * Feeds bytes; returns an Error for malformed input. After an upgrade, `upgraded` is true
   * and `upgradeHead` holds the bytes that followed the head.
   */
  execute(data) {
    let buf = this.pending.length === 0 ? data : Buffer.concat([this.pending, data]);
    this.pending = EMPTY;
    let offset = 0;
    const start = this.parsed;
    while (offset < buf.length && this.state !== DONE) {
      const step = this.#step(buf, offset);
      if (step instanceof Error) {
        this.state = DONE;
        return step;
      }
      if (step === -1) {
        // Needs more bytes than are here: keep the rest for the next call.
        this.pending = buf.subarray(offset);
        if (this.state === HEAD && this.pending.length > this.maxHeaderSize) {
          this.state = DONE;
          return parseError('HPE_HEADER_OVERFLOW', start + offset, data);
        }
        this.parsed += buf.length - offset;
        offset = buf.length;
        break;
      }
      this.parsed += step - offset;
      offset = step;
    }
    return data.length;
  }

  /** Stops parsing: nothing fed later is read. */
  close() {
    this.state = DONE;
    this.pending = EMPTY;
  }

  /** The end of the input: completes a read-until-close body, or reports a cut message. */
  finish() {
    if (this.state === UNTIL_EOF) {
      this.state = HEAD;
      this.hooks.onComplete([]);
      return null;
    }
    if (this.state === HEAD && this.pending.length === 0) return null;
    if (this.state === DONE) return null;
    this.state = DONE;
    // Node's error for a cut message says no more than this.
    const err = new Error('Parse Error');
    err.bytesParsed = 0;
    err.code = 'HPE_INVALID_EOF_STATE';
    err.reason = 'Invalid EOF state';
    return err;
  }

  /** Parses from `offset`; returns the new offset, -1 for "need more", or an Error. */
  #step(buf, offset) {
    switch (this.state) {
      case HEAD:
        return this.#head(buf, offset);
      case FIXED: {
        const take = Math.min(this.remaining, buf.length - offset);
        this.remaining -= take;
        this.hooks.onBody(buf.subarray(offset, offset + take));
        if (this.remaining === 0) this.#complete([]);
        return offset + take;
      }
      case UNTIL_EOF:
        this.hooks.onBody(buf.subarray(offset));
        return buf.length;
      case CHUNK_SIZE: {
        const lf = buf.indexOf(10, offset);
        if (lf === -1) {
          if (buf.length - offset > 1024) return parseError('HPE_INVALID_CHUNK_SIZE', this.parsed, buf);
          return -1;
        }
        const eol = lf - 1;
        if (eol < offset || buf[eol] !== 13) return parseError('HPE_CR_EXPECTED', this.parsed, buf);
        const line = buf.latin1Slice(offset, eol);
        const semi = line.indexOf(';');
        // No whitespace around the size: llhttp refuses "3 " as it does "0x3".
        const digits = semi === -1 ? line : line.slice(0, semi);
        if (!/^[0-9a-fA-F]{1,16}$/.test(digits)) return parseError('HPE_INVALID_CHUNK_SIZE', this.parsed, buf);
        const size = parseInt(digits, 16);
        if (!Number.isSafeInteger(size)) return parseError('HPE_INVALID_CHUNK_SIZE', this.parsed, buf);
        this.remaining = size;
        this.state = size === 0 ? TRAILERS : CHUNK_DATA;
        this.trailers = [];
        return eol + 2;
      }
      case CHUNK_DATA: {
        const take = Math.min(this.remaining, buf.length - offset);
        this.remaining -= take;
        this.hooks.onBody(buf.subarray(offset, offset + take));
        if (this.remaining === 0) this.state = CHUNK_END;
        return offset + take;
      }
      case CHUNK_END:
        if (buf.length - offset < 2) return -1;
        if (buf[offset] !== 13 || buf[offset + 1] !== 10) return parseError('HPE_STRICT', this.parsed, buf);
        this.state = CHUNK_SIZE;
        return offset + 2;
      case TRAILERS: {
        const eol = buf.indexOf(CRLF, offset);
        if (eol === -1) {
          if (buf.length - offset > this.maxHeaderSize) return parseError('HPE_HEADER_OVERFLOW', this.parsed, buf);
          return -1;
        }
        if (eol === offset) {
          this.#complete(this.trailers);
          return eol + 2;
        }
        const line = buf.latin1Slice(offset, eol);
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon) : '';
        if (!checkIsHttpToken(name)) return parseError('HPE_INVALID_HEADER_TOKEN', this.parsed, buf);
        this.trailers.push(name, line.slice(colon + 1).trim());
        return eol + 2;
      }
      default:
        return buf.length;
    }
  }

  #head(buf, offset) {
    // Empty lines before a message are allowed (RFC 9112 2.2).
    while (offset < buf.length && (buf[offset] === 13 || buf[offset] === 10)) offset++;
    if (offset === buf.length) return offset;
    const view = offset === 0 ? buf : buf.subarray(offset);
    const result = protocolError(ops.httpParseHead(view, this.isRequest, this.maxHeaders), view, this.isRequest);
    if (result === null) return -1;
    if (typeof result === 'string') return parseError(result, this.parsed, buf);
    const [length, first, second, versionMinor, rawHeaders] = result;
    if (length > this.maxHeaderSize) return parseError('HPE_HEADER_OVERFLOW', this.parsed, buf);
    if (this.isRequest && !knownMethods.has(first)) return parseError('HPE_INVALID_METHOD', this.parsed, buf);
    const framing = bodyFraming(rawHeaders, versionMinor, this.isRequest, this.lenient);
    if (Array.isArray(framing)) return parseError(framing[0], this.parsed, buf, framing[1]);
    const head = {
      method: this.isRequest ? first : null,
      url: this.isRequest ? second : '',
      statusCode: this.isRequest ? null : first,
      statusMessage: this.isRequest ? null : second,
      versionMinor,
      rawHeaders,
      upgrade: false,
      shouldKeepAlive: framing.keepAlive,
    };
    if (this.isRequest) {
      head.upgrade = first === 'CONNECT' || (framing.upgrade && framing.connectionUpgrade);
    } else {
      head.upgrade = first === 101;
    }
    const verdict = this.hooks.onHead(head);
    const noBody = verdict === true;
    const end = offset + length;
    if (verdict === 'upgrade') {
      this.upgraded = true;
      this.state = DONE;
      // What came after the head belongs to the new protocol.
      this.upgradeHead = Buffer.from(buf.subarray(end));
      this.hooks.onComplete([]);
      return buf.length;
    }
    if (!this.isRequest && (noBody || (first >= 100 && first < 200) || first === 204 || first === 304)) {
      if (first >= 100 && first < 200) return end; // an interim response: the real one follows
      this.#complete([]);
    } else if (framing.chunked) {
      this.state = CHUNK_SIZE;
    } else if (framing.length !== null) {
      this.remaining = framing.length;
      if (framing.length === 0) this.#complete([]);
      else this.state = FIXED;
    } else if (this.isRequest) {
      this.#complete([]);
    } else {
      this.state = UNTIL_EOF;
    }
    return end;
  }

  #complete(trailers) {
    this.state = HEAD;
    this.hooks.onComplete(trailers);
  }
}

const invalidTE = ['HPE_INVALID_TRANSFER_ENCODING', 'Invalid `Transfer-Encoding` header value'];
const maxLength = 18446744073709551615n; // llhttp keeps lengths in 64 bits

/**
 * What the headers say of the body and the connection, or `[code, reason]` for framing that
 * llhttp refuses (conflicting lengths, a request whose last coding is not chunked...).
 */
function bodyFraming(raw, versionMinor, isRequest, lenient) {
  let length = null;
  let chunked = false;
  let te = false;
  let upgrade = false;
  let connectionUpgrade = false;
  let keepAlive = versionMinor >= 1;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    if (name.length < 7 || name.length > 17) continue;
    const field = name.toLowerCase();
    const value = raw[i + 1];
    if (field === 'content-length') {
      if (te && !lenient) return ['HPE_INVALID_CONTENT_LENGTH', "Content-Length can't be present with Transfer-Encoding"];
      const digits = value.trim();
      if (digits === '') return ['HPE_INVALID_CONTENT_LENGTH', 'Empty Content-Length'];
      if (!/^\d+$/.test(digits)) return ['HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length'];
      if (BigInt(digits) > maxLength) return ['HPE_INVALID_CONTENT_LENGTH', 'Content-Length overflow'];
      const n = Number(digits);
      if (length !== null && (!lenient || length !== n)) return ['HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length'];
      length = n;
    } else if (field === 'transfer-encoding') {
      if (length !== null && !lenient) return ['HPE_INVALID_TRANSFER_ENCODING', "Transfer-Encoding can't be present with Content-Length"];
      te = true;
      for (const coding of value.split(',')) {
        // In a request nothing may follow "chunked" (a response's body then runs to the end).
        if (chunked && isRequest && !lenient) return invalidTE;
        chunked = coding.trim().toLowerCase() === 'chunked';
      }
    } else if (field === 'connection') {
      for (const token of value.toLowerCase().split(',')) {
        const t = token.trim();
        if (t === 'close') keepAlive = false;
        else if (t === 'keep-alive') keepAlive = true;
        else if (t === 'upgrade') connectionUpgrade = true;
      }
    } else if (field === 'upgrade') {
      upgrade = true;
    }
  }
  if (te && length !== null) return ['HPE_UNEXPECTED_CONTENT_LENGTH', "Content-Length can't be present with Transfer-Encoding"];
  if (te && !chunked && isRequest && !lenient) {
    return ['HPE_INVALID_TRANSFER_ENCODING', 'Request has invalid `Transfer-Encoding`'];
  }
  return { length, chunked, keepAlive, upgrade, connectionUpgrade };
}

module.exports = {
  METHODS,
  STATUS_CODES,
  MAX_HEADER_SIZE,
  HttpParser,
  addHeaderLine,
  distinctHeaders,
  checkIsHttpToken,
  checkInvalidHeaderChar,
  validateHeaderName,
  validateHeaderValue,
};
