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
  if (!(value instanceof Headers) || value[kList] === undefined) {
    throw new TypeError("Value of 'this' must be of type Headers");
  }
  return value[kList];
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
    appendHeader(this, name, value, 'Headers.append');
  }

  delete(name) {
    const list = checkHeaders(this);
    validateName(name, 'Headers.delete');
    checkGuard(this);
    const key = `${name}`.toLowerCase();
    this[kList] = list.filter((entry) => entry[0] !== key);
  }

  get(name) {
    const list = checkHeaders(this);
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
    validateName(name, 'Headers.has');
    const key = `${name}`.toLowerCase();
    return list.some((entry) => entry[0] === key);
  }

  set(name, value) {
    const list = checkHeaders(this);
    const normalized = normalizeValue(value);
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

  forEach(callback, thisArg = undefined) {
    checkHeaders(this);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of sortedAndCombined(this)) Reflect.apply(callback, thisArg, [value, name, this]);
  }

  *keys() {
    for (const [name] of sortedAndCombined(this)) yield name;
  }

  *values() {
    for (const [, value] of sortedAndCombined(this)) yield value;
  }

  *entries() {
    yield* sortedAndCombined(this);
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
  const normalized = normalizeValue(value);
  validateName(name, context);
  if (badValue(normalized)) throw new TypeError(`${context}: "${value}" is an invalid header value.`);
  checkGuard(headers);
  headers[kList].push([`${name}`.toLowerCase(), normalized, `${name}`]);
}

function fill(headers, init, context) {
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`${context}: Expected init to be an object.`);
  }
  if (init instanceof Headers) {
    for (const [name, value, raw] of init[kList]) headers[kList].push([name, value, raw]);
    return;
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      const items = typeof pair === 'string' ? [pair] : [...pair];
      if (items.length !== 2) throw new TypeError(`${context}: expected name/value pair to be length 2, found ${items.length}.`);
      appendHeader(headers, items[0], items[1]);
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    if (typeof key !== 'string') continue;
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc?.enumerable) appendHeader(headers, key, init[key]);
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

module.exports = { Headers, fill, headersFromRaw, rawEntries, setGuard };
