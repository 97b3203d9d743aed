'use strict';
// The legacy url.parse / url.format / url.resolve API.

const querystring = require('querystring');
const { codedError, invalidArgType, validateObject } = require('internal/errors');

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;
// Protocols whose URLs never have a host, and those that always have one.
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
// Characters escaped when they appear in a parsed URL.
const autoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
// Characters that end the authority (user info and host), and those that end the host.
const authEndingChars = ['/', '?', '#'];
const hostEndingChars = [...authEndingChars, '%', ';', ...Object.keys(autoEscape)];
// Characters no hostname may keep: such a URL is rejected.
const forbiddenHostChars = /[\0[\]]/;
let warnedInvalidUrl = false;

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

/** The index of the first of `chars` in `text`, or -1. */
function firstIndexOf(text, chars) {
  let first = -1;
  for (const ch of chars) {
    const at = text.indexOf(ch);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

/** Back slashes before the query or the fragment are read as forward slashes. */
function withForwardSlashes(url) {
  const end = firstIndexOf(url, ['?', '#']);
  if (end === -1) return url.replaceAll('\\', '/');
  return url.slice(0, end).replaceAll('\\', '/') + url.slice(end);
}

function invalidUrl(url) {
  const err = codedError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = url;
  return err;
}

function warnInvalidUrl(url) {
  if (warnedInvalidUrl) return;
  warnedInvalidUrl = true;
  process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`, 'DeprecationWarning', 'DEP0170');
}

// IDNA ToASCII by way of the URL host parser; a last label that is not a number keeps the
// parser from reading a numeric name as an IPv4 address.
function toASCII(hostname) {
  const ascii = ops.domainToASCII(`${hostname}.a`);
  return ascii.endsWith('.a') ? ascii.slice(0, -2) : '';
}

/** The hostname in ASCII; a URL whose hostname cannot be made so is rejected. */
function asciiHostname(hostname, url) {
  const ascii = /[^\x00-\x7f]|xn--/i.test(hostname) ? toASCII(hostname) : hostname;
  if ((ascii === '' && hostname !== '') || forbiddenHostChars.test(ascii)) throw invalidUrl(url);
  return ascii;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw invalidArgType('url', 'string', url);
  let rest = withForwardSlashes(url.trim());
  if (!slashesDenoteHost && !rest.includes('#')) {
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }
  let lowerProto;
  const proto = protocolPattern.exec(rest);
  if (proto) {
    lowerProto = proto[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto[0].length);
  }
  let slashes;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }
  // The protocol is looked up as written: `HTTP:x` gets a host where `http:x` does not.
  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto[0])))) {
    rest = this.parseAuthority(rest, url);
  }
  // Escape what must not appear raw, except in javascript: URLs.
  if (!hostlessProtocol.has(lowerProto)) {
    let escaped = '';
    for (const ch of rest) escaped += autoEscape[ch] || ch;
    rest = escaped;
  }
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf('?');
  if (qm !== -1) {
    this.search = rest.slice(qm);
    this.query = rest.slice(qm + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
    rest = rest.slice(0, qm);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  if (rest) this.pathname = rest;
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

/** Takes the user info and host off the front of `rest`; returns what follows them. */
Url.prototype.parseAuthority = function parseAuthority(rest, url) {
  const authEnd = firstIndexOf(rest, authEndingChars);
  const atSign = authEnd === -1 ? rest.lastIndexOf('@') : rest.lastIndexOf('@', authEnd);
  if (atSign !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, atSign));
    rest = rest.slice(atSign + 1);
  }
  let hostEnd = firstIndexOf(rest, hostEndingChars);
  if (hostEnd === -1) hostEnd = rest.length;
  this.host = rest.slice(0, hostEnd);
  rest = rest.slice(hostEnd);
  this.parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';
  const ipv6 = this.hostname.startsWith('[') && this.hostname.endsWith(']');
  if (!ipv6) {
    // A ':' that starts no valid port ends the hostname; what follows joins the path.
    const colon = this.hostname.indexOf(':');
    if (colon !== -1) {
      warnInvalidUrl(url);
      rest = `/${this.hostname.slice(colon)}${rest}`;
      this.hostname = this.hostname.slice(0, colon);
    }
  }
  if (this.hostname.length > hostnameMaxLen) this.hostname = '';
  else this.hostname = this.hostname.toLowerCase();
  if (!ipv6) this.hostname = asciiHostname(this.hostname, url);
  this.host = this.hostname + (this.port ? `:${this.port}` : '');
  if (ipv6) {
    this.hostname = this.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) {
    auth = encodeURIComponent(auth).replace(/%3A/i, ':');
    auth += '@';
  }
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !this.hostname.startsWith('[') ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[?#]/g, (c) => encodeURIComponent(c));
  search = search.replace('#', '%23');
  // Slashes go before the host of a URL that has them or whose protocol always has a host;
  // file: URLs get them even with no host.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

/** A new Url: `relative` (a Url or a string) taken against this one. */
Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') relative = urlParse(relative, false, true);
  const result = Object.assign(new Url(), this);
  result.hash = relative.hash;
  if (relative.href === '') return withHref(result);
  if (relative.slashes && !relative.protocol) return withHref(resolveNetworkPath(result, relative));
  if (relative.protocol && relative.protocol !== result.protocol) {
    return withHref(resolveOtherProtocol(result, relative));
  }
  return withHref(resolvePath(result, relative));
};

function withHref(url) {
  url.href = url.format();
  return url;
}

function setPath(url) {
  if (url.pathname !== null || url.search !== null) url.path = (url.pathname || '') + (url.search || '');
}

// `//host/path`: everything but the protocol comes from the reference.
function resolveNetworkPath(result, relative) {
  for (const key of Object.keys(relative)) {
    if (key !== 'protocol') result[key] = relative[key];
  }
  if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
    result.path = result.pathname = '/';
  }
  return result;
}

// A reference with a protocol of its own.
function resolveOtherProtocol(result, relative) {
  if (!slashedProtocol.has(relative.protocol)) return Object.assign(result, relative);
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
    // `http:host/path`: the first non-empty segment is the host.
    const segments = (relative.pathname || '').split('/');
    while (segments.length > 0 && !relative.host) relative.host = segments.shift();
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (segments[0] !== '') segments.unshift('');
    if (segments.length < 2) segments.unshift('');
    result.pathname = segments.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
  result.slashes = result.slashes || relative.slashes;
  return result;
}

/** Moves the host of a URL whose protocol takes none into the first path segment. */
function hostIntoSegments(url, segments) {
  if (!url.host) return;
  if (segments[0] === '') segments[0] = url.host;
  else segments.unshift(url.host);
}

/** Takes the host (with any user info) of a hostless-protocol URL back out of its path. */
function hostFromSegments(result, host) {
  result.hostname = result.host = host;
  const at = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : null;
  if (at) {
    result.auth = at.shift();
    result.host = result.hostname = at.shift();
  }
}

// A reference with no protocol (or the base's): paths merge, dot segments go.
function resolvePath(result, relative) {
  const sourceIsAbs = result.pathname !== null && result.pathname.startsWith('/');
  const relIsAbs = Boolean(relative.host) || (relative.pathname !== null && relative.pathname.startsWith('/'));
  let mustEndAbs = relIsAbs || sourceIsAbs || Boolean(result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let segments = result.pathname ? result.pathname.split('/') : [];
  const relSegments = relative.pathname ? relative.pathname.split('/') : [];
  const hostless = Boolean(result.protocol) && !slashedProtocol.has(result.protocol);
  if (hostless) {
    result.hostname = '';
    result.port = null;
    hostIntoSegments(result, segments);
    result.host = '';
    // A reference with the protocol brings its own user info (or none).
    if (relative.protocol) {
      result.auth = null;
      relative.hostname = null;
      relative.port = null;
      hostIntoSegments(relative, relSegments);
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relSegments[0] === '' || segments[0] === '');
  }

  if (relIsAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    segments = relSegments;
  } else if (relSegments.length > 0) {
    segments.pop();
    segments = segments.concat(relSegments);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only the query changes.
    if (hostless) hostFromSegments(result, segments.shift());
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    return result;
  }

  if (segments.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return result;
  }

  const last = segments.at(-1);
  const endsInDir =
    ((result.host || relative.host || segments.length > 1) && (last === '.' || last === '..')) || last === '';
  const ups = removeDotSegments(segments);
  if (!mustEndAbs && !removeAllDots) {
    for (let i = 0; i < ups; i++) segments.unshift('..');
  }
  if (mustEndAbs && segments[0] !== '' && (!segments[0] || segments[0][0] !== '/')) segments.unshift('');
  if (endsInDir && !segments.join('/').endsWith('/')) segments.push('');
  const isAbsolute = segments[0] === '' || (segments[0] && segments[0][0] === '/');
  if (hostless) hostFromSegments(result, isAbsolute ? '' : segments.length > 0 ? segments.shift() : '');
  mustEndAbs = mustEndAbs || (result.host && segments.length > 0);
  if (mustEndAbs && !isAbsolute) segments.unshift('');
  if (segments.length > 0) {
    result.pathname = segments.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return result;
}

/** Drops `.` segments and `..` with the segment before it; returns how many `..` were left over. */
function removeDotSegments(segments) {
  let ups = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    if (segments[i] === '.') {
      segments.splice(i, 1);
    } else if (segments[i] === '..') {
      segments.splice(i, 1);
      ups++;
    } else if (ups > 0) {
      segments.splice(i, 1);
      ups--;
    }
  }
  return ups;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw invalidArgType('urlObject', ['Object', 'string'], urlObject);
  } else if (typeof URL === 'function' && urlObject instanceof URL) {
    return formatWhatwg(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

// A WHATWG URL, less the parts `options` turns off.
function formatWhatwg(url, options) {
  if (options !== undefined && options !== null) validateObject(options, 'options');
  const auth = Boolean(options?.auth ?? true);
  const fragment = Boolean(options?.fragment ?? true);
  const search = Boolean(options?.search ?? true);
  const unicode = Boolean(options?.unicode ?? false);
  let out = `${url.protocol}`;
  if (url.host !== '' || url.protocol === 'file:') {
    out += '//';
    if (auth && (url.username || url.password)) {
      out += url.username;
      if (url.password) out += `:${url.password}`;
      out += '@';
    }
    out += unicode ? ops.domainToUnicode(url.hostname) : url.hostname;
    if (url.port) out += `:${url.port}`;
  }
  out += url.pathname;
  if (search) out += url.search;
  if (fragment) out += url.hash;
  return out;
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = { Url, parse: urlParse, format: urlFormat, resolve: urlResolve, resolveObject: urlResolveObject };
