'use strict';

// Headers (the Fetch standard): a list of name/value pairs, names compared without case,
// values trimmed; iteration sorted by name with repeated names joined (Set-Cookie kept apart).

const { checkIsHttpToken } = require('internal/http_common');

const kList = Symbol('kList');
const kGuard = Symbol('kGuard');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const whitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function normalizeValue(value) {
  return `${value}`.replace(whitespace, '');
}

function badValue(value) {
  return /[\0\r\n]/.test(value);
}

function checkHeaders(value) {
  if (!(value instanceof Headers) || value[kList] === undefined) throw illegalInvocation();
  return value[kList];
}

/** undici's brand check failure. */
function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

/** Web IDL's check of how many arguments a method got, in undici's words. */
function argumentCount(args, min, context) {
  if (args.length < min) {
    throw new TypeError(`${context}: ${min} argument${min === 1 ? '' : 's'} required, but${args.length ? ' only' : ''} ${args.length} found.`);
  }
}

/** Web IDL's ByteString conversion: text of characters up to U+00FF. */
function byteString(value, context, argument) {
  if (typeof value === 'symbol') throw new TypeError(`${context}: ${argument} is a symbol, which cannot be converted to a DOMString.`);
  const text = `${value}`;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 255) throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${i} has a value of ${code} which is greater than 255.`);
  }
  return text;
}

/** How undici shows a value in a conversion error. */
function stringify(value) {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'symbol') return `Symbol(${value.description})`;
  return `${value}`;
}

/** An iterator over the sorted list as it is at each step (undici's are live). */
function* liveIterator(headers, pick) {
  for (let i = 0; ; i++) {
    const list = sortedAndCombined(headers);
    if (i >= list.length) return;
    yield pick(list[i]);
  }
}

class Headers {
  constructor(init = undefined) {
    // Each entry: [lowercase name, value, name as given].
    this[kList] = [];
    this[kGuard] = 'none';
    if (init === undefined || init === null) return;
    fill(this, init, 'Headers constructor');
  }

  append(name, value) {
    checkHeaders(this);
    argumentCount(arguments, 2, 'Headers.append');
    appendHeader(this, name, value, 'Headers.append');
  }

  delete(name) {
    const list = checkHeaders(this);
    argumentCount(arguments, 1, 'Headers.delete');
    name = byteString(name, 'Headers.delete', 'name');
    validateName(name, 'Headers.delete');
    checkGuard(this);
    const key = `${name}`.toLowerCase();
    this[kList] = list.filter((entry) => entry[0] !== key);
  }

  get(name) {
    const list = checkHeaders(this);
    argumentCount(arguments, 1, 'Headers.get');
    name = byteString(name, 'Headers.get', 'name');
    validateName(name, 'Headers.get');
    const key = `${name}`.toLowerCase();
    const values = list.filter((entry) => entry[0] === key).map((entry) => entry[1]);
    return values.length === 0 ? null : values.join(', ');
  }

  getSetCookie() {
    return checkHeaders(this).filter((entry) => entry[0] === 'set-cookie').map((entry) => entry[1]);
  }

  has(name) {
    const list = checkHeaders(this);
    argumentCount(arguments, 1, 'Headers.has');
    name = byteString(name, 'Headers.has', 'name');
    validateName(name, 'Headers.has');
    const key = `${name}`.toLowerCase();
    return list.some((entry) => entry[0] === key);
  }

  set(name, value) {
    const list = checkHeaders(this);
    argumentCount(arguments, 2, 'Headers.set');
    name = byteString(name, 'Headers.set', 'name');
    const normalized = normalizeValue(byteString(value, 'Headers.set', 'value'));
    validateName(name, 'Headers.set');
    if (badValue(normalized)) throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    checkGuard(this);
    const key = `${name}`.toLowerCase();
    const index = list.findIndex((entry) => entry[0] === key);
    if (index === -1) {
      list.push([key, normalized, `${name}`]);
    } else {
      list[index] = [key, normalized, list[index][2]];
      this[kList] = list.filter((entry, i) => i <= index || entry[0] !== key);
    }
  }

  forEach(callback, thisArg = globalThis) {
    checkHeaders(this);
    argumentCount(arguments, 1, 'Headers.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of liveIterator(this, (entry) => entry)) Reflect.apply(callback, thisArg, [value, name, this]);
  }

  keys() {
    checkHeaders(this);
    return liveIterator(this, (entry) => entry[0]);
  }

  values() {
    checkHeaders(this);
    return liveIterator(this, (entry) => entry[1]);
  }

  entries() {
    checkHeaders(this);
    return liveIterator(this, (entry) => entry);
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  [kInspect](depth, options, inspect) {
    const shown = {};
    for (const [name, value] of sortedAndCombined(this)) shown[name] = name in shown ? `${shown[name]}, ${value}` : value;
    return `Headers ${inspect(shown, options)}`;
  }
}
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

function validateName(name, context) {
  if (!checkIsHttpToken(`${name}`)) throw new TypeError(`${context}: "${name}" is an invalid header name.`);
}

function checkGuard(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

function appendHeader(headers, name, value, context = 'Headers.append') {
  name = byteString(name, context, 'name');
  const normalized = normalizeValue(byteString(value, context, 'value'));
  validateName(name, context);
  if (badValue(normalized)) throw new TypeError(`${context}: "${value}" is an invalid header value.`);
  checkGuard(headers);
  headers[kList].push([`${name}`.toLowerCase(), normalized, `${name}`]);
}

function fill(headers, init, context) {
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`${context}: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.`);
  }
  if (init instanceof Headers) {
    for (const [name, value, raw] of init[kList]) headers[kList].push([name, value, raw]);
    return;
  }
  // undici's HeadersInit conversion names itself "Headers contructor", typo and all.
  if (typeof init[Symbol.iterator] === 'function') {
    let index = 0;
    for (const pair of init) {
      if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function')) {
        throw new TypeError(`Headers contructor: init[${index}] (${stringify(pair)}) is not iterable.`);
      }
      if (typeof pair[Symbol.iterator] !== 'function') throw new TypeError(`Headers contructor: init[${index}] is not iterable.`);
      index++;
      const items = [...pair];
      if (items.length !== 2) throw new TypeError(`${context}: expected name/value pair to be length 2, found ${items.length}.`);
      appendHeader(headers, items[0], items[1]);
    }
    return;
  }
  // A record: every own key, enumerable or not (as undici reads a plain object).
  for (const key of Reflect.ownKeys(init)) {
    if (typeof key === 'symbol') throw new TypeError('Headers contructor: init is a symbol, which cannot be converted to a DOMString.');
    appendHeader(headers, key, init[key]);
  }
}

function sortedAndCombined(headers) {
  const list = checkHeaders(headers);
  const names = [...new Set(list.map((entry) => entry[0]))].sort();
  const out = [];
  for (const name of names) {
    const values = list.filter((entry) => entry[0] === name).map((entry) => entry[1]);
    if (name === 'set-cookie') for (const value of values) out.push([name, value]);
    else out.push([name, values.join(', ')]);
  }
  return out;
}

/** Headers from raw `[name, value, ...]` pairs (a response's), fixed as they are. */
function headersFromRaw(raw, guard = 'immutable') {
  const headers = new Headers();
  for (let i = 0; i < raw.length; i += 2) headers[kList].push([raw[i].toLowerCase(), raw[i + 1], raw[i]]);
  headers[kGuard] = guard;
  return headers;
}

/** The list in insertion order with names as given: what goes on the wire. */
function rawEntries(headers) {
  return headers[kList].map((entry) => [entry[2], entry[1]]);
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
  return headers;
}

module.exports = { Headers, byteString, fill, headersFromRaw, rawEntries, setGuard };
