'use strict';
// `node:crypto`, first part: hashes and HMACs (native, RustCrypto), randomness, timingSafeEqual.
// Ciphers, key pairs, KDFs and webcrypto.subtle are still to come.

const { Transform } = require('stream');
const { Buffer } = require('buffer');
const { codedError, invalidArgType, outOfRange, validateNumber } = require('internal/errors');

const ArrayBufferIsView = ArrayBuffer.isView;

// A state nobody took the digest of is freed when its object goes.
const states = new FinalizationRegistry((id) => ops.hashDrop(id));

function bytesOf(data, encoding, name) {
  if (typeof data === 'string') return Buffer.from(data, encoding);
  if (ArrayBufferIsView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function encoded(bytes, encoding) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding === undefined || encoding === 'buffer' ? buffer : buffer.toString(encoding);
}

/** What Hash and Hmac share: a native running state, fed by update() or as a stream. */
class Digester extends Transform {
  #id;
  #finalized = false;

  constructor(id, options) {
    super(options);
    this.#id = id;
    states.register(this, id, this);
  }

  update(data, inputEncoding) {
    if (this.#finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    ops.hashUpdate(this.#id, bytesOf(data, inputEncoding, 'data'));
    return this;
  }

  digest(outputEncoding) {
    if (this.#finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    this.#finalized = true;
    states.unregister(this);
    return encoded(ops.hashDigest(this.#id), outputEncoding);
  }

  /** A copy of the running state (for Hash.copy). */
  copyState() {
    if (this.#finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    return ops.hashCopy(this.#id);
  }

  _transform(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  _flush(callback) {
    this.push(this.digest());
    callback();
  }
}

// Hash.copy() hands its new object a state instead of an algorithm.
const kCopiedState = Symbol('kCopiedState');

class Hash extends Digester {
  constructor(algorithm, options) {
    let id = algorithm?.[kCopiedState];
    if (id === undefined) {
      if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'string', algorithm);
      id = ops.hashNew(algorithm);
      if (id === undefined) throw new Error('Digest method not supported');
    }
    super(id, options);
  }

  copy(options) {
    return new Hash({ [kCopiedState]: this.copyState() }, options);
  }
}

class Hmac extends Digester {
  constructor(hmac, key, options) {
    if (typeof hmac !== 'string') throw invalidArgType('hmac', 'string', hmac);
    let keyBytes;
    if (typeof key === 'string') keyBytes = Buffer.from(key, options?.encoding ?? 'utf8');
    else if (ArrayBufferIsView(key)) keyBytes = new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
    else if (key instanceof ArrayBuffer) keyBytes = new Uint8Array(key);
    else throw invalidArgType('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
    const id = ops.hashNew(hmac, keyBytes);
    if (id === undefined) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hmac}`);
    super(id, options);
  }
}

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// ---- randomness ---------------------------------------------------------------------------------

const kMaxLength = 2 ** 31 - 1;

function validateSize(size, name = 'size') {
  validateNumber(size, name);
  if (!(size >= 0 && size <= kMaxLength)) throw outOfRange(name, `>= 0 && <= ${kMaxLength}`, size);
}

function validateCallback(callback) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
}

function randomBytes(size, callback) {
  validateSize(size);
  if (callback !== undefined) validateCallback(callback);
  const buffer = Buffer.alloc(size);
  ops.randomFill(buffer);
  if (callback === undefined) return buffer;
  // Node fills on its thread pool: the callback comes after ticks and promises.
  setImmediate(callback, null, buffer);
  return undefined;
}

/** The byte range of `buffer` that offset and size name, checked as Node checks them. */
function fillRange(buffer, offset, size) {
  if (!ArrayBufferIsView(buffer) && !(buffer instanceof ArrayBuffer)) {
    throw invalidArgType('buf', ['ArrayBuffer', 'ArrayBufferView'], buffer);
  }
  const bytes = buffer instanceof ArrayBuffer
    ? new Uint8Array(buffer)
    : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const element = buffer.BYTES_PER_ELEMENT ?? 1;
  validateNumber(offset, 'offset');
  offset *= element;
  if (!(offset >= 0 && offset <= bytes.length)) throw outOfRange('offset', `>= 0 && <= ${bytes.length}`, offset);
  if (size === undefined) size = bytes.length - offset;
  else {
    validateNumber(size, 'size');
    size *= element;
  }
  if (!(size >= 0 && size + offset <= bytes.length)) {
    throw outOfRange('size + offset', `<= ${bytes.length}`, size + offset);
  }
  return bytes.subarray(offset, offset + size);
}

function randomFillSync(buffer, offset = 0, size = undefined) {
  ops.randomFill(fillRange(buffer, offset, size));
  return buffer;
}

function randomFill(buffer, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateCallback(callback);
  const range = fillRange(buffer, offset, size);
  ops.randomFill(range);
  setImmediate(callback, null, buffer);
}

// randomInt draws from 48-bit values, rejecting those that would bias the result.
const RANDOM_INT_LIMIT = 2 ** 48;
const RANDOM_INT_MAX_RANGE = RANDOM_INT_LIMIT - 1;

function randomInt(min, max, callback) {
  if (max === undefined || typeof max === 'function') {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateCallback(callback);
  if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
  if (max <= min) {
    throw outOfRange('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RANDOM_INT_MAX_RANGE)) {
    throw outOfRange('max - min', `<= ${RANDOM_INT_MAX_RANGE}`, range);
  }
  const limit = RANDOM_INT_LIMIT - (RANDOM_INT_LIMIT % range);
  const bytes = new Uint8Array(6);
  let value;
  do {
    ops.randomFill(bytes);
    value = bytes.reduce((acc, b) => acc * 256 + b, 0);
  } while (value >= limit);
  const result = min + (value % range);
  if (callback === undefined) return result;
  process.nextTick(callback, undefined, result);
  return undefined;
}

function randomUUID(options) {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw invalidArgType('options', 'object', options);
  }
  return require('internal/web').crypto.randomUUID();
}

function getRandomValues(array) {
  return require('internal/web').crypto.getRandomValues(array);
}

function timingSafeEqual(a, b) {
  for (const [name, value] of [['buf1', a], ['buf2', b]]) {
    if (!ArrayBufferIsView(value) && !(value instanceof ArrayBuffer)) {
      // Node's message here names no received value.
      throw codedError(
        TypeError,
        'ERR_INVALID_ARG_TYPE',
        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`,
      );
    }
  }
  const x = a instanceof ArrayBuffer ? new Uint8Array(a) : new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  if (x.length !== y.length) {
    throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  // Every byte is looked at, whatever the first difference.
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

function getHashes() {
  return ops.hashNames();
}

module.exports = {
  createHash,
  createHmac,
  getHashes,
  getRandomValues,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  timingSafeEqual,
  Hash,
  Hmac,
  get webcrypto() {
    return require('internal/web').crypto;
  },
};
