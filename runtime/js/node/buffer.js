'use strict';
// Buffer: a Uint8Array with Node's encodings, number reads and writes, search and comparison.
// Encoding work on large data is done in Rust (`ops.bufferToString`, `ops.bufferWrite`).

const { codedError, invalidArgType, outOfRange, validateInteger, validateNumber } = require('internal/errors');
const { inspect } = require('internal/inspect');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
// How many bytes inspect shows; `buffer.INSPECT_MAX_BYTES` reads and sets it.
let INSPECT_MAX_BYTES = 50;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// Encoding numbers shared with runtime/src/ops/buffer.rs.
const UTF8 = 0;
const HEX = 1;
const BASE64 = 2;
const BASE64URL = 3;
const LATIN1 = 4;
const ASCII = 5;
const UCS2 = 6;

const encodingNames = new Map([
  ['utf8', UTF8], ['utf-8', UTF8], ['hex', HEX], ['base64', BASE64], ['base64url', BASE64URL],
  ['latin1', LATIN1], ['binary', LATIN1], ['ascii', ASCII], ['ucs2', UCS2], ['ucs-2', UCS2],
  ['utf16le', UCS2], ['utf-16le', UCS2],
]);

/** The encoding number, or undefined for an unknown name. */
function encodingOf(encoding) {
  if (encoding === undefined || encoding === null || encoding === '') return UTF8;
  const direct = encodingNames.get(encoding);
  if (direct !== undefined) return direct;
  return encodingNames.get(`${encoding}`.toLowerCase());
}

function getEncoding(encoding) {
  const e = encodingOf(encoding);
  if (e === undefined) throw codedError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  return e;
}

function outOfBounds(name) {
  if (name) return codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', `"${name}" is outside of buffer bounds`);
  return codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
}

// ---- the class --------------------------------------------------------------------------------

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

let warnedBufferConstructor = false;
// Calls from dependencies are looked at this many times at most: capturing a stack on every
// Buffer() a library makes would cost it dearly (Node stops looking too).
let callersLeftToCheck = 10000;

/** DEP0005, once, unless the call comes from a dependency (Node spares node_modules). */
function warnBufferConstructor() {
  if (warnedBufferConstructor || callersLeftToCheck-- <= 0) return;
  const holder = {};
  Error.captureStackTrace(holder, Buffer);
  const caller = `${holder.stack}`.split('\n')[1] || '';
  if (caller.includes('/node_modules/')) return;
  warnedBufferConstructor = true;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning',
    'DEP0005',
  );
}

function Buffer(arg, encodingOrOffset, length) {
  warnBufferConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw invalidArgType('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  get() {
    return FastBuffer;
  },
  configurable: true,
});
FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8 * 1024;

function validateSize(size) {
  if (typeof size !== 'number') throw invalidArgType('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength)) throw outOfRange('size', `>= 0 && <= ${kMaxLength}`, size);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    if (typeof fill === 'string' && encoding !== undefined) getEncoding(encoding);
    buf.fill(fill, encoding);
  }
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

function fromString(string, encoding) {
  const e = getEncoding(encoding);
  const length = byteLengthOf(string, e);
  const buf = new FastBuffer(length);
  if (length === 0) return buf;
  const written = ops.bufferWrite(buf, string, 0, length, e);
  return written === length ? buf : new FastBuffer(buf.buffer, 0, written);
}

function fromArrayLike(obj) {
  const length = obj.length >>> 0;
  const buf = new FastBuffer(length);
  for (let i = 0; i < length; i++) buf[i] = obj[i];
  return buf;
}

/** A new Buffer with a copy of the bytes of `view`'s elements [offset, offset + length). */
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) throw invalidArgType('view', ['TypedArray'], view);
  let elements = view;
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) validateInteger(offset, 'offset', 0);
    else offset = 0;
    if (length !== undefined) validateInteger(length, 'length', 0);
    elements = view.slice(offset, length === undefined ? view.length : offset + length);
  }
  const bytes = new Uint8Array(elements.buffer, elements.byteOffset, elements.byteLength);
  return elements === view ? Buffer.from(bytes) : new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
};

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer)) {
      return fromArrayBuffer(value, encodingOrOffset, length);
    }
    if (ArrayBuffer.isView(value)) {
      if (value instanceof Uint8Array) {
        const copy = new FastBuffer(value.length);
        copy.set(value);
        return copy;
      }
      return fromArrayLike(value);
    }
    const primitive = value.valueOf && value.valueOf();
    if (primitive != null && primitive !== value) return Buffer.from(primitive, encodingOrOffset, length);
    if (typeof value.length === 'number' || Array.isArray(value)) return fromArrayLike(value);
    if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const p = value[Symbol.toPrimitive]('string');
      if (typeof p === 'string') return fromString(p, encodingOrOffset);
    }
  }
  throw firstArgumentError(value);
};

function firstArgumentError(value) {
  const { describeReceived } = require('internal/errors');
  return codedError(
    TypeError,
    'ERR_INVALID_ARG_TYPE',
    `The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.${describeReceived(value)}`,
  );
}

function fromArrayBuffer(buffer, byteOffset, length) {
  const max = buffer.byteLength;
  if (byteOffset === undefined) byteOffset = 0;
  else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  if (byteOffset > max) throw outOfBounds('offset');
  if (length === undefined) length = max - byteOffset;
  else {
    length = +length;
    if (length > 0) {
      if (length > max - byteOffset) throw outOfBounds('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(buffer, byteOffset, length);
}

Buffer.of = function of(...items) {
  return fromArrayLike(items);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingOf(encoding) !== undefined;
};

function base64ByteLength(str) {
  let bytes = str.length;
  if (bytes > 0 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

function byteLengthOf(string, e) {
  switch (e) {
    case UTF8:
      return ops.byteLengthUtf8(string);
    case UCS2:
      return string.length * 2;
    case LATIN1:
    case ASCII:
      return string.length;
    case HEX:
      return string.length >>> 1;
    default:
      return base64ByteLength(string);
  }
}

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || string instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && string instanceof SharedArrayBuffer)) {
      return string.byteLength;
    }
    throw invalidArgType('string', 'string or an instance of Buffer or ArrayBuffer', string);
  }
  const e = encodingOf(encoding);
  return byteLengthOf(string, e === undefined ? UTF8 : e);
};

Buffer.compare = function compare(a, b) {
  if (!(a instanceof Uint8Array)) throw invalidArgType('buf1', 'an instance of Buffer or Uint8Array', a);
  if (!(b instanceof Uint8Array)) throw invalidArgType('buf2', 'an instance of Buffer or Uint8Array', b);
  return compareBytes(a, 0, a.length, b, 0, b.length);
};

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  // Large ranges compare natively (memcmp); short ones are quicker without the call.
  if (aEnd - aStart > 64 || bEnd - bStart > 64) {
    return ops.bufferCompare(a.subarray(aStart, aEnd), b.subarray(bStart, bEnd));
  }
  const n = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

Buffer.concat = function concat(list, totalLength) {
  if (!Array.isArray(list)) throw invalidArgType('list', 'Array', list);
  if (list.length === 0) return new FastBuffer(0);
  if (totalLength === undefined) {
    totalLength = 0;
    for (let i = 0; i < list.length; i++) {
      if (!(list[i] instanceof Uint8Array)) {
        throw invalidArgType(`list[${i}]`, 'an instance of Buffer or Uint8Array', list[i]);
      }
      totalLength += list[i].length;
    }
  } else {
    validateInteger(totalLength, 'length', 0, kMaxLength);
  }
  const buffer = Buffer.allocUnsafe(totalLength);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!(buf instanceof Uint8Array)) {
      throw invalidArgType(`list[${i}]`, 'an instance of Buffer or Uint8Array', buf);
    }
    // Empty pieces are skipped; every piece is still checked, as in Node.
    const n = Math.min(buf.length, totalLength - pos);
    if (n <= 0) continue;
    buffer.set(n === buf.length ? buf : buf.subarray(0, n), pos);
    pos += n;
  }
  if (pos < totalLength) buffer.fill(0, pos, totalLength);
  return buffer;
};

// ---- instance methods -------------------------------------------------------------------------

const proto = Buffer.prototype;

// The encoding-named methods by encoding number: toString and write call them on `this` as
// Node does, so that a plain Uint8Array borrowing them fails the way it does under Node.
const sliceBy = [
  (buf, start, end) => buf.utf8Slice(start, end),
  (buf, start, end) => buf.hexSlice(start, end),
  (buf, start, end) => buf.base64Slice(start, end),
  (buf, start, end) => buf.base64urlSlice(start, end),
  (buf, start, end) => buf.latin1Slice(start, end),
  (buf, start, end) => buf.asciiSlice(start, end),
  (buf, start, end) => buf.ucs2Slice(start, end),
];
const writeBy = [
  (buf, string, offset, length) => buf.utf8Write(string, offset, length),
  (buf, string, offset, length) => buf.hexWrite(string, offset, length),
  (buf, string, offset, length) => buf.base64Write(string, offset, length),
  (buf, string, offset, length) => buf.base64urlWrite(string, offset, length),
  (buf, string, offset, length) => buf.latin1Write(string, offset, length),
  (buf, string, offset, length) => buf.asciiWrite(string, offset, length),
  (buf, string, offset, length) => buf.ucs2Write(string, offset, length),
];

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return this.utf8Slice(0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return this.utf8Slice(start, end);
  // Only a missing encoding means UTF-8 here; null or '' are unknown names.
  const e = encoding === null || encoding === '' ? undefined : encodingOf(encoding);
  if (e === undefined) throw codedError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  return sliceBy[e](this, start, end);
};

proto.toLocaleString = proto.toString;

proto.equals = function equals(other) {
  if (!(other instanceof Uint8Array)) throw invalidArgType('otherBuffer', 'an instance of Buffer or Uint8Array', other);
  if (this === other) return true;
  if (this.byteLength !== other.byteLength) return false;
  return compareBytes(this, 0, this.length, other, 0, other.length) === 0;
};

function validateOffset(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!(target instanceof Uint8Array)) throw invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart', 0, kMaxLength);
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart', 0, kMaxLength);
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!(target instanceof Uint8Array)) throw invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
  targetStart = targetStart === undefined ? 0 : toInteger(targetStart, 'targetStart');
  sourceStart = sourceStart === undefined ? 0 : toInteger(sourceStart, 'sourceStart');
  sourceEnd = sourceEnd === undefined ? this.length : toInteger(sourceEnd, 'sourceEnd');
  if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
  if (sourceStart < 0 || sourceStart > this.length) throw outOfRange('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
  if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  if (sourceEnd > this.length) sourceEnd = this.length;
  const n = Math.min(sourceEnd - sourceStart, target.length - targetStart);
  target.set(this.subarray(sourceStart, sourceStart + n), targetStart);
  return n;
};

function toInteger(value, name) {
  const n = +value;
  if (Number.isNaN(n)) return 0;
  if (typeof value !== 'number' && typeof value !== 'string' && typeof value !== 'boolean' && value != null) {
    throw invalidArgType(name, 'number', value);
  }
  return Math.trunc(n);
}

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    return writeBy[getEncoding(offset)](this, string, 0, this.length);
  }
  validateOffset(offset, 'offset', 0, this.length);
  const remaining = this.length - offset;
  if (length === undefined) {
    length = remaining;
  } else if (typeof length === 'string') {
    encoding = length;
    length = remaining;
  } else {
    validateOffset(length, 'length', 0, this.length);
    if (length > remaining) length = remaining;
  }
  return writeBy[encoding === undefined ? UTF8 : getEncoding(encoding)](this, string, offset, length);
};

proto.toJSON = function toJSON() {
  return { type: 'Buffer', data: Array.from(this) };
};

// Both share memory with the buffer; offsets are cut to it (NaN is 0) as Node does.
proto.subarray = function subarray(start, end) {
  const len = this.length;
  start = adjustOffset(start, len);
  end = end === undefined ? len : adjustOffset(end, len);
  return new FastBuffer(this.buffer, this.byteOffset + start, Math.max(end - start, 0));
};
proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) return Math.max(length + offset, 0);
  return offset < length ? offset : length;
}

proto.fill = function fill(value, offset, end, encoding) {
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    end = this.length;
  } else if (typeof end === 'string') {
    encoding = end;
    end = this.length;
  }
  offset = offset === undefined ? 0 : offset;
  end = end === undefined ? this.length : end;
  if (offset !== 0) validateOffset(offset, 'offset', 0, kMaxLength);
  if (end !== this.length) validateOffset(end, 'end', 0, this.length);
  if (offset >= end) return this;
  let bytes;
  if (typeof value === 'string') {
    const e = encoding === undefined ? UTF8 : getEncoding(encoding);
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1 && e === UTF8 && value.charCodeAt(0) < 128) {
      value = value.charCodeAt(0);
    } else {
      bytes = fromString(value, encoding);
      if (bytes.length === 0) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'value' is invalid. Received '${value}'`);
      }
    }
  } else if (value instanceof Uint8Array) {
    bytes = value;
  } else if (typeof value === 'boolean') {
    value = Number(value);
  }
  if (bytes === undefined) {
    Uint8Array.prototype.fill.call(this, (Number(value) || 0) & 255, offset, end);
    return this;
  }
  for (let i = offset, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
  return this;
};

/** Bytes to search for, from a string, number or buffer. */
function needleBytes(value, encoding) {
  if (typeof value === 'string') return fromString(value, encoding);
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'number') return Uint8Array.of(value & 255);
  throw invalidArgType('value', 'number or string or an instance of Buffer or Uint8Array', value);
}

function search(buf, value, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  let offset = +byteOffset;
  if (Number.isNaN(offset) || byteOffset === null || (typeof byteOffset === 'object' && byteOffset !== null)) {
    offset = forward ? 0 : buf.length;
  }
  offset = Math.trunc(offset);
  if (offset < 0) offset += buf.length;
  const needle = needleBytes(value, encoding);
  const n = needle.length;
  const len = buf.length;
  if (forward) {
    if (offset < 0) offset = 0;
    if (n === 0) return offset <= len ? offset : len;
    for (let i = offset; i <= len - n; i++) {
      if (buf[i] === needle[0] && matchesAt(buf, needle, i)) return i;
    }
    return -1;
  }
  if (offset < 0) return -1;
  if (n === 0) return Math.min(offset, len);
  for (let i = Math.min(offset, len - n); i >= 0; i--) {
    if (buf[i] === needle[0] && matchesAt(buf, needle, i)) return i;
  }
  return -1;
}

function matchesAt(buf, needle, at) {
  for (let j = 1; j < needle.length; j++) if (buf[at + j] !== needle[j]) return false;
  return true;
}

proto.indexOf = function indexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, false);
};

proto.includes = function includes(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, true) !== -1;
};

function swapper(size) {
  return function swap() {
    if (this.length % size !== 0) {
      throw codedError(RangeError, 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${size * 8}-bits`);
    }
    for (let i = 0; i < this.length; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const t = this[a];
        this[a] = this[b];
        this[b] = t;
      }
    }
    return this;
  };
}
proto.swap16 = swapper(2);
proto.swap32 = swapper(4);
proto.swap64 = swapper(8);

proto[customInspect] = function inspectBuffer(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = ops.bufferToString(this, HEX, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    // Properties set on the buffer itself follow the bytes.
    const extras = { __proto__: null };
    let any = false;
    for (const key of Reflect.ownKeys(this)) {
      if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key)) continue;
      if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
      extras[key] = this[key];
      any = true;
    }
    if (any) {
      const { inspect } = require('internal/inspect');
      if (this.length !== 0) str += ', ';
      // Without the "[Object: null prototype] {" and " }" around the properties.
      str += inspect(extras, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspect];

// ---- numbers ----------------------------------------------------------------------------------

function view(buf) {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

function checkOffset(buf, offset, byteLength) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') throw invalidArgType('offset', 'number', offset);
  if (!Number.isInteger(offset)) throw outOfRange('offset', 'an integer', offset);
  const last = buf.length - byteLength;
  if (offset < 0 || offset > last) {
    if (last < 0) throw outOfBounds();
    throw outOfRange('offset', `>= 0 and <= ${last}`, offset);
  }
  return offset;
}

function checkValue(value, min, max, byteLength, big) {
  if (value > max || value < min) {
    const n = big ? 'n' : '';
    let range;
    if (byteLength > 4) {
      const bits = byteLength * 8;
      range = min === 0 || min === 0n
        ? `>= 0${n} and < 2${n} ** ${bits}${n}`
        : `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw outOfRange('value', range, value);
  }
}

function defineFixed(name, byteLength, get, set, min, max) {
  proto[`read${name}`] = function read(offset) {
    offset = checkOffset(this, offset, byteLength);
    return get(view(this), offset);
  };
  const big = typeof min === 'bigint';
  proto[`write${name}`] = function write(value, offset) {
    // The 64-bit writers take BigInts only; other values pass the range check and then fail
    // with V8's own TypeError, as Node's arithmetic on them does.
    if (!big && typeof value !== 'number') value = +value;
    if (min !== undefined) checkValue(value, min, max, byteLength, big);
    offset = checkOffset(this, offset, byteLength);
    if (big && typeof value !== 'bigint') void (value & 0xffffffffn);
    set(view(this), offset, value);
    return offset + byteLength;
  };
}

defineFixed('UInt8', 1, (v, o) => v.getUint8(o), (v, o, x) => v.setUint8(o, x), 0, 255);
defineFixed('Int8', 1, (v, o) => v.getInt8(o), (v, o, x) => v.setInt8(o, x), -128, 127);
for (const [suffix, le] of [['LE', true], ['BE', false]]) {
  defineFixed(`UInt16${suffix}`, 2, (v, o) => v.getUint16(o, le), (v, o, x) => v.setUint16(o, x, le), 0, 0xffff);
  defineFixed(`Int16${suffix}`, 2, (v, o) => v.getInt16(o, le), (v, o, x) => v.setInt16(o, x, le), -0x8000, 0x7fff);
  defineFixed(`UInt32${suffix}`, 4, (v, o) => v.getUint32(o, le), (v, o, x) => v.setUint32(o, x, le), 0, 0xffffffff);
  defineFixed(`Int32${suffix}`, 4, (v, o) => v.getInt32(o, le), (v, o, x) => v.setInt32(o, x, le), -0x80000000, 0x7fffffff);
  defineFixed(`Float${suffix}`, 4, (v, o) => v.getFloat32(o, le), (v, o, x) => v.setFloat32(o, x, le));
  defineFixed(`Double${suffix}`, 8, (v, o) => v.getFloat64(o, le), (v, o, x) => v.setFloat64(o, x, le));
  defineFixed(`BigUInt64${suffix}`, 8, (v, o) => v.getBigUint64(o, le), (v, o, x) => v.setBigUint64(o, BigInt(x), le), 0n, 2n ** 64n - 1n);
  defineFixed(`BigInt64${suffix}`, 8, (v, o) => v.getBigInt64(o, le), (v, o, x) => v.setBigInt64(o, BigInt(x), le), -(2n ** 63n), 2n ** 63n - 1n);
}
proto.readBigUint64LE = proto.readBigUInt64LE;
proto.readBigUint64BE = proto.readBigUInt64BE;
proto.writeBigUint64LE = proto.writeBigUInt64LE;
proto.writeBigUint64BE = proto.writeBigUInt64BE;
for (const name of ['UInt8', 'UInt16LE', 'UInt16BE', 'UInt32LE', 'UInt32BE']) {
  proto[`readUint${name.slice(4)}`] = proto[`read${name}`];
  proto[`writeUint${name.slice(4)}`] = proto[`write${name}`];
}

function checkByteLength(byteLength) {
  if (typeof byteLength !== 'number') throw invalidArgType('byteLength', 'number', byteLength);
  if (!Number.isInteger(byteLength) || byteLength < 1 || byteLength > 6) {
    throw outOfRange('byteLength', '>= 1 and <= 6', byteLength);
  }
}

function readVariable(buf, offset, byteLength, le, signed) {
  checkByteLength(byteLength);
  offset = checkOffset(buf, offset, byteLength);
  let value = 0;
  for (let i = 0; i < byteLength; i++) {
    const b = buf[offset + (le ? byteLength - 1 - i : i)];
    value = value * 256 + b;
  }
  if (signed && value >= 2 ** (8 * byteLength - 1)) value -= 2 ** (8 * byteLength);
  return value;
}

function writeVariable(buf, value, offset, byteLength, le, signed) {
  checkByteLength(byteLength);
  value = +value;
  const bits = 8 * byteLength;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  checkValue(value, min, max, byteLength, false);
  offset = checkOffset(buf, offset, byteLength);
  let v = value < 0 ? value + 2 ** bits : value;
  for (let i = 0; i < byteLength; i++) {
    buf[offset + (le ? i : byteLength - 1 - i)] = v % 256;
    v = Math.floor(v / 256);
  }
  return offset + byteLength;
}

proto.readUIntLE = function readUIntLE(offset, byteLength) {
  return readVariable(this, offset, byteLength, true, false);
};
proto.readUIntBE = function readUIntBE(offset, byteLength) {
  return readVariable(this, offset, byteLength, false, false);
};
proto.readIntLE = function readIntLE(offset, byteLength) {
  return readVariable(this, offset, byteLength, true, true);
};
proto.readIntBE = function readIntBE(offset, byteLength) {
  return readVariable(this, offset, byteLength, false, true);
};
proto.writeUIntLE = function writeUIntLE(value, offset, byteLength) {
  return writeVariable(this, value, offset, byteLength, true, false);
};
proto.writeUIntBE = function writeUIntBE(value, offset, byteLength) {
  return writeVariable(this, value, offset, byteLength, false, false);
};
proto.writeIntLE = function writeIntLE(value, offset, byteLength) {
  return writeVariable(this, value, offset, byteLength, true, true);
};
proto.writeIntBE = function writeIntBE(value, offset, byteLength) {
  return writeVariable(this, value, offset, byteLength, false, true);
};
proto.readUintLE = proto.readUIntLE;
proto.readUintBE = proto.readUIntBE;
proto.writeUintLE = proto.writeUIntLE;
proto.writeUintBE = proto.writeUIntBE;

// Encoding-named helpers some packages call directly (`buf.utf8Slice(0, n)`).
for (const [name, e] of [['utf8', UTF8], ['hex', HEX], ['base64', BASE64], ['base64url', BASE64URL], ['latin1', LATIN1], ['ascii', ASCII], ['ucs2', UCS2]]) {
  proto[`${name}Slice`] = function slice(start = 0, end = this.length) {
    // Node's binding refuses indexes outside the buffer and reads nothing when end < start.
    if (start < 0 || end < 0 || start > this.length || end > this.length) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    }
    return end <= start ? '' : ops.bufferToString(this, e, start, end);
  };
  proto[`${name}Write`] = function write(string, offset = 0, length = this.length - offset) {
    return ops.bufferWrite(this, string, offset, length, e);
  };
}
for (const name of ['utf8Slice', 'hexSlice', 'base64Slice', 'base64urlSlice', 'latin1Slice', 'asciiSlice', 'ucs2Slice',
  'utf8Write', 'hexWrite', 'base64Write', 'base64urlWrite', 'latin1Write', 'asciiWrite', 'ucs2Write', 'inspect']) {
  Object.defineProperty(proto, name, { enumerable: false });
}

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  get() {
    return this instanceof Buffer ? this.buffer : undefined;
  },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  get() {
    return this instanceof Buffer ? this.byteOffset : undefined;
  },
});

// ---- module -----------------------------------------------------------------------------------

function SlowBuffer(size) {
  return Buffer.allocUnsafeSlow(size);
}

/** The bytes of an ArrayBuffer or TypedArray, as isUtf8 and isAscii accept them. */
function inputBytes(input) {
  if (input instanceof ArrayBuffer || input instanceof SharedArrayBuffer) return new Uint8Array(input);
  if (!ArrayBuffer.isView(input) || input instanceof DataView) {
    throw invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

function isUtf8(input) {
  const bytes = inputBytes(input);
  try {
    ops.decodeUtf8(bytes, true, true);
    return true;
  } catch {
    return false;
  }
}

function isAscii(input) {
  const bytes = inputBytes(input);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 127) return false;
  return true;
}

// ---- transcode: the four encoding families ICU converts between ------------------------------

const transcodeFamilies = {
  ascii: 'ascii', latin1: 'latin1', binary: 'latin1', utf8: 'utf8', 'utf-8': 'utf8',
  ucs2: 'ucs2', 'ucs-2': 'ucs2', utf16le: 'ucs2', 'utf-16le': 'ucs2',
};

function icuError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

/** The code units of UTF-16LE bytes, a trailing odd byte dropped; `strict` (ICU's route to
 * UTF-8) refuses lone surrogates and input without one whole unit. */
function ucs2Text(bytes, strict) {
  const text = new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length - (bytes.length % 2)).toString('utf16le');
  if (strict && (text === '' || !text.isWellFormed())) throw icuError('U_INVALID_CHAR_FOUND', 10);
  return text;
}

/** Text as bytes of a single-byte family: what does not fit becomes '?'. */
function singleByte(text, limit) {
  const out = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    out.push(cp <= limit ? cp : 0x3f);
  }
  return Buffer.from(out);
}

/** Source bytes as text the way ICU's converters read them, bad input becoming U+FFFD. */
function decodeLenient(bytes, family) {
  switch (family) {
    case 'utf8':
      return bytes.toString('utf8');
    case 'latin1':
      return bytes.toString('latin1');
    case 'ascii':
      return Array.from(bytes, (b) => (b > 0x7f ? '\ufffd' : String.fromCharCode(b))).join('');
    default: {
      const text = ucs2Text(bytes, false).toWellFormed();
      return bytes.length % 2 !== 0 ? `${text}\ufffd` : text;
    }
  }
}

function encodeText(text, family) {
  if (family === 'utf8') return Buffer.from(text, 'utf8');
  if (family === 'ucs2') return Buffer.from(text, 'utf16le');
  return singleByte(text, family === 'latin1' ? 0xff : 0x7f);
}

function transcode(source, fromEncoding, toEncoding) {
  if (!(source instanceof Uint8Array)) throw invalidArgType('source', 'an instance of Buffer or Uint8Array', source);
  const bytes = new FastBuffer(source.buffer, source.byteOffset, source.length);
  if (bytes.length === 0) return Buffer.alloc(0);
  const from = transcodeFamilies[`${fromEncoding}`.toLowerCase()];
  const to = transcodeFamilies[`${toEncoding}`.toLowerCase()];
  if (from === undefined || to === undefined) throw icuError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  // ICU takes dedicated (and stricter) routes between UTF-16 and the others.
  if (to === 'ucs2' && (from === 'latin1' || from === 'ascii')) {
    return Buffer.from(Array.from(bytes, (b) => String.fromCharCode(b)).join(''), 'utf16le');
  }
  if (to === 'ucs2' && from === 'utf8') {
    if (!isUtf8(bytes)) throw icuError('U_INVALID_CHAR_FOUND', 10);
    return Buffer.from(bytes.toString('utf8'), 'utf16le');
  }
  if (from === 'ucs2' && to === 'utf8') return Buffer.from(ucs2Text(bytes, true), 'utf8');
  if (from === 'ucs2' && to !== 'ucs2') return encodeText(ucs2Text(bytes, false), to);
  return encodeText(decodeLenient(bytes, from), to);
}

const { Blob, File } = require('internal/blob');
const web = require('internal/web');

module.exports = {
  Buffer,
  SlowBuffer,
  get INSPECT_MAX_BYTES() {
    return INSPECT_MAX_BYTES;
  },
  set INSPECT_MAX_BYTES(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = value;
  },
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa: web.btoa,
  atob: web.atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  Blob,
  resolveObjectURL(url) {
    return require('internal/url').resolveObjectURL(url);
  },
  File,
};
