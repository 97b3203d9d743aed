'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding). utf-8, utf-16le, utf-16be and windows-1252
// ("latin1") are decoded here; the other legacy encodings by a native streaming decoder.

const { codedError, invalidArgType, invalidThis } = require('internal/errors');
const { isUint8Array } = require('internal/types');

const labels = new Map();
for (const label of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']) {
  labels.set(label, 'utf-8');
}
for (const label of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) {
  labels.set(label, 'utf-16le');
}
for (const label of ['unicodefffe', 'utf-16be']) {
  labels.set(label, 'utf-16be');
}
for (const label of [
  'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
  'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
  'windows-1252', 'x-cp1252',
]) {
  labels.set(label, 'windows-1252');
}

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// Encodings the standard names that Node's ICU does not decode.
const unsupported = new Set(['replacement', 'x-user-defined', 'iso-8859-16']);

const nativeDecoders = new FinalizationRegistry((id) => ops.decoderDrop(id));

/** The encoding a label names (trimmed, any case), or undefined. */
function encodingOf(label) {
  const trimmed = label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
  return labels.get(trimmed) ?? ops.encodingName(trimmed);
}

/** windows-1252's characters for the bytes 0x80-0x9f; the other bytes are their own code points. */
const cp1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function invalidData(encoding) {
  return codedError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', `The encoded data was not valid for encoding ${encoding}`);
}

const { enumerableMembers, defineTag } = require('internal/webidl');

function webMembers(cls, tag) {
  enumerableMembers(cls);
  defineTag(cls, tag);
}

/** How an object too deep to show is named: `[TextDecoder]`, `[Sub [TextDecoder]]`. */
function tooDeep(value, tag, options) {
  const name = value.constructor?.name || tag;
  return options.stylize(name === tag ? `[${tag}]` : `[${name} [${tag}]]`, 'special');
}

/** The bytes of a decode() input. Node's message depends on which of its decoders checks it. */
function toBytes(input, message) {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof ArrayBuffer || input instanceof SharedArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', message);
}

const kListMessage = 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
const kInputMessage = 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
const kLatin1Message = 'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.';

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

/** A string from code units, in slices small enough for the argument list. */
function fromCodeUnits(units, count = units.length) {
  let out = '';
  for (let i = 0; i < count; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(i + 8192, count)));
  return out;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  // Node decodes with a one-shot path until the decoder first streams; the paths word a bad
  // input differently, and its one-shot windows-1252 is really ISO-8859-1.
  #oneShot = true;
  #pending = null;
  #bomSeen = false;
  // UTF-16: a lead surrogate waiting for its pair (or -1).
  #lead = -1;
  // The native decoder's number, for the other encodings.
  #native = 0;

  constructor(label = 'utf-8', options = {}) {
    const encoding = encodingOf(`${label}`);
    if (encoding === undefined || unsupported.has(encoding)) {
      const name = encoding ?? label;
      throw codedError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${name}" encoding is not supported`);
    }
    if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw invalidArgType('options', 'object', options);
    }
    this.#encoding = encoding;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
    if (!['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'].includes(encoding)) {
      this.#native = ops.decoderNew(encoding);
      nativeDecoders.register(this, this.#native);
    }
  }

  decode(input = undefined, options = {}) {
    if (!TextDecoder.#isDecoder(this)) throw invalidThis('TextDecoder');
    const stream = Boolean(options?.stream);
    if (stream) this.#oneShot = false;
    let message = kInputMessage;
    if (this.#oneShot && this.#encoding === 'utf-8') message = kListMessage;
    else if (this.#oneShot && this.#encoding === 'windows-1252') message = kLatin1Message;
    let bytes = toBytes(input, message);
    if (this.#native !== 0) {
      const text = ops.decoderDecode(this.#native, bytes, stream, this.#fatal);
      if (text === undefined) throw invalidData(this.#encoding);
      return text;
    }
    if (this.#pending !== null) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
      this.#pending = null;
    }
    try {
      if (this.#encoding === 'utf-8') return this.#decodeUtf8(bytes, stream);
      if (this.#encoding === 'windows-1252') return this.#decodeLatin(bytes);
      return this.#decodeUtf16(bytes, stream);
    } catch (err) {
      this.#reset();
      throw err;
    } finally {
      if (!stream) this.#reset();
    }
  }

  get encoding() {
    if (!TextDecoder.#isDecoder(this)) throw invalidThis('TextDecoder');
    return this.#encoding;
  }

  get fatal() {
    if (!TextDecoder.#isDecoder(this)) throw invalidThis('TextDecoder');
    return this.#fatal;
  }

  get ignoreBOM() {
    if (!TextDecoder.#isDecoder(this)) throw invalidThis('TextDecoder');
    return this.#ignoreBOM;
  }

  #reset() {
    this.#pending = null;
    this.#bomSeen = false;
    this.#lead = -1;
  }

  #decodeUtf8(bytes, stream) {
    let end = bytes.length;
    if (stream) {
      end = completeUtf8Prefix(bytes);
      if (end < bytes.length) this.#pending = bytes.slice(end);
    }
    // A BOM is dropped only at the very start of the stream.
    const ignoreBOM = this.#ignoreBOM || this.#bomSeen;
    const text = ops.decodeUtf8(bytes.subarray(0, end), this.#fatal, ignoreBOM);
    if (end > 0) this.#bomSeen = true;
    return text;
  }

  #decodeLatin(bytes) {
    // One-shot, Node's windows-1252 is ISO-8859-1: the native latin1 decoder does it.
    if (this.#oneShot) {
      const { Buffer } = require('buffer');
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
    }
    const units = new Uint16Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      units[i] = b >= 0x80 && b < 0xa0 ? cp1252High[b - 0x80] : b;
    }
    return fromCodeUnits(units);
  }

  /** A unit that is not part of a well-formed UTF-16 sequence: U+FFFD, or an error when fatal. */
  #invalid() {
    if (this.#fatal) throw invalidData(this.#encoding);
    return 0xfffd;
  }

  #decodeUtf16(bytes, stream) {
    const bigEndian = this.#encoding === 'utf-16be';
    // A whole, well-formed little-endian input goes through the native decoder.
    if (!bigEndian && !stream && this.#lead === -1 && bytes.length % 2 === 0) {
      const { Buffer } = require('buffer');
      let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf16le');
      if (text.isWellFormed()) {
        if (!this.#bomSeen && text.length > 0) {
          this.#bomSeen = true;
          if (text.charCodeAt(0) === 0xfeff && !this.#ignoreBOM) text = text.slice(1);
        }
        return text;
      }
    }
    // At most one unit per two bytes, plus one for an unfinished character.
    const units = new Uint16Array((bytes.length >> 1) + 2);
    let count = 0;
    const push = (...values) => {
      for (const value of values) units[count++] = value;
    };
    let lead = this.#lead;
    let i = 0;
    for (; i + 1 < bytes.length; i += 2) {
      const unit = bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8);
      if (!this.#bomSeen) {
        this.#bomSeen = true;
        if (unit === 0xfeff && !this.#ignoreBOM) continue;
      }
      if (lead !== -1) {
        if (unit >= 0xdc00 && unit <= 0xdfff) {
          push(lead, unit);
          lead = -1;
          continue;
        }
        push(this.#invalid());
        lead = -1;
      }
      if (unit >= 0xd800 && unit <= 0xdbff) lead = unit;
      else if (unit >= 0xdc00 && unit <= 0xdfff) push(this.#invalid());
      else units[count++] = unit;
    }
    const oddByte = i < bytes.length;
    if (stream) {
      this.#lead = lead;
      if (oddByte) this.#pending = bytes.slice(i);
    } else if (lead !== -1 || oddByte) {
      // An unfinished character at the end, however many of its bytes came, is one U+FFFD.
      push(this.#invalid());
    }
    return fromCodeUnits(units, count);
  }

  static #isDecoder(value) {
    return value !== null && typeof value === 'object' && #encoding in value;
  }

  [customInspect](depth, options, inspect) {
    if (!TextDecoder.#isDecoder(this)) return this;
    if (depth < 0) return tooDeep(this, 'TextDecoder', options);
    const fields = { encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM };
    // Node shows the fields with the default options, whatever the caller's.
    return `${this.constructor?.name || 'TextDecoder'} ${inspect(fields)}`;
  }
}
webMembers(TextDecoder, 'TextDecoder');

class TextEncoder {
  #brand;

  get encoding() {
    if (!TextEncoder.#isEncoder(this)) throw invalidThis('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!TextEncoder.#isEncoder(this)) throw invalidThis('TextEncoder');
    return ops.encodeUtf8(`${input}`);
  }

  encodeInto(source, destination) {
    if (!TextEncoder.#isEncoder(this)) throw invalidThis('TextEncoder');
    if (typeof source !== 'string') throw invalidArgType('src', 'string', source);
    if (!isUint8Array(destination)) throw invalidArgType('dest', 'Uint8Array', destination);
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

  static #isEncoder(value) {
    return value !== null && typeof value === 'object' && #brand in value;
  }

  // Node shows an encoder as a plain object of its one field.
  [customInspect](depth, options) {
    if (!TextEncoder.#isEncoder(this)) return this;
    if (depth < 0) return tooDeep(this, 'TextEncoder', options);
    return { encoding: 'utf-8' };
  }
}
webMembers(TextEncoder, 'TextEncoder');

module.exports = { TextEncoder, TextDecoder };
