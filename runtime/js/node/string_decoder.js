'use strict';
// StringDecoder: decodes a stream of buffers without breaking multi-byte characters.

const { Buffer } = require('buffer');
const { codedError, invalidArgType } = require('internal/errors');

const kBuffered = Symbol('buffered');

function normalize(encoding) {
  const e = `${encoding === undefined || encoding === null ? 'utf8' : encoding}`.toLowerCase();
  switch (e) {
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
    case 'base64url':
    case 'ascii':
    case 'hex':
      return e;
    default:
      throw codedError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  }
}

/** How many bytes at the end of `buf` start a character that is not complete yet. */
function incompleteUtf8(buf) {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

class StringDecoder {
  constructor(encoding) {
    this.encoding = normalize(encoding);
    this[kBuffered] = Buffer.alloc(0);
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) throw invalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    let bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    let prefix = '';
    if (this.encoding === 'utf16le' && this[kBuffered].length > 0) {
      // A unit completed from buffered bytes is emitted as it is; a held high surrogate waits
      // for its low half.
      const held = this[kBuffered];
      const total = held.length >= 2 ? 4 : 2;
      const need = total - held.length;
      if (bytes.length < need) {
        this[kBuffered] = Buffer.concat([held, bytes]);
        return '';
      }
      prefix = Buffer.concat([held, bytes.subarray(0, need)]).toString('utf16le');
      bytes = bytes.subarray(need);
      this[kBuffered] = Buffer.alloc(0);
    } else if (this[kBuffered].length > 0) {
      bytes = Buffer.concat([this[kBuffered], bytes]);
    }
    let keep = 0;
    switch (this.encoding) {
      case 'utf8':
        keep = incompleteUtf8(bytes);
        break;
      case 'utf16le': {
        keep = bytes.length % 2;
        const end = bytes.length - keep;
        if (end >= 2) {
          const unit = bytes[end - 2] | (bytes[end - 1] << 8);
          if (unit >= 0xd800 && unit <= 0xdbff) keep += 2;
        }
        break;
      }
      case 'base64':
      case 'base64url':
        keep = bytes.length % 3;
        break;
      default:
        keep = 0;
    }
    this[kBuffered] = Buffer.from(bytes.subarray(bytes.length - keep));
    return prefix + bytes.toString(this.encoding, 0, bytes.length - keep);
  }

  end(buf) {
    let out = buf === undefined ? '' : this.write(buf);
    const rest = this[kBuffered];
    this[kBuffered] = Buffer.alloc(0);
    if (rest.length > 0) {
      out += this.encoding === 'utf8' ? '\ufffd' : rest.toString(this.encoding);
    }
    return out;
  }

  text(buf, offset) {
    return this.write(buf.subarray(offset));
  }

  get lastNeed() {
    return this[kBuffered].length;
  }

  get lastTotal() {
    return this[kBuffered].length;
  }
}

module.exports = { StringDecoder };
