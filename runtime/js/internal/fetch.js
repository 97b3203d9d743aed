'use strict';

// Request, Response and fetch (the Fetch standard) over node:http and node:https: the
// headers a Node client sends, redirects followed (or not) as asked, compressed answers
// decoded, bodies streamed both ways, and AbortSignal.

const { Buffer } = require('buffer');
const { Headers, byteString, fill, headersFromRaw, rawEntries, setGuard } = require('internal/fetch_headers');
const { extractBody, defineBodyMethods, cloneBody, bodyUsed } = require('internal/fetch_body');
const { ReadableStream } = require('internal/webstreams/readable');
const { STATUS_CODES, checkIsHttpToken } = require('internal/http_common');

const kState = Symbol('kState');
const kBody = Symbol('kBody');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function parseUrl(input, base = undefined) {
  try {
    return new URL(`${input}`, base);
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
}

const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const corsSafelistedMethods = new Set(['GET', 'HEAD', 'POST']);
const requestModes = ['navigate', 'same-origin', 'no-cors', 'cors'];
const requestCredentials = ['omit', 'same-origin', 'include'];
const requestCaches = ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'];
const redirectModes = ['follow', 'manual', 'error'];
const referrerPolicies = ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
  'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'];
let patchWarned = false;

/** A Web IDL enum member of a dictionary, as undici's converters check it. */
function enumOption(value, allowed, context) {
  if (value === undefined) return undefined;
  const text = `${value}`;
  if (!allowed.includes(text)) throw new TypeError(`${context}: ${text} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  return text;
}

/** A Web IDL dictionary argument: undefined, null or an object. */
function dictionary(value, context) {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' && typeof value !== 'function') throw new TypeError(`${context}: Expected ${value} to be one of: Null, Undefined, Object.`);
  return value;
}

function unsignedShort(value) {
  const n = Number(value);
  if (!Number.isFinite(n)) return 0;
  return ((Math.trunc(n) % 65536) + 65536) % 65536;
}

// ---- Request ---------------------------------------------------------------------------------

class Request {
  constructor(input, init = {}) {
    const context = 'Request constructor';
    if (arguments.length < 1) throw new TypeError(`${context}: 1 argument required, but 0 found.`);
    init = dictionary(init, context);
    // The init dictionary's members, converted in Web IDL order before anything else.
    const method = init.method === undefined ? undefined : byteString(init.method, 'Request constructor', 'init.method');
    const referrerPolicy = enumOption(init.referrerPolicy, referrerPolicies, context);
    const mode = enumOption(init.mode, requestModes, context);
    const credentials = enumOption(init.credentials, requestCredentials, context);
    const cache = enumOption(init.cache, requestCaches, context);
    const redirect = enumOption(init.redirect, redirectModes, context);
    enumOption(init.duplex, ['half'], context);
    let state;
    let inputBody = null;
    let fallbackMode = null;
    if (input instanceof Request) {
      const from = input[kState];
      state = { ...from, headers: new Headers(from.headers) };
      inputBody = input[kBody];
    } else {
      const url = parseUrl(input);
      if (url.username || url.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = {
        url, method: 'GET', headers: new Headers(), redirect: 'follow', mode: 'cors', credentials: 'same-origin',
        cache: 'default', referrer: 'about:client', referrerPolicy: '', integrity: '', keepalive: false, signal: null,
        duplex: 'half',
      };
      fallbackMode = 'cors';
    }
    if (init.window !== undefined && init.window !== null) throw new TypeError("'window' option 'client' must be null");
    if (Object.keys(init).length !== 0) {
      state.referrer = 'about:client';
      state.referrerPolicy = '';
    }
    if (init.referrer !== undefined) {
      const referrer = `${init.referrer}`;
      if (referrer === '') {
        state.referrer = '';
      } else {
        let parsed;
        try {
          parsed = new URL(referrer);
        } catch (cause) {
          throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause });
        }
        // Node has no client origin, so any other URL is kept as the referrer.
        state.referrer = parsed.protocol === 'about:' && parsed.pathname === 'client' ? 'about:client' : parsed.href;
      }
    }
    if (referrerPolicy !== undefined) state.referrerPolicy = referrerPolicy;
    const requestMode = mode ?? fallbackMode;
    if (requestMode === 'navigate') throw new TypeError(`${context}: invalid request mode navigate.`);
    if (requestMode !== null) state.mode = requestMode;
    if (credentials !== undefined) state.credentials = credentials;
    if (cache !== undefined) state.cache = cache;
    if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    if (redirect !== undefined) state.redirect = redirect;
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = Boolean(init.keepalive);
    if (method !== undefined) {
      if (!checkIsHttpToken(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (forbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      state.method = normalizedMethods.has(upper) ? upper : method;
      if (state.method === 'patch' && !patchWarned) {
        patchWarned = true;
        process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
      }
    }
    // A request's signal follows the one it was given.
    const controller = new AbortController();
    const given = init.signal !== undefined ? init.signal : state.signal;
    if (given !== null && given !== undefined) {
      if (typeof given.aborted !== 'boolean' || typeof given.addEventListener !== 'function') {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      if (given.aborted) controller.abort(given.reason);
      else given.addEventListener('abort', () => controller.abort(given.reason), { once: true });
    }
    state.signal = controller.signal;
    if (requestMode === 'no-cors' && !corsSafelistedMethods.has(state.method)) {
      throw new TypeError(`'${state.method} is unsupported in no-cors mode.`);
    }
    if (init.headers !== undefined) {
      state.headers = new Headers();
      fill(state.headers, init.headers, 'Headers constructor');
    }
    setGuard(state.headers, 'request');
    const hasInitBody = init.body !== undefined && init.body !== null;
    if ((hasInitBody || inputBody !== null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let body = inputBody;
    if (hasInitBody) {
      body = extractBody(init.body);
      if (body.type !== null && !state.headers.has('content-type')) state.headers.append('content-type', body.type);
    }
    // A body read from a stream can be sent only once, and only where CORS rules allow.
    if (body !== null && body.bytes === null) {
      if (hasInitBody && init.duplex === undefined) throw new TypeError('RequestInit: duplex option is required when sending a body.');
      if (state.mode !== 'same-origin' && state.mode !== 'cors') {
        throw new TypeError('If request is made from ReadableStream, mode should be "same-origin" or "cors"');
      }
    }
    if (inputBody !== null && body === inputBody) {
      if (bodyUsed(inputBody)) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      // The new request takes the old one's body.
      input[kBody] = { ...inputBody, consumed: true };
    }
    this[kState] = state;
    this[kBody] = body;
  }

  get method() {
    return this[kState].method;
  }

  get url() {
    return this[kState].url.href;
  }

  get headers() {
    return this[kState].headers;
  }

  get destination() {
    return '';
  }

  get referrer() {
    return this[kState].referrer;
  }

  get referrerPolicy() {
    return this[kState].referrerPolicy;
  }

  get mode() {
    return this[kState].mode;
  }

  get credentials() {
    return this[kState].credentials;
  }

  get cache() {
    return this[kState].cache;
  }

  get redirect() {
    return this[kState].redirect;
  }

  get integrity() {
    return this[kState].integrity;
  }

  get keepalive() {
    return this[kState].keepalive;
  }

  get isReloadNavigation() {
    return false;
  }

  get isHistoryNavigation() {
    return false;
  }

  get signal() {
    return this[kState].signal;
  }

  get duplex() {
    return 'half';
  }

  clone() {
    if (bodyUsed(this[kBody])) throw new TypeError('Request.clone: Body has already been consumed.');
    const copy = Object.create(Request.prototype);
    const state = { ...this[kState], headers: setGuard(new Headers(this[kState].headers), 'request') };
    const controller = new AbortController();
    const signal = this[kState].signal;
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    state.signal = controller.signal;
    const [mine, theirs] = cloneBody(this[kBody]);
    this[kBody] = mine;
    copy[kState] = state;
    copy[kBody] = theirs;
    return copy;
  }

  [kInspect](depth, options, inspect) {
    const s = this[kState];
    const shown = {
      method: s.method, url: s.url.href, headers: s.headers, destination: '', referrer: s.referrer,
      referrerPolicy: s.referrerPolicy, mode: s.mode, credentials: s.credentials, cache: s.cache,
      redirect: s.redirect, integrity: s.integrity, keepalive: s.keepalive, isReloadNavigation: false,
      isHistoryNavigation: false, signal: s.signal,
    };
    return `Request ${inspect(shown, options)}`;
  }
}
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });
defineBodyMethods(Request, kBody, (request) => request[kState].headers);

// ---- Response --------------------------------------------------------------------------------

const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);

class Response {
  constructor(body = null, init = {}) {
    // undici converts ResponseInit without naming its caller.
    init = dictionary(init, 'undefined');
    const status = init.status === undefined ? 200 : unsignedShort(init.status);
    const statusText = init.statusText === undefined ? '' : byteString(init.statusText, 'undefined', 'undefined.statusText') /* undici names neither */;
    if (status < 200 || status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    if (/[^\t\x20-\x7e\x80-\xff]/.test(statusText)) throw new TypeError('Invalid statusText');
    const headers = new Headers();
    if (init.headers !== undefined) fill(headers, init.headers, 'Headers constructor');
    setGuard(headers, 'response');
    let extracted = null;
    if (body !== null && body !== undefined) {
      if (nullBodyStatus.has(status)) throw new TypeError(`Response constructor: Invalid response status code ${status}`);
      extracted = extractBody(body);
      if (extracted.type !== null && !headers.has('content-type')) headers.append('content-type', extracted.type);
    }
    this[kState] = { type: 'default', status, statusText, headers, urls: [] };
    this[kBody] = extracted;
  }

  static error() {
    const response = makeResponse({ type: 'error', status: 0, statusText: '', headers: setGuard(new Headers(), 'immutable'), urls: [] }, null);
    return response;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    // Bytes carry no type of their own: the caller's Content-Type wins over the JSON one.
    const response = new Response(Buffer.from(text, 'utf8'), init);
    if (!response[kState].headers.has('content-type')) response[kState].headers.set('content-type', 'application/json');
    return response;
  }

  static redirect(url, status = 302) {
    const parsed = parseUrl(url);
    status = unsignedShort(status);
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const headers = new Headers({ location: parsed.href });
    return makeResponse({ type: 'default', status, statusText: '', headers: setGuard(headers, 'immutable'), urls: [] }, null);
  }

  get type() {
    return this[kState].type;
  }

  get url() {
    const urls = this[kState].urls;
    if (urls.length === 0) return '';
    const last = new URL(urls[urls.length - 1]);
    last.hash = '';
    return last.href;
  }

  get redirected() {
    return this[kState].urls.length > 1;
  }

  get status() {
    return this[kState].status;
  }

  get ok() {
    const { status } = this[kState];
    return status >= 200 && status <= 299;
  }

  get statusText() {
    return this[kState].statusText;
  }

  get headers() {
    return this[kState].headers;
  }

  clone() {
    if (bodyUsed(this[kBody])) throw new TypeError('Response.clone: Body has already been consumed.');
    const [mine, theirs] = cloneBody(this[kBody]);
    this[kBody] = mine;
    const state = { ...this[kState], headers: setGuard(new Headers(this[kState].headers), 'response') };
    return makeResponse(state, theirs);
  }

  [kInspect](depth, options, inspect) {
    const s = this[kState];
    const shown = {
      status: s.status, statusText: s.statusText, headers: s.headers, body: this.body, bodyUsed: this.bodyUsed,
      ok: this.ok, redirected: this.redirected, type: s.type, url: this.url,
    };
    return `Response ${inspect(shown, options)}`;
  }
}
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });
defineBodyMethods(Response, kBody, (response) => response[kState].headers);

function makeResponse(state, body) {
  const response = Object.create(Response.prototype);
  response[kState] = state;
  response[kBody] = body;
  return response;
}

// ---- fetch -----------------------------------------------------------------------------------

const MAX_REDIRECTS = 20;

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

/** undici's error for a connection that closed under a request. */
class SocketError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SocketError';
    this.code = 'UND_ERR_SOCKET';
  }
}

function abortReason(signal) {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init);
  } catch (err) {
    return Promise.reject(err);
  }
  const signal = request[kState].signal;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  const url = request[kState].url;
  if (url.protocol === 'data:') return dataResponse(url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(fetchFailed(new Error(url.protocol === 'file:' ? 'not implemented... yet...' : 'unknown scheme')));
  }
  return new Promise((resolve, reject) => {
    const exchange = {
      method: request[kState].method,
      headers: request[kState].headers,
      body: request[kBody],
      redirect: request[kState].redirect,
      mode: request[kState].mode,
      // Response tainting: once a redirect leaves the first URL's origin, responses are "cors".
      tainting: 'basic',
      urls: [url.href],
      signal,
      current: null,
      settled: false,
    };
    const onAbort = () => {
      const reason = abortReason(signal);
      exchange.current?.destroy();
      if (!exchange.settled) {
        exchange.settled = true;
        reject(reason);
      }
      exchange.onAbortBody?.(reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    exchange.done = () => signal.removeEventListener('abort', onAbort);
    send(exchange, url, (err, response) => {
      if (exchange.settled) return;
      exchange.settled = true;
      if (err) {
        exchange.done();
        reject(err);
      } else {
        resolve(response);
      }
    });
  });
}

/** The header list a Node client sends, in its order; HEAD requests close their connection. */
function requestHeaders(url, method, headers, length) {
  const list = [['host', url.host], ['connection', method === 'HEAD' ? 'close' : 'keep-alive']];
  for (const [name, value] of rawEntries(headers)) {
    if (name.toLowerCase() !== 'host') list.push([name, value]);
  }
  const defaults = [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'], ['user-agent', 'node'], ['accept-encoding', 'gzip, deflate']];
  for (const [name, value] of defaults) {
    if (name === 'sec-fetch-mode' || !headers.has(name)) list.push([name, value]);
  }
  if (length !== null) list.push(['content-length', `${length}`]);
  return list.flat();
}

function send(exchange, url, done) {
  if (exchange.tainting === 'basic' && url.origin !== new URL(exchange.urls[0]).origin) {
    if (exchange.mode === 'same-origin') {
      done(fetchFailed(new Error('request mode cannot be "same-origin"')));
      return;
    }
    exchange.tainting = 'cors';
  }
  const secure = url.protocol === 'https:';
  const transport = require(secure ? 'https' : 'http');
  const body = exchange.body;
  // Methods that carry a payload say so even when it is empty.
  const expectsBody = ['POST', 'PUT', 'PATCH'].includes(exchange.method);
  const length = body === null ? (expectsBody ? 0 : null) : body.length;
  let req;
  try {
    req = transport.request({
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || (secure ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: exchange.method,
      headers: requestHeaders(url, exchange.method, exchange.headers, length),
      setHost: false,
    });
  } catch (err) {
    done(fetchFailed(err));
    return;
  }
  exchange.current = req;
  req.on('error', (err) => done(fetchFailed(err)));
  req.on('response', (res) => onResponse(exchange, url, req, res, done));
  if (body === null) {
    req.end();
  } else if (body.stream === null) {
    req.end(Buffer.from(body.bytes.buffer, body.bytes.byteOffset, body.bytes.byteLength));
  } else {
    body.consumed = true;
    const reader = body.stream.getReader();
    const pump = () => {
      reader.read().then(({ value, done: finished }) => {
        if (finished) {
          req.end();
          return;
        }
        if (req.write(value)) pump();
        else req.once('drain', pump);
      }, (err) => req.destroy(err));
    };
    pump();
  }
}

function onResponse(exchange, url, req, res, done) {
  const status = res.statusCode;
  const location = res.headers.location;
  if (redirectStatus.has(status) && location !== undefined && exchange.redirect !== 'manual') {
    res.resume();
    if (exchange.redirect === 'error') {
      done(fetchFailed(new Error('unexpected redirect')));
      return;
    }
    let next;
    try {
      next = new URL(location, url);
    } catch (err) {
      done(fetchFailed(err));
      return;
    }
    if (exchange.urls.length > MAX_REDIRECTS) {
      done(fetchFailed(new Error('redirect count exceeded')));
      return;
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      done(fetchFailed(new Error('URL scheme must be a HTTP(S) scheme')));
      return;
    }
    // The client has no origin of its own, so no URL with credentials is same-origin with it.
    if (exchange.mode === 'cors' && (next.username || next.password)) {
      done(fetchFailed(new Error('cross origin not allowed for request mode "cors"')));
      return;
    }
    // A body read from a stream cannot be sent again (undici gives a bare network error).
    if (status !== 303 && exchange.body !== null && exchange.body.bytes === null) {
      done(fetchFailed(new Error()));
      return;
    }
    const method = exchange.method.toUpperCase();
    if (((status === 301 || status === 302) && method === 'POST') || (status === 303 && method !== 'GET' && method !== 'HEAD')) {
      exchange.method = 'GET';
      exchange.body = null;
      const headers = new Headers(exchange.headers);
      for (const name of ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']) headers.delete(name);
      exchange.headers = headers;
    }
    if (next.origin !== url.origin) {
      const headers = new Headers(exchange.headers);
      for (const name of ['authorization', 'proxy-authorization', 'cookie']) headers.delete(name);
      exchange.headers = headers;
    }
    exchange.urls.push(next.href);
    send(exchange, next, done);
    return;
  }
  const headers = headersFromRaw(res.rawHeaders);
  const noBody = exchange.method.toUpperCase() === 'HEAD' || nullBodyStatus.has(status);
  let body = null;
  if (!noBody) {
    const source = decoded(res);
    let controller;
    const stream = new ReadableStream({
      type: 'bytes',
      start(c) {
        controller = c;
      },
      pull() {
        source.resume();
      },
      cancel() {
        req.destroy();
        source.destroy();
      },
    }, { highWaterMark: 65536 });
    let ended = false;
    source.on('data', (chunk) => {
      if (chunk.length === 0) return;
      controller.enqueue(new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength)));
      if (controller.desiredSize <= 0) source.pause();
    });
    source.on('end', () => {
      ended = true;
      exchange.done();
      try {
        controller.close();
      } catch {
        // Cancelled meanwhile.
      }
    });
    // A body that breaks off after the response began: undici terminates the fetch.
    const fail = (err) => {
      if (ended) return;
      ended = true;
      try {
        controller.error(new TypeError('terminated', { cause: err }));
      } catch {
        // Already closed.
      }
    };
    source.on('error', fail);
    res.on('aborted', () => fail(new SocketError('other side closed')));
    exchange.onAbortBody = (reason) => {
      if (ended) return;
      ended = true;
      try {
        controller.error(reason);
      } catch {
        // Already closed.
      }
    };
    source.pause();
    body = { stream, bytes: null, length: null, type: null, consumed: false };
  } else {
    res.resume();
    res.on('end', () => exchange.done());
  }
  const state = {
    type: exchange.tainting,
    status,
    statusText: res.statusMessage ?? STATUS_CODES[status] ?? '',
    headers,
    urls: exchange.urls,
  };
  done(null, makeResponse(state, body));
}

/** The response body with its Content-Encoding undone. */
function decoded(res) {
  const encoding = `${res.headers['content-encoding'] ?? ''}`.toLowerCase().split(',').map((s) => s.trim()).filter(Boolean);
  if (encoding.length === 0) return res;
  const zlib = require('zlib');
  let stream = res;
  for (const coding of encoding.reverse()) {
    let decoder;
    if (coding === 'gzip' || coding === 'x-gzip') decoder = zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    else if (coding === 'deflate') decoder = inflateEither(zlib, { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    else if (coding === 'br') decoder = zlib.createBrotliDecompress({ flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    else return res;
    const from = stream;
    from.on('error', (err) => decoder.destroy(err));
    stream = from.pipe(decoder);
  }
  return stream;
}

/**
 * "deflate" as servers send it: zlib-wrapped as the standard says, or raw as some send it; the
 * first byte tells (as undici does).
 */
function inflateEither(zlib, options) {
  const { Transform } = require('stream');
  let inner = null;
  return new Transform({
    transform(chunk, encoding, callback) {
      if (inner === null) {
        if (chunk.length === 0) {
          callback();
          return;
        }
        inner = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate(options) : zlib.createInflateRaw(options);
        inner.on('data', (data) => this.push(data));
        inner.on('end', () => this.push(null));
        inner.on('error', (err) => this.destroy(err));
      }
      inner.write(chunk, encoding, callback);
    },
    final(callback) {
      if (inner === null) this.push(null);
      else inner.end();
      callback();
    },
  });
}

/** A `data:` URL's content as a response. */
function dataResponse(url) {
  const text = url.href.slice(5);
  const comma = text.indexOf(',');
  if (comma === -1) return Promise.reject(fetchFailed(new Error('invalid data: URL')));
  let meta = text.slice(0, comma).trim();
  const data = text.slice(comma + 1);
  const base64 = /;\s*base64$/i.test(meta);
  if (base64) meta = meta.replace(/;\s*base64$/i, '');
  const bytes = base64 ? Buffer.from(decodeURIComponent(data), 'base64') : Buffer.from(decodeURIComponent(data), 'latin1');
  const type = meta === '' || meta.startsWith(';') ? `text/plain${meta || ';charset=US-ASCII'}` : meta;
  const headers = setGuard(new Headers({ 'content-type': type }), 'immutable');
  const body = { stream: null, bytes: new Uint8Array(bytes), length: bytes.length, type: null, consumed: false };
  return Promise.resolve(makeResponse({ type: 'basic', status: 200, statusText: 'OK', headers, urls: [url.href] }, body));
}

module.exports = { Request, Response, fetch };
