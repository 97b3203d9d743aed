'use strict';
// `node:crypto`: hashes and HMACs, randomness, timingSafeEqual and key derivation here; ciphers,
// keys and signatures in internal/crypto_*; webcrypto in internal/webcrypto. All run natively
// on RustCrypto's implementations.

const { Transform } = require('stream');
const { Buffer } = require('buffer');
const {
  codedError, invalidArgType, outOfRange, validateFunction, validateInteger, validateNumber, validateString,
} = require('internal/errors');

const ArrayBufferIsView = ArrayBuffer.isView;
const { bytesArg, bytesView, bytesOf, encoded, opensslError, secretKeyBytes } = require('internal/crypto_util');

// A state nobody took the digest of is freed when its object goes.
const states = new FinalizationRegistry((id) => ops.hashDrop(id));

function finalizedError() {
  return codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

// How Hash.copy() reads the running state and Hmac its state; not part of the public objects.
const kCopyState = Symbol('kCopyState');
const kDigested = Symbol('kDigested');

/** What Hash and Hmac share: a native running state, fed by update() or as a stream. */
class Digester extends Transform {
  #id;
  #finalized = false;
  /** The digest taken when the stream ended, for a digest() after that. */
  #flushed;

  constructor(id, options) {
    super(options);
    this.#id = id;
    states.register(this, id, this);
  }

  update(data, inputEncoding) {
    if (this.#finalized || this.#flushed !== undefined) throw finalizedError();
    ops.hashUpdate(this.#id, bytesOf(data, inputEncoding, 'data'));
    return this;
  }

  digest(outputEncoding) {
    if (this.#finalized) throw finalizedError();
    this.#finalized = true;
    return encoded(this.#take(), outputEncoding);
  }

  #take() {
    if (this.#flushed === undefined) {
      states.unregister(this);
      this.#flushed = ops.hashDigest(this.#id);
    }
    return this.#flushed;
  }

  [kCopyState]() {
    if (this.#finalized || this.#flushed !== undefined) throw finalizedError();
    return ops.hashCopy(this.#id);
  }

  _transform(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  // The stream's end gives the digest out and leaves digest() to be called once more.
  _flush(callback) {
    this.push(Buffer.from(this.#take()));
    callback();
  }

  /** Whether the digest was taken, by digest() or the stream's end: an Hmac then has nothing. */
  [kDigested]() {
    return this.#finalized || this.#flushed !== undefined;
  }
}

// Hash.copy() hands its new object a state instead of an algorithm.
const kCopiedState = Symbol('kCopiedState');

class Hash extends Digester {
  constructor(algorithm, options) {
    let id = algorithm?.[kCopiedState];
    if (id === undefined && typeof algorithm !== 'string') throw invalidArgType('algorithm', 'string', algorithm);
    const outputLength = typeof options === 'object' && options !== null ? options.outputLength : undefined;
    if (outputLength !== undefined) validateInteger(outputLength, 'options.outputLength', 0, 2 ** 32 - 1);
    if (id === undefined) {
      id = ops.hashNew(algorithm);
      if (id === undefined) throw new Error('Digest method not supported');
    }
    // Only extendable-output hashes (SHAKE) take a length other than their own.
    if (outputLength !== undefined && !ops.hashSetLength(id, outputLength)) {
      ops.hashDrop(id);
      throw opensslError('digital envelope routines', 'not XOF or invalid length', '030000B2', 'EVP_');
    }
    super(id, options);
  }

  copy(options) {
    return new Hash({ [kCopiedState]: this[kCopyState]() }, options);
  }
}

class Hmac extends Digester {
  constructor(hmac, key, options) {
    if (typeof hmac !== 'string') throw invalidArgType('hmac', 'string', hmac);
    let keyBytes;
    keyBytes = secretKeyBytes(key, options?.encoding, 'key');
    const id = ops.hashNew(hmac, keyBytes);
    if (id === undefined) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hmac}`);
    super(id, options);
  }

  digest(outputEncoding) {
    // Node's Hmac gives an empty digest when asked again, or after its stream gave it out.
    if (this[kDigested]()) return encoded(new Uint8Array(0), outputEncoding);
    return super.digest(outputEncoding);
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

function randomBytes(size, callback) {
  validateSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buffer = Buffer.alloc(size);
  ops.randomFill(buffer);
  if (callback === undefined) return buffer;
  // Node fills on its thread pool: the callback comes later, after ticks and promises.
  setImmediate(callback, null, buffer);
  return undefined;
}

/** The byte range of `buffer` that offset and size name, checked as Node checks them. */
function fillRange(buffer, offset, size) {
  if (!ArrayBufferIsView(buffer) && !(buffer instanceof ArrayBuffer)) {
    throw invalidArgType('buf', ['ArrayBuffer', 'ArrayBufferView'], buffer);
  }
  const bytes = bytesView(buffer);
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
  validateFunction(callback, 'callback');
  const range = fillRange(buffer, offset, size);
  ops.randomFill(range);
  setImmediate(callback, null, buffer);
}

// randomInt draws from 48-bit values, rejecting those that would bias the result.
const RANDOM_INT_LIMIT = 2 ** 48;
const RANDOM_INT_MAX_RANGE = RANDOM_INT_LIMIT - 1;

function randomInt(min, max, callback) {
  const minGiven = !(max === undefined || typeof max === 'function');
  if (!minGiven) {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
  if (max <= min) {
    throw outOfRange('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RANDOM_INT_MAX_RANGE)) {
    throw outOfRange(minGiven ? 'max - min' : 'max', `<= ${RANDOM_INT_MAX_RANGE}`, range);
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
  const x = bytesView(a);
  const y = bytesView(b);
  if (x.length !== y.length) {
    throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  // Every byte is looked at, whatever the first difference (no early exit).
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

function getHashes() {
  return ops.hashNames();
}

// ---- key derivation ---------------------------------------------------------------------------

const kInt32Max = 2 ** 31 - 1;

function validateInt32(value, name, min) {
  validateInteger(value, name, min, kInt32Max);
}

/** Key material: a string (UTF-8) or the bytes of a buffer, view or ArrayBuffer. */
const keyBytes = bytesArg;

let supportedDigests;

function validateDigest(digest) {
  if (typeof digest !== 'string') throw invalidArgType('digest', 'string', digest);
  const bare = digest.toLowerCase().replace(/^rsa-/, '');
  supportedDigests ??= new Set(ops.hashNames());
  if (!supportedDigests.has(bare)) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
}

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  password = keyBytes(password, 'password');
  salt = keyBytes(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateDigest(digest);
  return [password, salt, iterations, keylen, digest];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return Buffer.from(ops.pbkdf2(...pbkdf2Args(password, salt, iterations, keylen, digest)));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  ops.pbkdf2(...args, (err, bytes) => (err ? callback(err) : callback(null, Buffer.from(bytes))));
}

const SCRYPT_DEFAULTS = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptArgs(password, salt, keylen, options) {
  password = keyBytes(password, 'password');
  salt = keyBytes(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  const o = options ?? {};
  // Each parameter under one of its two names (both is an error), a uint32; 0 takes the default.
  const pick = (a, b) => {
    let value;
    if (o[a] !== undefined) {
      value = o[a];
      validateInteger(value, a, 0, 2 ** 32 - 1);
    }
    if (o[b] !== undefined) {
      if (value !== undefined) throw codedError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
      value = o[b];
      validateInteger(value, b, 0, 2 ** 32 - 1);
    }
    return value || SCRYPT_DEFAULTS[a];
  };
  const N = pick('N', 'cost');
  const r = pick('r', 'blockSize');
  const p = pick('p', 'parallelization');
  if (o.maxmem !== undefined) validateInteger(o.maxmem, 'maxmem', 0);
  const maxmem = o.maxmem || SCRYPT_DEFAULTS.maxmem;
  const invalid = (detail) =>
    codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', `Invalid scrypt params${detail ? `: ${detail}` : ''}`);
  // N a power of two above 1; r and p positive.
  if (!(Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0) || !(r >= 1) || !(p >= 1)) throw invalid();
  if (128 * N * r > maxmem) throw invalid('error:030000AC:digital envelope routines::memory limit exceeded');
  return [password, salt, keylen, Math.log2(N), r, p];
}

function scryptSync(password, salt, keylen, options) {
  return Buffer.from(ops.scrypt(...scryptArgs(password, salt, keylen, options)));
}

function scrypt(password, salt, keylen, options, callback) {
  // Without a fifth argument the fourth is the callback, whatever it is.
  if (callback === undefined) {
    callback = options;
    options = undefined;
  }
  const args = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  ops.scrypt(...args, (err, bytes) => (err ? callback(err) : callback(null, Buffer.from(bytes))));
}

const BYTE_SOURCE = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

/** Bytes of a string, view or ArrayBuffer, with the type list Node's hkdf names. */
function byteSource(value, name, types = BYTE_SOURCE) {
  if (typeof value === 'string' || ArrayBufferIsView(value) || value instanceof ArrayBuffer) return keyBytes(value, name);
  throw invalidArgType(name, types, value);
}

function hkdfArgs(digest, ikm, salt, info, keylen) {
  validateString(digest, 'digest');
  // The key may also be a secret KeyObject.
  ikm = require('internal/crypto_keys').isKeyObject(ikm) && ikm.type === 'secret'
    ? secretKeyBytes(ikm, undefined, 'ikm')
    : byteSource(ikm, 'ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
  salt = byteSource(salt, 'salt');
  info = byteSource(info, 'info');
  validateInteger(keylen, 'length', 0, 2 ** 32);
  validateDigest(digest);
  if (info.byteLength > 1024) {
    throw outOfRange('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  return [digest, ikm, salt, info, keylen];
}

function hkdfResult(bytes) {
  if (bytes === undefined) throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  // Node gives an ArrayBuffer of its own.
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

function hkdfSync(digest, ikm, salt, info, keylen) {
  return hkdfResult(ops.hkdf(...hkdfArgs(digest, ikm, salt, info, keylen)));
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  const args = hkdfArgs(digest, ikm, salt, info, keylen);
  validateFunction(callback, 'callback');
  ops.hkdf(...args, (err, bytes) => {
    if (err) return callback(err);
    let result;
    try {
      result = hkdfResult(bytes);
    } catch (e) {
      return callback(e);
    }
    return callback(null, result);
  });
}


/** crypto.hash(algorithm, input, outputEncoding): a one-shot digest ('buffer' for bytes). */
function hash(algorithm, input, outputEncoding = 'hex') {
  const errors = require('internal/errors');
  errors.validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw errors.invalidArgType('input', ['string', 'Buffer', 'TypedArray', 'DataView'], input);
  }
  errors.validateString(outputEncoding, 'outputEncoding');
  const buffer = outputEncoding.toLowerCase() === 'buffer';
  if (!buffer && !Buffer.isEncoding(outputEncoding)) throw errors.invalidArgValue('outputEncoding', outputEncoding);
  let digest;
  try {
    digest = createHash(algorithm).update(input);
  } catch (e) {
    // The one-shot names the algorithm it does not know.
    if (e.message === 'Digest method not supported') e.message = `Digest method ${algorithm} is not supported`;
    throw e;
  }
  return buffer ? digest.digest() : digest.digest(outputEncoding);
}

const cipher = require('internal/crypto_cipher');
const keys = require('internal/crypto_keys');
const signatures = require('internal/crypto_sign');
const ecdh = require('internal/crypto_ecdh');
const { X509Certificate } = require('internal/crypto_x509');

module.exports = {
  hash,
  createCipheriv: cipher.createCipheriv,
  createDecipheriv: cipher.createDecipheriv,
  Cipheriv: cipher.Cipheriv,
  Decipheriv: cipher.Decipheriv,
  getCiphers: cipher.getCiphers,
  getCipherInfo: cipher.getCipherInfo,
  KeyObject: keys.KeyObject,
  X509Certificate,
  createPrivateKey: keys.createPrivateKey,
  createPublicKey: keys.createPublicKey,
  createSecretKey: keys.createSecretKey,
  generateKey: keys.generateKey,
  generateKeySync: keys.generateKeySync,
  generateKeyPair: keys.generateKeyPair,
  generateKeyPairSync: keys.generateKeyPairSync,
  Sign: signatures.Sign,
  Verify: signatures.Verify,
  createSign: signatures.createSign,
  createVerify: signatures.createVerify,
  sign: signatures.sign,
  verify: signatures.verify,
  publicEncrypt: signatures.publicEncrypt,
  ECDH: ecdh.ECDH,
  createECDH: ecdh.createECDH,
  diffieHellman: ecdh.diffieHellman,
  getCurves: ecdh.getCurves,
  privateDecrypt: signatures.privateDecrypt,
  createHash,
  createHmac,
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
  getRandomValues,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  timingSafeEqual,
  Hash,
  Hmac,
  constants: require('internal/crypto_constants'),
  get webcrypto() {
    return require('internal/web').crypto;
  },
  get subtle() {
    return require('internal/webcrypto').subtle;
  },
};
