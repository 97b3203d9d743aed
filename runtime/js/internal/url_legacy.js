'use strict';
// The legacy url.parse / url.format / url.resolve API.

const querystring = require('querystring');
const { invalidArgType } = require('internal/errors');

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
const hostEndingChars = ['/', '?', '#'];
// Characters escaped when they appear in a parsed URL.
const autoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw invalidArgType('url', 'string', url);
  let rest = url.trim();
  if (!slashesDenoteHost && !url.includes('#')) {
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
  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    let hostEnd = -1;
    for (const ch of hostEndingChars) {
      const at = rest.indexOf(ch);
      if (at !== -1 && (hostEnd === -1 || at < hostEnd)) hostEnd = at;
    }
    const atSign = hostEnd === -1 ? rest.lastIndexOf('@') : rest.lastIndexOf('@', hostEnd);
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      rest = rest.slice(atSign + 1);
    }
    hostEnd = -1;
    for (const ch of [...hostEndingChars, ' ', '<', '>', '"', '`', '\r', '\n', '\t', '{', '}', '|', '\\', '^', "'", ';']) {
      const at = rest.indexOf(ch);
      if (at !== -1 && (hostEnd === -1 || at < hostEnd)) hostEnd = at;
    }
    if (hostEnd === -1) hostEnd = rest.length;
    this.host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6 = hostname.startsWith('[') && hostname.endsWith(']');
    if (!ipv6) {
      // Invalid characters end the host; what follows becomes part of the path.
      const bad = hostname.search(forbiddenHostChars);
      if (bad !== -1) {
        rest = `/${hostname.slice(bad)}${rest}`;
        this.hostname = hostname.slice(0, bad);
      }
    }
    if (this.hostname.length > hostnameMaxLen) this.hostname = '';
    else this.hostname = this.hostname.toLowerCase();
    if (!ipv6 && /[^\x00-\x7f]/.test(this.hostname)) this.hostname = ops.domainToASCII(this.hostname);
    const p = this.port ? `:${this.port}` : '';
    const h = this.hostname || '';
    this.host = h + p;
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
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
  if (this.slashes || ((!protocol || slashedProtocol.has(protocol)) && host !== '')) {
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

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw invalidArgType('urlObject', ['Object', 'string'], urlObject);
  } else if (typeof URL === 'function' && urlObject instanceof URL) {
    const { auth = true, fragment = true, search = true, unicode = false } = options || {};
    let out = `${urlObject.protocol}`;
    if (urlObject.host !== '' || urlObject.protocol === 'file:') {
      out += '//';
      if (auth && (urlObject.username || urlObject.password)) {
        out += urlObject.username;
        if (urlObject.password) out += `:${urlObject.password}`;
        out += '@';
      }
      out += unicode ? ops.domainToUnicode(urlObject.hostname) : urlObject.hostname;
      if (urlObject.port) out += `:${urlObject.port}`;
    }
    out += urlObject.pathname;
    if (search) out += urlObject.search;
    if (fragment) out += urlObject.hash;
    return out;
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(source)) {
    try {
      const resolved = new URL(relative, source);
      return resolved.href;
    } catch {
      // Fall back to path resolution below.
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(relative)) return relative;
  const { posix } = require('path');
  const [base] = source.split('?');
  if (relative === '') return source;
  if (relative.startsWith('?')) return base + relative;
  if (relative.startsWith('#')) return source.split('#')[0] + relative;
  const dir = base.endsWith('/') ? base : posix.dirname(base);
  let out = posix.normalize(relative.startsWith('/') ? relative : `${dir}/${relative}`);
  if (relative.endsWith('/') && !out.endsWith('/')) out += '/';
  return out;
}

module.exports = { Url, parse: urlParse, format: urlFormat, resolve: urlResolve };
