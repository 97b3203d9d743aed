'use strict';
// util.MIMEType and util.MIMEParams: MIME types as the WHATWG MIME Sniffing Standard parses
// and serializes them.

const { codedError } = require('internal/errors');

const tokenChar = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]$/;
// The characters a parameter value may hold (quoted if need be).
const quotedStringChar = /^[\t\x20-\x7e\x80-\xff]$/;
const httpWhitespace = '\t\n\r ';

/** `ERR_INVALID_MIME_SYNTAX`; `at` is the offending character's index in `text`, if any. */
function invalidSyntax(production, text, at = -1) {
  const where = at === -1 ? '' : ` at ${at}`;
  return codedError(TypeError, 'ERR_INVALID_MIME_SYNTAX', `The MIME syntax for a ${production} in "${text}" is invalid${where}`);
}

/** The index of the first character of `text` that does not match `allowed`, or -1. */
function firstInvalid(text, allowed) {
  for (let i = 0; i < text.length; i++) {
    if (!allowed.test(text[i])) return i;
  }
  return -1;
}

/** A type or subtype, lower-cased; it must be a non-empty token. An error names `source`. */
function checkToken(production, text, source = text) {
  const at = firstInvalid(text, tokenChar);
  if (text === '' || at !== -1) throw invalidSyntax(production, source, at);
  return text.toLowerCase();
}

function trimHttpWhitespace(text, { start = true, end = true } = {}) {
  let from = 0;
  let to = text.length;
  while (start && from < to && httpWhitespace.includes(text[from])) from++;
  while (end && to > from && httpWhitespace.includes(text[to - 1])) to--;
  return text.slice(from, to);
}

/** A quoted value starting at `text[start]` (a '"'): [value, index after it]. */
function readQuoted(text, start) {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i++];
    if (ch === '"') break;
    if (ch !== '\\') {
      value += ch;
    } else if (i < text.length) {
      value += text[i++];
    } else {
      value += '\\';
    }
  }
  return [value, i];
}

/** Adds the parameters in `text` (after the subtype) to `params`; malformed ones are skipped. */
function parseParameters(text, params) {
  let i = 0;
  while (i < text.length) {
    i++; // the ';'
    while (i < text.length && httpWhitespace.includes(text[i])) i++;
    let end = i;
    while (end < text.length && text[end] !== ';' && text[end] !== '=') end++;
    const name = text.slice(i, end).toLowerCase();
    i = end;
    if (i >= text.length) break;
    if (text[i] === ';') continue;
    i++; // the '='
    if (i >= text.length) break;
    let value;
    if (text[i] === '"') {
      [value, i] = readQuoted(text, i);
      while (i < text.length && text[i] !== ';') i++;
    } else {
      end = text.indexOf(';', i);
      if (end === -1) end = text.length;
      value = trimHttpWhitespace(text.slice(i, end), { start: false });
      i = end;
      if (value === '') continue;
    }
    const valid = name !== '' && firstInvalid(name, tokenChar) === -1 && firstInvalid(value, quotedStringChar) === -1;
    if (valid && !params.has(name)) params.set(name, value);
  }
}

function serializeValue(value) {
  if (value !== '' && firstInvalid(value, tokenChar) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(`${name}`);
  }

  get(name) {
    const value = this.#data.get(`${name}`);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(`${name}`);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = firstInvalid(name, tokenChar);
    if (name === '' || badName !== -1) throw invalidSyntax('parameter name', name, badName);
    const badValue = firstInvalid(value, quotedStringChar);
    if (badValue !== -1) throw invalidSyntax('parameter value', value, badValue);
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) out += `${out === '' ? '' : ';'}${name}=${serializeValue(value)}`;
    return out;
  }

  toJSON() {
    return this.toString();
  }
}
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  value: MIMEParams.prototype.entries,
  writable: true,
  configurable: true,
});

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(string) {
    const source = `${string}`;
    const text = trimHttpWhitespace(source);
    const slash = text.indexOf('/');
    const type = slash === -1 ? text : text.slice(0, slash);
    if (slash === -1) throw invalidSyntax('type', source, firstInvalid(type, tokenChar));
    this.#type = checkToken('type', type, source);
    let end = text.indexOf(';', slash);
    if (end === -1) end = text.length;
    const subtype = trimHttpWhitespace(text.slice(slash + 1, end), { start: false });
    this.#subtype = checkToken('subtype', subtype, source);
    parseParameters(text.slice(end), this.#params);
  }

  get type() {
    return this.#type;
  }
  set type(value) {
    this.#type = checkToken('type', `${value}`);
  }

  get subtype() {
    return this.#subtype;
  }
  set subtype(value) {
    this.#subtype = checkToken('subtype', `${value}`);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = `${this.#params}`;
    return `${this.#type}/${this.#subtype}${params === '' ? '' : `;${params}`}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
