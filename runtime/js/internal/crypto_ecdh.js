'use strict';
// Elliptic-curve Diffie-Hellman for `node:crypto`: the ECDH class (raw keys and points),
// ECDH.convertKey, crypto.diffieHellman over KeyObjects, and getCurves.

const { Buffer } = require('buffer');
const { codedError, invalidArgType, validateString } = require('internal/errors');
const { bytesArg, opensslError } = require('internal/crypto_util');
const keys = require('internal/crypto_keys');

// The curves by OpenSSL's names (what getCurves lists) and the names the native side takes.
const CURVES = { prime256v1: 'P-256', secp256r1: 'P-256', secp256k1: 'secp256k1', secp384r1: 'P-384', secp521r1: 'P-521' };

function invalidCurve() {
  return codedError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
}

function invalidPublicKey() {
  return codedError(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve');
}

function output(bytes, encoding) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

/** A point in the format asked for ('uncompressed', the default, or 'compressed'). */
function pointIn(curve, point, format) {
  if (format !== undefined && format !== 'uncompressed' && format !== 'compressed' && format !== 'hybrid') {
    throw codedError(TypeError, 'ERR_CRYPTO_ECDH_INVALID_FORMAT', `Invalid ECDH format: ${format}`);
  }
  const converted = ops.ecPoint(curve, point, format === 'compressed');
  if (converted === undefined) throw invalidPublicKey();
  return converted;
}

class ECDH {
  #curve;
  #pkcs8 = null;
  #point = null;

  constructor(curve) {
    validateString(curve, 'curve');
    if (CURVES[curve] === undefined) throw invalidCurve();
    this.#curve = curve;
  }

  #take(result) {
    if (result === 'keytype') {
      throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Private key is not valid for specified curve.');
    }
    [this.#pkcs8, this.#point] = keys.nativeResult(result);
  }

  generateKeys(encoding, format) {
    this.#take(ops.ecPrivate(this.#curve));
    return this.getPublicKey(encoding, format);
  }

  getPublicKey(encoding, format) {
    if (this.#point === null) throw codedError(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Failed to get ECDH public key');
    return output(pointIn(this.#curve, this.#point, format), encoding);
  }

  getPrivateKey(encoding) {
    if (this.#pkcs8 === null) throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Failed to get ECDH private key');
    const jwk = keys.makeAsymmetric('private', 'ec', this.#pkcs8).export({ format: 'jwk' });
    // A number without its leading zero bytes, as OpenSSL gives it to Node.
    const scalar = Buffer.from(jwk.d, 'base64url');
    let start = 0;
    while (start < scalar.length - 1 && scalar[start] === 0) start++;
    return output(scalar.subarray(start), encoding);
  }

  setPrivateKey(key, encoding) {
    this.#take(ops.ecPrivate(this.#curve, bytesArg(key, 'key', encoding)));
    return this;
  }

  computeSecret(key, inputEncoding, outputEncoding) {
    const point = bytesArg(key, 'key', inputEncoding);
    const imported = ops.keyImport(false, 'raw', CURVES[this.#curve], point);
    if (typeof imported === 'string') throw invalidPublicKey();
    if (this.#pkcs8 === null) throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Failed to compute ECDH key');
    const secret = keys.nativeResult(ops.keyDerive(this.#pkcs8, imported[2]));
    return output(secret, outputEncoding);
  }

  static convertKey(key, curve, inputEncoding, outputEncoding, format) {
    validateString(curve, 'curve');
    if (CURVES[curve] === undefined) throw invalidCurve();
    const point = bytesArg(key, 'key', inputEncoding);
    return output(pointIn(curve, point, format), outputEncoding);
  }
}

function createECDH(curve) {
  return new ECDH(curve);
}

/** crypto.diffieHellman({ privateKey, publicKey }): the shared secret of two EC KeyObjects. */
function diffieHellman(options) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
  const { privateKey, publicKey } = options;
  if (!keys.isKeyObject(privateKey)) throw invalidArgType('options.privateKey', 'KeyObject', privateKey);
  if (!keys.isKeyObject(publicKey)) throw invalidArgType('options.publicKey', 'KeyObject', publicKey);
  if (privateKey.type !== 'private') {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${privateKey.type}, expected private.`);
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${publicKey.type}, expected private or public.`);
  }
  if (privateKey.asymmetricKeyType !== 'ec' || publicKey.asymmetricKeyType !== privateKey.asymmetricKeyType) {
    throw codedError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible key types for Diffie-Hellman: ' +
      `${privateKey.asymmetricKeyType} and ${publicKey.asymmetricKeyType}`);
  }
  const spki = publicKey.type === 'public' ? keys.handleOf(publicKey).material : ops.keyPublic(keys.handleOf(publicKey).material);
  const secret = ops.keyDerive(keys.handleOf(privateKey).material, spki);
  if (typeof secret === 'string') throw opensslError('Provider routines', 'mismatching domain parameters', '1C8000CB');
  return Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength);
}

function getCurves() {
  return ['prime256v1', 'secp256k1', 'secp384r1', 'secp521r1'];
}

module.exports = { ECDH, createECDH, diffieHellman, getCurves };
