'use strict';
// URL and URLSearchParams (WHATWG URL Standard). Parsing and the setters run in Rust
// (`ops.urlParse`, `ops.urlSet`); the search parameters are kept here.

const { codedError, invalidArgType } = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const FIELDS = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
const ORIGIN = FIELDS.length;

const kParts = Symbol('parts');
const kParams = Symbol('params');
const kUrl = Symbol('url');
const kList = Symbol('list');

function invalidUrl(input, base) {
  const err = codedError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw invalidArgType('url', 'string', undefined);
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const parts = ops.urlParse(input, base);
    if (parts === undefined) throw invalidUrl(input, base);
    this[kParts] = parts;
    this[kParams] = undefined;
  }

  static canParse(input, base = undefined) {
    return ops.urlParse(`${input}`, base === undefined ? undefined : `${base}`) !== undefined;
  }

  _set(field, value) {
    const parts = ops.urlSet(this[kParts][0], field, `${value}`);
    if (parts === undefined) {
      if (field === 'href') throw invalidUrl(`${value}`);
      return;
    }
    this[kParts] = parts;
    if (field === 'href' || field === 'search') {
      if (this[kParams] !== undefined) this[kParams][kList] = parse(this[kParts][8]);
    }
  }

  get href() {
    return this[kParts][0];
  }
  set href(v) {
    this._set('href', v);
  }
  get origin() {
    return this[kParts][ORIGIN];
  }
  get protocol() {
    return this[kParts][1];
  }
  set protocol(v) {
    this._set('protocol', v);
  }
  get username() {
    return this[kParts][2];
  }
  set username(v) {
    this._set('username', v);
  }
  get password() {
    return this[kParts][3];
  }
  set password(v) {
    this._set('password', v);
  }
  get host() {
    return this[kParts][4];
  }
  set host(v) {
    this._set('host', v);
  }
  get hostname() {
    return this[kParts][5];
  }
  set hostname(v) {
    this._set('hostname', v);
  }
  get port() {
    return this[kParts][6];
  }
  set port(v) {
    this._set('port', v);
  }
  get pathname() {
    return this[kParts][7];
  }
  set pathname(v) {
    this._set('pathname', v);
  }
  get search() {
    return this[kParts][8];
  }
  set search(v) {
    this._set('search', v);
  }
  get searchParams() {
    if (this[kParams] === undefined) {
      const params = new URLSearchParams();
      params[kList] = parse(this[kParts][8]);
      params[kUrl] = this;
      this[kParams] = params;
    }
    return this[kParams];
  }
  get hash() {
    return this[kParts][9];
  }
  set hash(v) {
    this._set('hash', v);
  }

  toString() {
    return this[kParts][0];
  }

  toJSON() {
    return this[kParts][0];
  }

  get [Symbol.toStringTag]() {
    return 'URL';
  }

  [customInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = { __proto__: { constructor: URL } };
    for (const field of FIELDS) {
      if (field === 'search') {
        obj.search = this.search;
        obj.searchParams = this.searchParams;
      } else {
        obj[field] = this[field];
      }
      if (field === 'href') obj.origin = this.origin;
    }
    return `${inspect(obj, { ...options, customInspect: true })}`;
  }
}
Object.defineProperty(URL.prototype, '_set', { enumerable: false });

// ---- application/x-www-form-urlencoded --------------------------------------------------------

const decoder = new (require('internal/encoding').TextDecoder)();
const encoder = new (require('internal/encoding').TextEncoder)();

function percentDecode(text) {
  if (!text.includes('%')) return text;
  const bytes = encoder.encode(text);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length + 0 && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
      i += 2;
    } else {
      out[n++] = b;
    }
  }
  return decoder.decode(out.subarray(0, n));
}

function isHex(b) {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
}

function parse(query) {
  if (query.startsWith('?')) query = query.slice(1);
  const list = [];
  for (const piece of query.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = eq === -1 ? piece : piece.slice(0, eq);
    const value = eq === -1 ? '' : piece.slice(eq + 1);
    list.push([percentDecode(name.replaceAll('+', ' ')), percentDecode(value.replaceAll('+', ' '))]);
  }
  return list;
}

// Bytes left as they are in the urlencoded serializer: *-._ and alphanumerics.
function isUnreserved(b) {
  return (
    b === 0x2a || b === 0x2d || b === 0x2e || b === 0x5f ||
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)
  );
}

function serializeComponent(text) {
  let out = '';
  for (const b of encoder.encode(text)) {
    if (b === 0x20) out += '+';
    else if (isUnreserved(b)) out += String.fromCharCode(b);
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function toUSVString(value) {
  return `${value}`.toWellFormed();
}

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kUrl] = null;
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const entry = [...pair];
          if (entry.length !== 2) {
            throw codedError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          this[kList].push([toUSVString(entry[0]), toUSVString(entry[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key === 'string' && Object.prototype.propertyIsEnumerable.call(init, key)) {
            this[kList].push([toUSVString(key), toUSVString(init[key])]);
          }
        }
      }
    } else {
      this[kList] = parse(toUSVString(init));
    }
  }

  _update() {
    const url = this[kUrl];
    if (url === null) return;
    const text = this.toString();
    const parts = ops.urlSet(url.href, 'search', text);
    if (parts !== undefined) url[kParts] = parts;
  }

  get size() {
    return this[kList].length;
  }

  append(name, value) {
    this[kList].push([toUSVString(name), toUSVString(value)]);
    this._update();
  }

  delete(name, value = undefined) {
    name = toUSVString(name);
    const v = value === undefined ? undefined : toUSVString(value);
    this[kList] = this[kList].filter(([n, val]) => n !== name || (v !== undefined && val !== v));
    this._update();
  }

  get(name) {
    name = toUSVString(name);
    const found = this[kList].find(([n]) => n === name);
    return found === undefined ? null : found[1];
  }

  getAll(name) {
    name = toUSVString(name);
    return this[kList].filter(([n]) => n === name).map(([, v]) => v);
  }

  has(name, value = undefined) {
    name = toUSVString(name);
    const v = value === undefined ? undefined : toUSVString(value);
    return this[kList].some(([n, val]) => n === name && (v === undefined || val === v));
  }

  set(name, value) {
    name = toUSVString(name);
    value = toUSVString(value);
    const i = this[kList].findIndex(([n]) => n === name);
    if (i === -1) {
      this[kList].push([name, value]);
    } else {
      this[kList][i][1] = value;
      this[kList] = this[kList].filter(([n], j) => j <= i || n !== name);
    }
    this._update();
  }

  sort() {
    // Stable, by UTF-16 code units of the names.
    this[kList] = this[kList]
      .map((pair, i) => [pair, i])
      .sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j))
      .map(([pair]) => pair);
    this._update();
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    for (let i = 0; i < this[kList].length; i++) {
      const [name, value] = this[kList][i];
      callback.call(thisArg, value, name, this);
    }
  }

  *keys() {
    for (const [name] of this[kList]) yield name;
  }

  *values() {
    for (const [, value] of this[kList]) yield value;
  }

  *entries() {
    for (const [name, value] of this[kList]) yield [name, value];
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  toString() {
    return this[kList].map(([n, v]) => `${serializeComponent(n)}=${serializeComponent(v)}`).join('&');
  }

  get [Symbol.toStringTag]() {
    return 'URLSearchParams';
  }

  [customInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const entries = this[kList].map(([n, v]) => `${inspect(n)} => ${inspect(v)}`);
    if (entries.length === 0) return 'URLSearchParams {}';
    const oneLine = `URLSearchParams { ${entries.join(', ')} }`;
    if (oneLine.length <= (options.breakLength || 80)) return oneLine;
    return `URLSearchParams {\n  ${entries.join(',\n  ')} }`;
  }
}
Object.defineProperty(URLSearchParams.prototype, '_update', { enumerable: false });

module.exports = { URL, URLSearchParams };
