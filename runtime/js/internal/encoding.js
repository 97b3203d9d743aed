'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding): utf-8, utf-16le and windows-1252 ("latin1").

const { codedError, invalidArgType } = require('internal/errors');

const labels = new Map();
for (const label of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']) {
  labels.set(label, 'utf-8');
}
for (const label of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) {
  labels.set(label, 'utf-16le');
}
for (const label of [
  'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
  'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
  'windows-1252', 'x-cp1252',
]) {
  labels.set(label, 'windows-1252');
}

function toBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
    return new Uint8Array(input);
  }
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw invalidArgType('input', 'an instance of ArrayBuffer or ArrayBufferView', input);
}

/** Length of the longest prefix of `bytes` that does not end inside a UTF-8 sequence. */
function completeUtf8Prefix(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null;
  #bomSeen = false;

  constructor(label = 'utf-8', options = {}) {
    const encoding = labels.get(String(label).trim().toLowerCase());
    if (encoding === undefined) {
      throw codedError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${label}" encoding is not supported`);
    }
    this.#encoding = encoding;
    this.#fatal = Boolean(options && options.fatal);
    this.#ignoreBOM = Boolean(options && options.ignoreBOM);
  }

  get encoding() {
    return this.#encoding;
  }

  get fatal() {
    return this.#fatal;
  }

  get ignoreBOM() {
    return this.#ignoreBOM;
  }

  decode(input, options = {}) {
    let bytes = toBytes(input);
    const stream = Boolean(options && options.stream);
    if (this.#pending !== null) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
      this.#pending = null;
    }
    let text;
    if (this.#encoding === 'utf-8') {
      let end = bytes.length;
      if (stream) {
        end = completeUtf8Prefix(bytes);
        if (end < bytes.length) this.#pending = bytes.slice(end);
      }
      // A BOM is dropped only at the very start of the stream.
      const ignoreBOM = this.#ignoreBOM || this.#bomSeen;
      text = ops.decodeUtf8(bytes.subarray(0, end), this.#fatal, ignoreBOM);
      if (end > 0) this.#bomSeen = true;
    } else if (this.#encoding === 'utf-16le') {
      let end = bytes.length & ~1;
      if (stream && end < bytes.length) this.#pending = bytes.slice(end);
      else if (!stream && end < bytes.length) {
        if (this.#fatal) throw invalidData('utf-16le');
      }
      let out = '';
      let start = 0;
      if (!this.#ignoreBOM && !this.#bomSeen && end >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) start = 2;
      for (let i = start; i < end; i += 2) out += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      if (end > 0) this.#bomSeen = true;
      if (!stream && bytes.length & 1) out += '\ufffd';
      text = out;
    } else {
      // Node 20 names this encoding windows-1252 but decodes it as ISO-8859-1.
      let out = '';
      for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
      text = out;
    }
    if (!stream) this.#bomSeen = false;
    return text;
  }

  get [Symbol.toStringTag]() {
    return 'TextDecoder';
  }
}

function invalidData(encoding) {
  return codedError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', `The encoded data was not valid for encoding ${encoding}`);
}

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    return ops.encodeUtf8(`${input}`);
  }

  encodeInto(source, destination) {
    source = `${source}`;
    let read = 0;
    let written = 0;
    const length = destination.length;
    for (let i = 0; i < source.length; i++) {
      let code = source.charCodeAt(i);
      let units = 1;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < source.length) {
        const next = source.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          units = 2;
        }
      }
      if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
      const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      if (written + size > length) break;
      if (size === 1) {
        destination[written++] = code;
      } else if (size === 2) {
        destination[written++] = 0xc0 | (code >> 6);
        destination[written++] = 0x80 | (code & 0x3f);
      } else if (size === 3) {
        destination[written++] = 0xe0 | (code >> 12);
        destination[written++] = 0x80 | ((code >> 6) & 0x3f);
        destination[written++] = 0x80 | (code & 0x3f);
      } else {
        destination[written++] = 0xf0 | (code >> 18);
        destination[written++] = 0x80 | ((code >> 12) & 0x3f);
        destination[written++] = 0x80 | ((code >> 6) & 0x3f);
        destination[written++] = 0x80 | (code & 0x3f);
      }
      read += units;
      i += units - 1;
    }
    return { read, written };
  }

  get [Symbol.toStringTag]() {
    return 'TextEncoder';
  }
}

module.exports = { TextEncoder, TextDecoder };
