'use strict';
// Cipheriv and Decipheriv for `node:crypto`: streaming AES (ECB, CBC, CTR, GCM) and
// ChaCha20-Poly1305, run natively; errors and states as Node (OpenSSL) reports them.

const { Transform } = require('stream');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const { codedError, invalidArgType, invalidArgValue, validateString } = require('internal/errors');
const { bytesArg, dataBytes, opensslError, secretKeyBytes } = require('internal/crypto_util');

const ArrayBufferIsView = ArrayBuffer.isView;

// Tag access, which only one of the two public classes offers each.
const kSetTag = Symbol('kSetTag');
const kGetTag = Symbol('kGetTag');

// A cipher nobody finished is freed when its object goes.
const running = new FinalizationRegistry((id) => ops.cipherDrop(id));

function invalidState(operation) {
  return codedError(Error, 'ERR_CRYPTO_INVALID_STATE', `Invalid state for operation ${operation}`);
}

const FINAL_ERRORS = {
  'bad decrypt': () => opensslError('Provider routines', 'bad decrypt', '1C800064'),
  'wrong final block length': () => opensslError('Provider routines', 'wrong final block length', '1C80006B'),
  auth: () => new Error('Unsupported state or unable to authenticate data'),
};

function uintOption(options, name) {
  const value = options?.[name];
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > 2 ** 32 - 1) {
    throw invalidArgValue(`options.${name}`, value);
  }
  return value;
}

function stringOption(options, name) {
  const value = options?.[name];
  if (value !== undefined && typeof value !== 'string') throw invalidArgValue(`options.${name}`, value);
  return value;
}

/** What Cipheriv and Decipheriv share: a native cipher fed by update() or as a stream. */
class CipherBase extends Transform {
  #id;
  #finished = false;
  #decoder = null;

  constructor(cipher, key, iv, options, decrypt) {
    validateString(cipher, 'cipher');
    const encoding = stringOption(options, 'encoding');
    const keyBytes = secretKeyBytes(key, encoding, 'key');
    const ivBytes = iv === null ? null : bytesArg(iv, 'iv', encoding);
    const authTagLength = uintOption(options, 'authTagLength');
    const id = ops.cipherNew(cipher, decrypt, keyBytes, ivBytes, authTagLength);
    if (typeof id === 'string') throw newError(id);
    super(options);
    this.#id = id;
    running.register(this, id, this);
  }

  update(data, inputEncoding, outputEncoding) {
    if (typeof data === 'string') {
      if (inputEncoding === 'hex' && data.length % 2 !== 0) {
        throw invalidArgValue('encoding', inputEncoding, `is invalid for data of length ${data.length}`);
      }
    } else if (!ArrayBufferIsView(data)) {
      throw invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    if (this.#finished) throw new Error('Trying to add data in unsupported state');
    const out = Buffer.from(ops.cipherUpdate(this.#id, dataBytes(data, inputEncoding)).buffer);
    return this.#encode(out, outputEncoding, false);
  }

  final(outputEncoding) {
    if (this.#finished) throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
    this.#finished = true;
    const out = ops.cipherFinal(this.#id);
    if (typeof out === 'string') throw FINAL_ERRORS[out]();
    return this.#encode(Buffer.from(out.buffer), outputEncoding, true);
  }

  #encode(bytes, outputEncoding, last) {
    if (!outputEncoding || outputEncoding === 'buffer') return bytes;
    // Multi-byte characters and base64 groups may span calls, as with Node's decoder.
    this.#decoder ??= new StringDecoder(outputEncoding);
    return last ? this.#decoder.end(bytes) : this.#decoder.write(bytes);
  }

  setAutoPadding(autoPadding = true) {
    if (this.#finished || !ops.cipherSetPadding(this.#id, !!autoPadding)) throw invalidState('setAutoPadding');
    return this;
  }

  setAAD(aadbuf, options) {
    const encoding = stringOption(options, 'encoding');
    uintOption(options, 'plaintextLength');
    const bytes = bytesArg(aadbuf, 'aadbuf', encoding);
    if (this.#finished || !ops.cipherSetAad(this.#id, bytes)) throw invalidState('setAAD');
    return this;
  }

  /** For Decipheriv: the tag to check at final(). */
  [kSetTag](tag, encoding) {
    const bytes = bytesArg(tag, 'buffer', encoding);
    const taken = this.#finished ? false : ops.cipherSetTag(this.#id, bytes);
    if (taken === 'taglen') {
      throw codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${bytes.byteLength}`);
    }
    if (!taken) throw invalidState('setAuthTag');
    return this;
  }

  /** For Cipheriv: the tag once final() has run. */
  [kGetTag]() {
    const tag = this.#finished ? ops.cipherTag(this.#id) : undefined;
    if (tag === undefined) throw invalidState('getAuthTag');
    return Buffer.from(tag.buffer);
  }

  _transform(chunk, encoding, callback) {
    this.push(this.update(chunk, encoding));
    callback();
  }

  _flush(callback) {
    let out;
    try {
      out = this.final();
    } catch (error) {
      callback(error);
      return;
    }
    this.push(out);
    callback();
  }
}

function newError(code) {
  if (code === 'unknown') return codedError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  if (code === 'keylen') return codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  if (code === 'iv') return codedError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
  const length = code.slice('taglen:'.length);
  return codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${length}`);
}

class Cipheriv extends CipherBase {
  constructor(cipher, key, iv, options) {
    super(cipher, key, iv, options, false);
  }

  getAuthTag() {
    return this[kGetTag]();
  }
}

class Decipheriv extends CipherBase {
  constructor(cipher, key, iv, options) {
    super(cipher, key, iv, options, true);
  }

  setAuthTag(tag, encoding) {
    return this[kSetTag](tag, encoding);
  }
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCiphers() {
  return ops.cipherNames();
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw invalidArgType('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw invalidArgType('options', 'object', options);
  }
  const keyLength = options?.keyLength;
  const ivLength = options?.ivLength;
  if (keyLength !== undefined && !Number.isInteger(keyLength)) throw invalidArgType('options.keyLength', 'number', keyLength);
  if (ivLength !== undefined && !Number.isInteger(ivLength)) throw invalidArgType('options.ivLength', 'number', ivLength);
  const found = ops.cipherInfo(String(nameOrNid));
  if (found === undefined) return undefined;
  const [name, mode, nid, blockSize, defaultIv, defaultKey, anyIv] = found;
  if (keyLength !== undefined && keyLength !== defaultKey) return undefined;
  if (ivLength !== undefined && ivLength !== defaultIv && !(anyIv && ivLength > 0)) return undefined;
  const info = { mode, name, nid };
  if (blockSize !== undefined) info.blockSize = blockSize;
  if (mode !== 'ecb') info.ivLength = ivLength ?? defaultIv;
  info.keyLength = defaultKey;
  return info;
}

module.exports = { Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers, getCipherInfo };
