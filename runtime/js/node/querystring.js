'use strict';
// The `querystring` module (URL query strings the legacy way).

const { Buffer } = require('buffer');
const { codedError } = require('internal/errors');

// Characters left alone by escape(): A-Z a-z 0-9 - _ . ! ~ * ' ( )
const unreserved = new Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()");

function uriError() {
  return codedError(URIError, 'ERR_INVALID_URI', 'URI malformed');
}

function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const ch = str[i];
    if (unreserved.has(ch)) {
      out += ch;
      continue;
    }
    let code = str.charCodeAt(i);
    // A surrogate, paired or not, takes the low ten bits of the unit after it.
    if (code >= 0xd800 && code <= 0xdfff) {
      if (i + 1 >= str.length) throw uriError();
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(++i) & 0x3ff));
    }
    for (const b of Buffer.from(String.fromCodePoint(code))) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function unescapeBuffer(s, decodeSpaces) {
  const out = Buffer.allocUnsafe(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out[n++] = 32;
    } else if (c === 37 && i + 2 < s.length && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      out[n++] = parseInt(s.slice(i + 1, i + 3), 16);
      i += 2;
    } else {
      out[n++] = c;
    }
  }
  return out.subarray(0, n);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep = '&', eq = '=', options = undefined) {
  sep = sep || '&';
  eq = eq || '=';
  // The module's escape, which may have been replaced, unless the options give an encoder.
  const encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : module.exports.escape;
  if (obj === null || typeof obj !== 'object') return '';
  const parts = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const ks = `${encode(stringifyPrimitive(key))}${eq}`;
    if (Array.isArray(value)) {
      for (const v of value) parts.push(ks + encode(stringifyPrimitive(v)));
    } else {
      parts.push(ks + encode(stringifyPrimitive(value)));
    }
  }
  return parts.join(sep);
}

function parse(qs, sep = '&', eq = '=', options = undefined) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const decode = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : module.exports.unescape;
  let pieces = qs.split(sep);
  // Node counts the pieces down to zero, so a maxKeys that is not a whole number sets no limit.
  if (Number.isInteger(maxKeys) && maxKeys > 0 && pieces.length > maxKeys) pieces = pieces.slice(0, maxKeys);
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    const idx = piece.indexOf(eq);
    let key;
    let value;
    if (idx >= 0) {
      key = piece.slice(0, idx);
      value = piece.slice(idx + eq.length);
    } else {
      key = piece;
      value = '';
    }
    key = decodeStr(key.replaceAll('+', '%20'), decode);
    value = decodeStr(value.replaceAll('+', '%20'), decode);
    if (key in obj) {
      if (Array.isArray(obj[key])) obj[key].push(value);
      else obj[key] = [obj[key], value];
    } else {
      obj[key] = value;
    }
  }
  return obj;
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
