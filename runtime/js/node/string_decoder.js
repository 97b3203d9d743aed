'use strict';
// StringDecoder: decodes a stream of buffers without breaking multi-byte characters. The
// bytes of an unfinished character wait in a 4-byte `lastChar`; `lastNeed` counts the bytes
// still missing and `lastTotal` the character's full length, as programs that read them expect.

const { Buffer } = require('buffer');
const { codedError, invalidArgType } = require('internal/errors');

const kState = Symbol('kState');

function normalize(encoding) {
  if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
  switch (`${encoding}`.toLowerCase()) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
      return 'base64';
    case 'base64url':
      return 'base64url';
    case 'ascii':
      return 'ascii';
    case 'hex':
      return 'hex';
    default:
      throw codedError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  }
}

/** What a UTF-8 byte says: 0 a character of its own, 2-4 the start of one that long, -1 a
 * continuation byte, -2 a byte that cannot appear. */
function utf8Kind(byte) {
  if (byte <= 0x7f) return 0;
  if (byte >> 5 === 0x06) return 2;
  if (byte >> 4 === 0x0e) return 3;
  if (byte >> 3 === 0x1e) return 4;
  return byte >> 6 === 0x02 ? -1 : -2;
}

/** Per-encoding handling of the bytes after `from` that `write` has not consumed yet. */
const decoders = {
  utf8: {
    text(state, buf, from) {
      // Look back at most three bytes for the start of an unfinished character.
      for (let back = 1; back <= 3 && buf.length - back >= from; back++) {
        const kind = utf8Kind(buf[buf.length - back]);
        if (kind === -1) continue;
        if (kind > back) return holdTail(state, buf, from, back, kind, 'utf8');
        break;
      }
      return buf.toString('utf8', from);
    },
    // A byte that cannot continue the held character ends it as U+FFFD.
    badContinuation(state, buf) {
      for (let k = 0; k < Math.min(state.need, buf.length); k++) {
        if ((buf[k] & 0xc0) !== 0x80) {
          state.need = 0;
          return { text: '\ufffd', used: k };
        }
      }
      return null;
    },
    end: () => '\ufffd',
  },
  utf16le: {
    text(state, buf, from) {
      if ((buf.length - from) % 2 === 1) return holdTail(state, buf, from, 1, 2, 'utf16le');
      const text = buf.toString('utf16le', from);
      const last = text.charCodeAt(text.length - 1);
      // A high surrogate waits for its low half.
      if (last >= 0xd800 && last <= 0xdbff) {
        state.char[0] = buf[buf.length - 2];
        state.char[1] = buf[buf.length - 1];
        state.need = 2;
        state.total = 4;
        return text.slice(0, -1);
      }
      return text;
    },
    end: (state) => state.char.toString('utf16le', 0, state.total - state.need),
  },
  base64: base64Like('base64'),
  base64url: base64Like('base64url'),
};

function base64Like(encoding) {
  return {
    text(state, buf, from) {
      const extra = (buf.length - from) % 3;
      if (extra === 0) return buf.toString(encoding, from);
      return holdTail(state, buf, from, extra, 3, encoding);
    },
    end: (state) => state.char.toString(encoding, 0, 3 - state.need),
  };
}

/** Keeps the last `have` bytes of a `total`-byte unit and decodes the rest. */
function holdTail(state, buf, from, have, total, encoding) {
  buf.copy(state.char, 0, buf.length - have);
  state.need = total - have;
  state.total = total;
  return buf.toString(encoding, from, buf.length - have);
}

function StringDecoder(encoding) {
  this.encoding = normalize(encoding);
  Object.defineProperty(this, kState, {
    value: { char: Buffer.alloc(4), need: 0, total: 0 },
    writable: true,
    configurable: true,
  });
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw invalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const decoder = decoders[this.encoding];
  if (decoder === undefined) return bytes.toString(this.encoding);
  if (bytes.length === 0) return '';
  const state = this[kState];
  let out = '';
  let from = 0;
  if (state.need > 0) {
    const bad = decoder.badContinuation ? decoder.badContinuation(state, bytes) : null;
    if (bad !== null) {
      out = bad.text;
      from = bad.used;
    } else if (state.need <= bytes.length) {
      bytes.copy(state.char, state.total - state.need, 0, state.need);
      out = state.char.toString(this.encoding, 0, state.total);
      from = state.need;
      state.need = 0;
    } else {
      bytes.copy(state.char, state.total - state.need, 0, bytes.length);
      state.need -= bytes.length;
      return '';
    }
  }
  return from < bytes.length ? out + decoder.text(state, bytes, from) : out;
};

StringDecoder.prototype.end = function end(buf) {
  const out = buf === undefined ? '' : this.write(buf);
  const state = this[kState];
  const decoder = decoders[this.encoding];
  if (decoder === undefined || state.need === 0) return out;
  const rest = decoder.end(state);
  state.need = 0;
  state.total = 0;
  return out + rest;
};

StringDecoder.prototype.text = function text(buf, offset) {
  this[kState].need = 0;
  this[kState].total = 0;
  return this.write(buf.subarray(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    get() {
      return this[kState].char;
    },
    configurable: true,
    enumerable: true,
  },
  lastNeed: {
    get() {
      return this[kState].need;
    },
    configurable: true,
    enumerable: true,
  },
  lastTotal: {
    get() {
      return this[kState].need === 0 ? 0 : this[kState].total;
    },
    configurable: true,
    enumerable: true,
  },
});

module.exports = { StringDecoder };
