'use strict';
// Signatures and RSA encryption for `node:crypto`: Sign/Verify streams, crypto.sign/verify,
// publicEncrypt/privateDecrypt. Keys come in every form prepareAsymmetricKey reads.

const { Writable } = require('stream');
const { Buffer } = require('buffer');
const { codedError, invalidArgType, invalidArgValue, validateFunction, validateString } = require('internal/errors');
const { bytesView, dataBytes, encoded, opensslError } = require('internal/crypto_util');
const keys = require('internal/crypto_keys');
const constants = require('internal/crypto_constants');

const ArrayBufferIsView = ArrayBuffer.isView;

/** A digest name as OpenSSL takes it for signatures (`RSA-SHA256`, `sha256WithRSAEncryption`). */
function digestName(name) {
  const lower = name.toLowerCase();
  const signatureName = /^(md5|sha1|sha224|sha256|sha384|sha512)withrsaencryption$/.exec(lower);
  return signatureName ? signatureName[1] : lower.replace(/^rsa-/, '');
}

let knownDigests;

function checkDigest(name) {
  knownDigests ??= new Set(ops.hashNames());
  if (!knownDigests.has(digestName(name))) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
}

/** The padding, PSS salt length and ECDSA signature form a key options object asks for. */
function signatureOptions(options) {
  const object = typeof options === 'object' && options !== null && !keys.isKeyObject(options) && !ArrayBufferIsView(options) ? options : {};
  const { padding, saltLength, dsaEncoding = 'der' } = object;
  if (padding !== undefined && !Number.isInteger(padding)) throw invalidArgValue('options.padding', padding);
  if (saltLength !== undefined && !Number.isInteger(saltLength)) throw invalidArgValue('options.saltLength', saltLength);
  if (dsaEncoding !== 'der' && dsaEncoding !== 'ieee-p1363') throw invalidArgValue('options.dsaEncoding', dsaEncoding);
  return {
    padding: padding ?? constants.RSA_PKCS1_PADDING,
    saltLength: saltLength ?? constants.RSA_PSS_SALTLEN_AUTO,
    p1363: dsaEncoding === 'ieee-p1363',
  };
}

/** OpenSSL's checks of an RSA key's signature padding and PSS salt length. */
function checkRsaPadding(key, o) {
  if (key.asymmetricKeyType !== 'rsa') return;
  if (o.padding === constants.RSA_NO_PADDING) throw opensslError('Provider routines', 'invalid padding mode', '1C8000A8');
  if (o.padding !== constants.RSA_PKCS1_PADDING && o.padding !== constants.RSA_PKCS1_PSS_PADDING) {
    throw opensslError('Provider routines', 'illegal or unsupported padding mode', '1C8000A5');
  }
  // -1 to -3 name the digest's length, the most that fits, and "any" (verifying).
  if (o.padding === constants.RSA_PKCS1_PSS_PADDING && o.saltLength < -3) {
    throw opensslError('Provider routines', 'invalid salt length', '1C800070');
  }
}

function signWith(digest, data, key) {
  const privateKey = keys.prepareAsymmetricKey(key, true);
  const o = signatureOptions(key);
  if (privateKey.asymmetricKeyType === 'ed25519' && digest) throw opensslError('Provider routines', 'invalid digest', '1C80007A');
  checkRsaPadding(privateKey, o);
  const material = keys.handleOf(privateKey).material;
  const result = ops.keySign(material, digest ?? '', data, o.padding, o.saltLength, o.p1363);
  // A PSS signature fails only when the salt and digest do not fit in the modulus.
  if (o.padding === constants.RSA_PKCS1_PSS_PADDING && typeof result === 'string' && result.startsWith('failed:')) {
    throw opensslError('rsa routines', 'data too large for key size', '0200006E', 'RSA_');
  }
  return Buffer.from(keys.nativeResult(result).buffer);
}

function verifyWith(digest, data, key, signature) {
  const publicKey = keys.prepareAsymmetricKey(key, false);
  const o = signatureOptions(key);
  if (publicKey.asymmetricKeyType === 'ed25519' && digest) throw opensslError('Provider routines', 'invalid digest', '1C80007A');
  checkRsaPadding(publicKey, o);
  const material = keys.handleOf(publicKey).material;
  const isPrivate = publicKey.type === 'private';
  return keys.nativeResult(ops.keyVerify(material, isPrivate, digest ?? '', data, signature, o.padding, o.saltLength, o.p1363));
}

function notInitialised() {
  return codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
}

// How Sign and Verify take the data; not part of their public prototypes.
const kTake = Symbol('kTake');

/** What Sign and Verify share: the algorithm and the data written so far. */
class Signer extends Writable {
  #algorithm;
  #chunks = [];
  #done = false;

  constructor(algorithm, options) {
    validateString(algorithm, 'algorithm');
    checkDigest(algorithm);
    super(options);
    this.#algorithm = digestName(algorithm);
  }

  update(data, encoding) {
    if (typeof data !== 'string' && !ArrayBufferIsView(data)) {
      throw invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    if (this.#done) throw notInitialised();
    this.#chunks.push(Buffer.from(dataBytes(data, encoding)));
    return this;
  }

  _write(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  /** The algorithm and all the data, once: a second sign() or verify() is an error. */
  [kTake]() {
    if (this.#done) throw notInitialised();
    this.#done = true;
    const data = Buffer.concat(this.#chunks);
    this.#chunks = [];
    return [this.#algorithm, data];
  }
}

class Sign extends Signer {
  sign(privateKey, outputEncoding) {
    if (!privateKey) throw codedError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
    const [algorithm, data] = this[kTake]();
    const signature = signWith(algorithm, data, privateKey);
    return outputEncoding && outputEncoding !== 'buffer' ? encoded(signature, outputEncoding) : signature;
  }
}

class Verify extends Signer {
  verify(object, signature, signatureEncoding) {
    const bytes = signatureBytes(signature, signatureEncoding);
    const [algorithm, data] = this[kTake]();
    return verifyWith(algorithm, data, object, bytes);
  }
}

function signatureBytes(signature, encoding) {
  if (typeof signature === 'string') return Buffer.from(signature, Buffer.isEncoding(encoding) ? encoding : 'utf8');
  if (ArrayBufferIsView(signature) || signature instanceof ArrayBuffer) return bytesView(signature);
  throw invalidArgType('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
}

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

function oneShotData(data) {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBufferIsView(data)) return bytesView(data);
  throw invalidArgType('data', ['Buffer', 'TypedArray', 'DataView'], data);
}

function oneShotAlgorithm(algorithm) {
  if (algorithm === null || algorithm === undefined) return undefined;
  validateString(algorithm, 'algorithm');
  checkDigest(algorithm);
  return digestName(algorithm);
}

/** crypto.sign(algorithm, data, key[, callback]) */
function sign(algorithm, data, key, callback) {
  const digest = oneShotAlgorithm(algorithm);
  const bytes = oneShotData(data);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) return signWith(digest, bytes, key);
  let result;
  try {
    result = signWith(digest, bytes, key);
  } catch (error) {
    setImmediate(callback, error);
    return undefined;
  }
  setImmediate(callback, null, result);
  return undefined;
}

/** crypto.verify(algorithm, data, key, signature[, callback]) */
function verify(algorithm, data, key, signature, callback) {
  const digest = oneShotAlgorithm(algorithm);
  const bytes = oneShotData(data);
  if (!ArrayBufferIsView(signature)) {
    throw invalidArgType('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) return verifyWith(digest, bytes, key, bytesView(signature));
  let result;
  try {
    result = verifyWith(digest, bytes, key, bytesView(signature));
  } catch (error) {
    setImmediate(callback, error);
    return undefined;
  }
  setImmediate(callback, null, result);
  return undefined;
}

function rsaCrypt(key, buffer, decrypt, wantPrivate) {
  const prepared = keys.prepareAsymmetricKey(key, wantPrivate);
  if (!ArrayBufferIsView(buffer) && typeof buffer !== 'string' && !(buffer instanceof ArrayBuffer)) {
    throw invalidArgType('buffer', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (prepared.asymmetricKeyType !== 'rsa') {
    throw opensslError('digital envelope routines', 'operation not supported for this keytype', '03000096', 'EVP_');
  }
  const options = typeof key === 'object' && key !== null && !keys.isKeyObject(key) && !ArrayBufferIsView(key) ? key : {};
  const padding = options.padding ?? constants.RSA_PKCS1_OAEP_PADDING;
  if (padding !== constants.RSA_PKCS1_OAEP_PADDING && padding !== constants.RSA_PKCS1_PADDING) {
    throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', `RSA padding ${padding} is not supported`);
  }
  if (decrypt && padding === constants.RSA_PKCS1_PADDING) {
    // Refused since the Marvin timing attack, as in Node.
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809');
  }
  const oaepHash = options.oaepHash ?? 'sha1';
  validateString(oaepHash, 'key.oaepHash');
  knownDigests ??= new Set(ops.hashNames());
  if (!knownDigests.has(digestName(oaepHash))) throw codedError(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used');
  const label = options.oaepLabel === undefined ? undefined : bytesView(options.oaepLabel);
  const data = typeof buffer === 'string' ? Buffer.from(buffer, options.encoding ?? 'utf8') : bytesView(buffer);
  const material = keys.handleOf(prepared).material;
  const result = ops.keyCrypt(material, prepared.type === 'private', decrypt, padding, oaepHash, label, data);
  if (typeof result === 'string' && result.startsWith('failed:')) {
    if (decrypt) {
      throw opensslError('rsa routines', 'oaep decoding error', '02000079', 'RSA_');
    }
    throw opensslError('rsa routines', 'data too large for key size', '0200006E', 'RSA_');
  }
  return Buffer.from(keys.nativeResult(result).buffer);
}

function publicEncrypt(key, buffer) {
  return rsaCrypt(key, buffer, false, false);
}

function privateDecrypt(key, buffer) {
  return rsaCrypt(key, buffer, true, true);
}

module.exports = { Sign, Verify, createSign, createVerify, sign, verify, publicEncrypt, privateDecrypt };
