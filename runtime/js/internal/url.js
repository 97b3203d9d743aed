'use strict';
// URL and URLSearchParams (WHATWG URL Standard). Parsing and the setters run in Rust
// (`ops.urlParse`, `ops.urlSet`); the search parameters are kept here.

const { codedError, invalidArgType, invalidThis } = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const FIELDS = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
const HREF = 0;
const SEARCH = 8;
const ORIGIN = FIELDS.length;

function invalidUrl(input, base) {
  const err = codedError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

/** `ERR_MISSING_ARGS` for the named arguments. */
function missingArgs(...names) {
  const quoted = names.map((n) => `"${n}"`);
  const list = quoted.length <= 2 ? quoted.join(' and ') : `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)}`;
  return codedError(TypeError, 'ERR_MISSING_ARGS', `The ${list} argument${names.length > 1 ? 's' : ''} must be specified`);
}

/** The components after setting `field`; unchanged if the setter rejects the value. */
function withComponent(parts, field, value) {
  value = `${value}`;
  const updated = ops.urlSet(parts[HREF], field, value);
  if (updated !== undefined) return updated;
  if (field === 'href') throw invalidUrl(value);
  return parts;
}

/** Methods that are enumerable on the prototype (or constructor) in Node. */
function makeEnumerable(target, names) {
  for (const name of names) Object.defineProperty(target, name, { enumerable: true });
}

// Hooks between URL and URLSearchParams, which keep each other's state private.
let linkParams;
let relistParams;
let setSearchFromParams;

class URL {
  #context;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const parts = ops.urlParse(input, base);
    if (parts === undefined) throw invalidUrl(input, base);
    this.#context = parts;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    return URL.canParse(input, base) ? new URL(input, base) : null;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    return ops.urlParse(`${input}`, base === undefined ? undefined : `${base}`) !== undefined;
  }

  static createObjectURL(obj) {
    const { Blob } = require('internal/blob');
    if (!(obj instanceof Blob)) throw invalidArgType('obj', 'Blob', obj);
    const id = require('internal/web').crypto.randomUUID();
    objectUrls.set(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw missingArgs('url');
    const id = objectUrlId(url);
    if (id !== undefined) objectUrls.delete(id);
  }

  #href() {
    return this.#context[HREF];
  }

  // A new search string makes the linked URLSearchParams list its pairs again.
  #relistParams() {
    if (this.#searchParams !== undefined) relistParams(this.#searchParams, this.#context[SEARCH]);
  }

  toString() {
    return this.#href();
  }
  get href() {
    return this.#href();
  }
  set href(value) {
    this.#context = withComponent(this.#context, 'href', value);
    this.#relistParams();
  }
  get origin() {
    return this.#context[ORIGIN];
  }
  get protocol() {
    return this.#context[1];
  }
  set protocol(value) {
    this.#context = withComponent(this.#context, 'protocol', value);
  }
  get username() {
    return this.#context[2];
  }
  set username(value) {
    this.#context = withComponent(this.#context, 'username', value);
  }
  get password() {
    return this.#context[3];
  }
  set password(value) {
    this.#context = withComponent(this.#context, 'password', value);
  }
  get host() {
    return this.#context[4];
  }
  set host(value) {
    this.#context = withComponent(this.#context, 'host', value);
  }
  get hostname() {
    return this.#context[5];
  }
  set hostname(value) {
    this.#context = withComponent(this.#context, 'hostname', value);
  }
  get port() {
    return this.#context[6];
  }
  set port(value) {
    this.#context = withComponent(this.#context, 'port', value);
  }
  get pathname() {
    return this.#context[7];
  }
  set pathname(value) {
    this.#context = withComponent(this.#context, 'pathname', value);
  }
  get search() {
    return this.#context[SEARCH];
  }
  set search(value) {
    this.#context = withComponent(this.#context, 'search', value);
    this.#relistParams();
  }
  get searchParams() {
    if (this.#searchParams === undefined) this.#searchParams = linkParams(this, parse(this.#context[SEARCH]));
    return this.#searchParams;
  }
  get hash() {
    return this.#context[9];
  }
  set hash(value) {
    this.#context = withComponent(this.#context, 'hash', value);
  }

  toJSON() {
    return this.#href();
  }

  [customInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor;
    const name = typeof constructor === 'function' && constructor.name ? constructor.name : 'URL';
    const obj = {};
    for (const field of FIELDS) {
      if (field === 'search') {
        obj.search = this.search;
        obj.searchParams = this.searchParams;
      } else {
        obj[field] = this[field];
      }
      if (field === 'href') obj.origin = this.origin;
    }
    return `${name} ${inspect(obj, { ...options, customInspect: true })}`;
  }

  static {
    setSearchFromParams = (url, text) => {
      url.#context = withComponent(url.#context, 'search', text);
    };
  }
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
makeEnumerable(URL.prototype, ['toString', ...FIELDS, 'origin', 'searchParams', 'toJSON']);
makeEnumerable(URL, ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);

// ---- blob: URLs -------------------------------------------------------------------------------

const objectUrls = new Map();

/** The id of a `blob:nodedata:<id>` URL (search and hash ignored), or undefined. */
function objectUrlId(url) {
  const parts = ops.urlParse(`${url}`, undefined);
  if (parts === undefined || parts[1] !== 'blob:') return undefined;
  const path = parts[7].split(':');
  return path.length === 2 && path[0] === 'nodedata' ? path[1] : undefined;
}

/** The Blob registered by URL.createObjectURL under `url`, as a new Blob; else undefined. */
function resolveObjectURL(url) {
  const blob = objectUrls.get(objectUrlId(url));
  return blob === undefined ? undefined : blob.slice(0, blob.size, blob.type);
}

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

function invalidTuple() {
  return codedError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
}

/** The pairs of a sequence of [name, value] iterables. */
function pairsOfIterable(init) {
  const list = [];
  for (const pair of init) {
    const iterable = (typeof pair === 'object' && pair !== null) || typeof pair === 'function';
    if (!iterable || typeof pair[Symbol.iterator] !== 'function') throw invalidTuple();
    const entry = [...pair];
    if (entry.length !== 2) throw invalidTuple();
    list.push([toUSVString(entry[0]), toUSVString(entry[1])]);
  }
  return list;
}

/** The pairs of a record: its own enumerable keys (a symbol key cannot be converted). */
function pairsOfRecord(init) {
  const list = [];
  const at = new Map();
  for (const key of Reflect.ownKeys(init)) {
    if (!Object.prototype.propertyIsEnumerable.call(init, key)) continue;
    const name = toUSVString(key);
    const value = toUSVString(init[key]);
    // Keys that are equal once made well-formed keep the first place and the last value.
    if (at.has(name)) {
      list[at.get(name)][1] = value;
    } else {
      at.set(name, list.length);
      list.push([name, value]);
    }
  }
  return list;
}

let isParams;
let paramsList;

function checkParams(value) {
  if (!isParams(value)) throw invalidThis('URLSearchParams');
}

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === undefined || method === null) {
        this.#list = pairsOfRecord(init);
      } else if (typeof method !== 'function') {
        throw codedError(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
      } else {
        this.#list = pairsOfIterable(init);
      }
    } else {
      this.#list = parse(toUSVString(init));
    }
  }

  // Changes reach the URL these parameters belong to.
  #update() {
    if (this.#url !== null) setSearchFromParams(this.#url, this.toString());
  }

  get size() {
    checkParams(this);
    return this.#list.length;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    this.#list.push([toUSVString(name), toUSVString(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    const v = value === undefined ? undefined : toUSVString(value);
    this.#list = this.#list.filter(([n, val]) => n !== name || (v !== undefined && val !== v));
    this.#update();
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    const found = this.#list.find(([n]) => n === name);
    return found === undefined ? null : found[1];
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    return this.#list.filter(([n]) => n === name).map(([, v]) => v);
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    const v = value === undefined ? undefined : toUSVString(value);
    return this.#list.some(([n, val]) => n === name && (v === undefined || val === v));
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const i = this.#list.findIndex(([n]) => n === name);
    if (i === -1) {
      this.#list.push([name, value]);
    } else {
      this.#list[i][1] = value;
      this.#list = this.#list.filter(([n], j) => j <= i || n !== name);
    }
    this.#update();
  }

  sort() {
    checkParams(this);
    // Stable, by UTF-16 code units of the names.
    this.#list = this.#list
      .map((pair, i) => [pair, i])
      .sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j))
      .map(([pair]) => pair);
    this.#update();
  }

  entries() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'entries');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    for (let i = 0; i < this.#list.length; i++) {
      const [name, value] = this.#list[i];
      callback.call(thisArg, value, name, this);
    }
  }

  keys() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'keys');
  }

  values() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'values');
  }

  toString() {
    checkParams(this);
    return this.#list.map(([n, v]) => `${serializeComponent(n)}=${serializeComponent(v)}`).join('&');
  }

  [customInspect](depth, options, inspect) {
    checkParams(this);
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const entries = this.#list.map(([n, v]) => `${inspect(n, options)} => ${inspect(v, options)}`);
    if (entries.length === 0) return 'URLSearchParams {}';
    // The entries go one to a line when, colours aside, they are longer than a line.
    const joined = entries.join(', ');
    if (joined.replace(/\u001b\[\d+m/g, '').length <= (options.breakLength ?? 80)) return `URLSearchParams { ${joined} }`;
    return `URLSearchParams {\n  ${entries.join(',\n  ')} }`;
  }

  static {
    isParams = (value) => value !== null && typeof value === 'object' && #list in value;
    paramsList = (params) => params.#list;
    linkParams = (url, list) => {
      const params = new URLSearchParams();
      params.#list = list;
      params.#url = url;
      return params;
    };
    relistParams = (params, search) => {
      params.#list = parse(search);
    };
  }
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries,
  writable: true,
  configurable: true,
});
makeEnumerable(URLSearchParams.prototype, [
  'size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString',
]);

// A live view: each step reads the parameters' current list.
class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  static #check(value) {
    if (value === null || typeof value !== 'object' || !(#params in value)) throw invalidThis('URLSearchParamsIterator');
  }

  #item(pair) {
    if (this.#kind === 'keys') return pair[0];
    if (this.#kind === 'values') return pair[1];
    return [pair[0], pair[1]];
  }

  next() {
    URLSearchParamsIterator.#check(this);
    const list = paramsList(this.#params);
    if (this.#index >= list.length) return { value: undefined, done: true };
    return { value: this.#item(list[this.#index++]), done: false };
  }

  // The items still to come; one to a line when they would not fit on one as an array.
  [customInspect](depth, options, inspect) {
    URLSearchParamsIterator.#check(this);
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const inner = { ...options, depth: depth === null ? null : depth - 1 };
    const items = paramsList(this.#params).slice(this.#index).map((pair) => this.#item(pair));
    const shown = items.map((item) => inspect(item, inner));
    const body = inspect(items, inner).includes('\n') ? `\n  ${shown.join(',\n  ')}` : ` ${shown.join(', ')}`;
    return `URLSearchParams Iterator {${body} }`;
  }
}
delete URLSearchParamsIterator.prototype.constructor;
Object.setPrototypeOf(URLSearchParamsIterator.prototype, Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator',
  configurable: true,
});
makeEnumerable(URLSearchParamsIterator.prototype, ['next']);

module.exports = { URL, URLSearchParams, missingArgs, resolveObjectURL };
