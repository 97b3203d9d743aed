'use strict';
// KeyObject for `node:crypto`: secret keys, and public and private keys held as canonical DER
// (SPKI, PKCS#8) that the native side reads and writes (PEM, DER, JWK), with key generation.

const { Buffer } = require('buffer');
const {
  codedError, invalidArgType, invalidArgValue, validateFunction, validateInteger, validateObject, validateString,
} = require('internal/errors');
const { bytesView, opensslError } = require('internal/crypto_util');

const ArrayBufferIsView = ArrayBuffer.isView;

// Shown by util.inspect as Node shows them.
const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');

/** What a KeyObject holds; only this module makes one. */
class KeyHandle {
  constructor(material, asymmetricType) {
    this.material = material;
    this.asymmetricType = asymmetricType;
  }
}

// Where a KeyObject keeps its handle: hidden from enumeration and inspection, and carried by
// structured clones (a copy holds the handle's fields in a plain object).
const kHandle = Symbol('kHandle');
const CLONE_KINDS = { secret: 'SecretKeyObject', public: 'PublicKeyObject', private: 'PrivateKeyObject' };

function handleOf(key) {
  return key[kHandle];
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw invalidArgValue('type', type);
    }
    if (!(handle instanceof KeyHandle)) throw invalidArgType('handle', 'object', handle);
    Object.defineProperty(this, kHandle, { value: handle });
    Object.defineProperty(this, kKeyType, { value: type, enumerable: true, configurable: false, writable: false });
    const { material, asymmetricType } = handle;
    ops.markCloneable(this, [CLONE_KINDS[type], type, { material, asymmetricType }]);
  }

  get type() {
    return this[kKeyType];
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw invalidArgType('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    const a = handleOf(this).material;
    const b = handleOf(otherKeyObject).material;
    return a.length === b.length && Buffer.compare(a, b) === 0;
  }

  static from(key) {
    const { CryptoKey, keyObjectOf } = require('internal/webcrypto');
    if (!(key instanceof CryptoKey)) throw invalidArgType('key', 'CryptoKey', key);
    return keyObjectOf(key);
  }

  get [Symbol.toStringTag]() {
    return 'KeyObject';
  }
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return handleOf(this).material.length;
  }

  export(options) {
    if (options !== undefined) validateObject(options, 'options');
    const format = options?.format;
    const material = handleOf(this).material;
    if (format === 'jwk') return { kty: 'oct', k: Buffer.from(material).toString('base64url') };
    if (format !== undefined && format !== 'buffer') {
      throw invalidArgValue('options.format', format, "must be one of: undefined, 'buffer', 'jwk'");
    }
    return Buffer.from(material);
  }
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    const type = handleOf(this).asymmetricType;
    // Cached where Node keeps it, so inspection shows it once it was read.
    if (!Object.hasOwn(this, kAsymmetricKeyType)) {
      Object.defineProperty(this, kAsymmetricKeyType, { value: type, enumerable: true });
    }
    return type;
  }

  get asymmetricKeyDetails() {
    const details = ops.keyDetails(handleOf(this).material, this.type === 'private');
    if (this.asymmetricKeyType === 'rsa') {
      const [modulusLength, exponent] = details;
      return { modulusLength, publicExponent: BigInt(`0x${Buffer.from(exponent.buffer).toString('hex') || '0'}`) };
    }
    if (this.asymmetricKeyType === 'ec') return { namedCurve: details[0] };
    return {};
  }

  export(options) {
    validateObject(options, 'options');
    const material = handleOf(this).material;
    const isPrivate = this.type === 'private';
    const { format } = options;
    if (format === 'jwk') {
      const members = nativeResult(ops.keyJwk(material, isPrivate));
      const jwk = {};
      for (let i = 0; i < members.length; i += 2) jwk[members[i]] = members[i + 1];
      return jwk;
    }
    // Node reads the format before the type.
    if (format !== 'pem' && format !== 'der') throw invalidArgValue('options.format', format, 'is invalid');
    const type = options.type;
    const types = isPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki'];
    if (!types.includes(type)) throw invalidArgValue('options.type', type, 'is invalid');
    const protection = isPrivate ? keyProtection(options, format, type, 'options') : [];
    checkEncoding(this.asymmetricKeyType, type);
    const out = nativeResult(ops.keyExport(material, isPrivate, format, type, ...protection));
    return typeof out === 'string' ? out : Buffer.from(out.buffer);
  }
}

/**
 * The `[cipher, passphrase]` a private key is exported under, checked as Node checks them, or
 * none.
 */
function keyProtection(options, format, type, objName) {
  const { cipher, passphrase, encoding } = options;
  if (cipher !== undefined && cipher !== null) {
    if (typeof cipher !== 'string') throw invalidArgValue(`${objName}.cipher`, cipher);
    if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
      throw codedError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', `The selected key encoding ${type} does not support encryption.`);
    }
    if (typeof passphrase !== 'string' && !ArrayBufferIsView(passphrase) && !(passphrase instanceof ArrayBuffer)) {
      throw invalidArgValue(`${objName}.passphrase`, passphrase);
    }
    return [cipher, passphraseBytes(passphrase, encoding)];
  }
  if (passphrase !== undefined) throw invalidArgValue(`${objName}.cipher`, cipher);
  return [];
}

function passphraseBytes(passphrase, encoding) {
  if (typeof passphrase === 'string') return Buffer.from(passphrase, encoding ?? 'utf8');
  return bytesView(passphrase);
}

function checkEncoding(keyType, type) {
  if (type === 'pkcs1' && keyType !== 'rsa') {
    throw codedError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding pkcs1 can only be used for RSA keys.');
  }
  if (type === 'sec1' && keyType !== 'ec') {
    throw codedError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding sec1 can only be used for EC keys.');
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }
}

function isKeyObject(value) {
  return value instanceof KeyObject;
}

/** A native result, or the error its failure string names. */
function nativeResult(result) {
  if (typeof result !== 'string' || !/^(unsupported|jwk:|keytype|encoding:|digest|failed:|passphrase:|baddecrypt|cipher:)/.test(result)) return result;
  if (result === 'passphrase:pem') throw opensslError('common libcrypto routines', 'interrupted or cancelled', '07880109', 'CRYPTO_');
  if (result === 'passphrase:der') throw codedError(TypeError, 'ERR_MISSING_PASSPHRASE', 'Passphrase required for encrypted key');
  if (result === 'baddecrypt') throw opensslError('Provider routines', 'bad decrypt', '1C800064');
  if (result === 'cipher:unknown') throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  if (result === 'cipher:parameter') throw opensslError('digital envelope routines', 'cipher parameter error', '0300007A', 'EVP_');
  if (result === 'unsupported') throw opensslError('DECODER routines', 'unsupported', '1E08010C');
  if (result.startsWith('jwk:')) {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data');
  }
  if (result === 'digest') throw opensslError('Provider routines', 'invalid digest', '1C80007A');
  if (result === 'keytype') throw codedError(Error, 'ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation');
  throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', result.slice(result.indexOf(':') + 1));
}

function makeAsymmetric(kind, type, der) {
  const handle = new KeyHandle(Buffer.from(der.buffer, der.byteOffset, der.byteLength), type);
  return kind === 'private' ? new PrivateKeyObject(handle) : new PublicKeyObject(handle);
}

const KEY_INPUT_TYPES = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

/**
 * Reads key input as createPrivateKey/createPublicKey (and sign, verify, publicEncrypt...) take
 * it: PEM text or bytes, `{ key, format, type, encoding }`, a JWK, a KeyObject or CryptoKey.
 */
function prepareAsymmetricKey(input, wantPrivate, creating = false) {
  const name = 'key';
  if (isKeyObject(input)) return fromKeyObject(input, wantPrivate, name, creating);
  const cryptoKey = cryptoKeyObject(input);
  if (cryptoKey) return fromKeyObject(cryptoKey, wantPrivate, name, creating);
  if (typeof input === 'string' || ArrayBufferIsView(input) || input instanceof ArrayBuffer) {
    return importKey(wantPrivate, 'pem', undefined, input, undefined);
  }
  if (typeof input !== 'object' || input === null) {
    throw invalidArgType(name, [...KEY_INPUT_TYPES, ...(wantPrivate ? [] : ['KeyObject', 'CryptoKey'])], input);
  }
  const { key, format = 'pem', type, encoding, passphrase } = input;
  if (isKeyObject(key)) return fromKeyObject(key, wantPrivate, `${name}.key`, creating);
  const inner = cryptoKeyObject(key);
  if (inner) return fromKeyObject(inner, wantPrivate, `${name}.key`, creating);
  if (format === 'jwk') {
    validateObject(key, name);
    return importJwk(key, wantPrivate, name);
  }
  if (typeof key !== 'string' && !ArrayBufferIsView(key) && !(key instanceof ArrayBuffer)) {
    throw invalidArgType(`${name}.key`, [...KEY_INPUT_TYPES, 'KeyObject', 'CryptoKey'], key);
  }
  if (format !== 'pem' && format !== 'der') throw invalidArgValue(`${name}.format`, format, 'is invalid');
  if (format === 'der') {
    const types = wantPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki', 'pkcs8', 'sec1'];
    if (!types.includes(type)) throw invalidArgValue('options.type', type, 'is invalid');
  }
  return importKey(wantPrivate, format, type, typeof key === 'string' ? Buffer.from(key, encoding ?? 'utf8') : key, passphrase, encoding);
}

function cryptoKeyObject(value) {
  if (typeof value !== 'object' || value === null) return undefined;
  const webcrypto = require('internal/webcrypto');
  return value instanceof webcrypto.CryptoKey ? webcrypto.keyObjectOf(value) : undefined;
}

/** A KeyObject where a key is asked for: creating a private key from a public one is a type error,
 * using one where a private key is needed the key-type error. */
function fromKeyObject(key, wantPrivate, name, creating) {
  if (wantPrivate && key.type === 'public' && creating) throw invalidArgType(name, KEY_INPUT_TYPES, key);
  if (key.type === 'secret' || (wantPrivate && key.type !== 'private')) {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${key.type}, expected ${wantPrivate ? 'private' : 'public'}.`);
  }
  return key;
}

function importKey(wantPrivate, format, type, input, passphrase, encoding) {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  if (passphrase !== undefined && typeof passphrase !== 'string' && !ArrayBufferIsView(passphrase) && !(passphrase instanceof ArrayBuffer)) {
    throw invalidArgValue('options.passphrase', passphrase);
  }
  const secret = passphrase === undefined ? undefined : passphraseBytes(passphrase, encoding);
  const [kind, keyType, der] = nativeResult(ops.keyImport(wantPrivate, format, type ?? '', bytesView(bytes), secret));
  return makeAsymmetric(kind, keyType, der);
}

function importJwk(jwk, wantPrivate, name) {
  const { kty } = jwk;
  validateString(kty, `${name}.kty`);
  if (!['RSA', 'EC', 'OKP'].includes(kty)) {
    throw invalidArgValue(`${name}.kty`, kty, "must be one of: 'RSA', 'EC', 'OKP'");
  }
  const needs = { RSA: ['n', 'e'], EC: ['crv', 'x', 'y'], OKP: ['crv', 'x'] }[kty];
  for (const field of needs) {
    if (typeof jwk[field] !== 'string') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}.${field}" property must be of type string. Received ${jwk[field] === undefined ? 'undefined' : typeof jwk[field]}`);
    }
  }
  if (wantPrivate && jwk.d === undefined) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data');
  const fields = wantPrivate ? jwk : { ...jwk, d: undefined };
  const [kind, keyType, der] = nativeResult(ops.keyImport(wantPrivate, 'jwk', '', JSON.stringify(fields)));
  return makeAsymmetric(kind, keyType, der);
}

function createPrivateKey(key) {
  return prepareAsymmetricKey(key, true, true);
}

function createPublicKey(key) {
  const prepared = prepareAsymmetricKey(key, false, true);
  if (prepared.type === 'public') return prepared;
  const spki = nativeResult(ops.keyPublic(handleOf(prepared).material));
  return makeAsymmetric('public', prepared.asymmetricKeyType, spki);
}

function createSecretKey(key, encoding) {
  let bytes;
  if (typeof key === 'string') bytes = Buffer.from(key, encoding ?? 'utf8');
  else if (ArrayBufferIsView(key) || key instanceof ArrayBuffer) bytes = Buffer.from(bytesView(key));
  else throw invalidArgType('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  return new SecretKeyObject(new KeyHandle(bytes, undefined));
}

/** The bytes of a secret KeyObject or secret CryptoKey, or undefined for anything else. */
function secretMaterial(key) {
  const object = isKeyObject(key) ? key : cryptoKeyObject(key);
  if (object === undefined) return undefined;
  if (object.type !== 'secret') {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${object.type}, expected secret.`);
  }
  return handleOf(object).material;
}

// ---- generation --------------------------------------------------------------------------------

const KEY_PAIR_TYPES = ['rsa', 'ec', 'ed25519'];

/** Checks options and gives the native arguments: [type, modulusLength, exponent, curve]. */
function keyPairArgs(type, options) {
  validateString(type, 'type');
  if (!KEY_PAIR_TYPES.includes(type)) {
    if (['rsa-pss', 'dsa', 'ed448', 'x25519', 'x448', 'dh'].includes(type)) {
      throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', `Key pairs of type ${type} are not supported`);
    }
    throw invalidArgValue('type', type, 'must be a supported key type');
  }
  if (options !== undefined) validateObject(options, 'options');
  if (type === 'rsa') {
    const { modulusLength, publicExponent = 0x10001 } = options ?? {};
    // Node's validateUint32 for both.
    validateInteger(modulusLength, 'options.modulusLength', 0, 2 ** 32 - 1);
    validateInteger(publicExponent, 'options.publicExponent', 0, 2 ** 32 - 1);
    return [type, modulusLength, publicExponent, ''];
  }
  if (type === 'ec') {
    const namedCurve = options?.namedCurve;
    validateString(namedCurve, 'options.namedCurve');
    const paramEncoding = options.paramEncoding;
    if (paramEncoding === 'explicit') {
      throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'Explicit EC parameters are not supported');
    }
    if (paramEncoding != null && paramEncoding !== 'named') throw invalidArgValue('options.paramEncoding', paramEncoding, 'is invalid');
    if (!['prime256v1', 'P-256', 'secp256r1', 'secp256k1', 'secp384r1', 'P-384', 'secp521r1', 'P-521'].includes(namedCurve)) {
      throw codedError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
    }
    return [type, 0, 0, namedCurve];
  }
  return [type, 0, 0, ''];
}

/** The pair as KeyObjects, or encoded as publicKeyEncoding/privateKeyEncoding ask. */
function keyPairResult(type, options, [pkcs8, spki]) {
  const publicKey = makeAsymmetric('public', type, spki);
  const privateKey = makeAsymmetric('private', type, pkcs8);
  const encode = (key, encoding) => (encoding === undefined ? key : key.export(encoding));
  return {
    publicKey: encode(publicKey, options?.publicKeyEncoding),
    privateKey: encode(privateKey, options?.privateKeyEncoding),
  };
}

function checkEncodings(type, options) {
  for (const [name, kind] of [['publicKeyEncoding', 'public'], ['privateKeyEncoding', 'private']]) {
    const encoding = options?.[name];
    if (encoding === undefined) continue;
    validateObject(encoding, `options.${name}`);
    if (encoding.format === 'jwk') continue;
    const types = kind === 'private' ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki'];
    if (!types.includes(encoding.type)) throw invalidArgValue(`options.${name}.type`, encoding.type, 'is invalid');
    if (encoding.format !== 'pem' && encoding.format !== 'der') {
      throw invalidArgValue(`options.${name}.format`, encoding.format, 'is invalid');
    }
    checkEncoding(type, encoding.type);
    if (kind === 'private') keyProtection(encoding, encoding.format, encoding.type, `options.${name}`);
  }
}

function generateKeyPairSync(type, options) {
  const args = keyPairArgs(type, options);
  checkEncodings(type, options);
  return keyPairResult(type, options, nativeResult(ops.keyGenerate(...args)));
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const args = keyPairArgs(type, options);
  checkEncodings(type, options);
  validateFunction(callback, 'callback');
  ops.keyGenerate(...args, (error, pair) => {
    if (error) return callback(error);
    const { publicKey, privateKey } = keyPairResult(type, options, pair);
    return callback(null, publicKey, privateKey);
  });
}

function secretKeyArgs(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  if (typeof length !== 'number') throw invalidArgType('options.length', 'number', length);
  if (type === 'hmac') {
    if (!Number.isInteger(length) || length < 8 || length > 2 ** 31 - 1) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "options.length" is out of range. It must be >= 8 && <= 2147483647. Received ${length}`);
    }
  } else if (type === 'aes') {
    if (![128, 192, 256].includes(length)) {
      throw invalidArgValue('options.length', length, 'must be one of: 128, 192, 256');
    }
  } else {
    throw invalidArgValue('type', type, "must be a supported key type");
  }
  return Math.floor(length / 8);
}

function generateKeySync(type, options) {
  const bytes = Buffer.alloc(secretKeyArgs(type, options));
  ops.randomFill(bytes);
  return createSecretKey(bytes);
}

function generateKey(type, options, callback) {
  const size = secretKeyArgs(type, options);
  validateFunction(callback, 'callback');
  const bytes = Buffer.alloc(size);
  ops.randomFill(bytes);
  setImmediate(callback, null, createSecretKey(bytes));
}

/** How structured clones copy each kind of KeyObject (internal/clone_kinds). */
const cloneShapes = {
  SecretKeyObject: [SecretKeyObject.prototype, kKeyType, [kHandle]],
  PublicKeyObject: [PublicKeyObject.prototype, kKeyType, [kHandle]],
  PrivateKeyObject: [PrivateKeyObject.prototype, kKeyType, [kHandle]],
};

module.exports = {
  KeyObject,
  cloneShapes,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  generateKey,
  generateKeySync,
  generateKeyPair,
  generateKeyPairSync,
  handleOf,
  isKeyObject,
  makeAsymmetric,
  nativeResult,
  prepareAsymmetricKey,
  secretMaterial,
};
