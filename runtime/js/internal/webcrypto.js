'use strict';
// Web Crypto: CryptoKey and crypto.subtle, over the same native hashes, ciphers and keys that
// node:crypto uses. Each operation runs at once and settles its promise; failures reject with
// the DOMException names the Web Crypto specification gives.

const { Buffer } = require('buffer');
const { codedError, invalidArgType } = require('internal/errors');

const kKeyObject = Symbol('kKeyObject');
const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kUsages = Symbol('kUsages');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

const lazy = {
  get crypto() {
    return require('crypto');
  },
  get keys() {
    return require('internal/crypto_keys');
  },
};

function domError(message, name) {
  return new DOMException(message, name);
}

const notSupported = () => domError('Unrecognized algorithm name', 'NotSupportedError');
const operationFailed = () => domError('The operation failed for an operation-specific reason', 'OperationError');

class CryptoKey {
  constructor() {
    throw new TypeError('Illegal constructor');
  }

  get type() {
    return this[kKeyObject].type;
  }

  get extractable() {
    return this[kExtractable];
  }

  get algorithm() {
    return this[kAlgorithm];
  }

  get usages() {
    return this[kUsages];
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const shown = { type: this.type, extractable: this.extractable, algorithm: this.algorithm, usages: this.usages };
    return `CryptoKey ${inspect(shown, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }

  get [Symbol.toStringTag]() {
    return 'CryptoKey';
  }
}

function makeKey(keyObject, algorithm, extractable, usages) {
  const key = Object.create(CryptoKey.prototype);
  const hidden = (value) => ({ value, enumerable: false });
  Object.defineProperties(key, {
    [kKeyObject]: hidden(keyObject),
    [kAlgorithm]: hidden(algorithm),
    [kExtractable]: hidden(!!extractable),
    [kUsages]: hidden(usages),
  });
  ops.markCloneable(key, ['CryptoKey', keyObject, algorithm, !!extractable, usages]);
  return key;
}

/** How structured clones copy a CryptoKey (internal/clone_kinds): its KeyObject goes as one. */
const cloneShape = [CryptoKey.prototype, [kKeyObject], [kAlgorithm], [kExtractable], [kUsages]];

function keyObjectOf(key) {
  return key[kKeyObject];
}

// ---- algorithms --------------------------------------------------------------------------------

const HASHES = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const HASH_BLOCK_BITS = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };

/** What each operation takes, by canonical name. */
const OPERATIONS = {
  digest: ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'],
  generateKey: ['HMAC', 'AES-CBC', 'AES-CTR', 'AES-GCM', 'AES-KW', 'ECDSA', 'ECDH', 'Ed25519', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'],
  importKey: ['HMAC', 'AES-CBC', 'AES-CTR', 'AES-GCM', 'AES-KW', 'ECDSA', 'ECDH', 'Ed25519', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'PBKDF2', 'HKDF'],
  sign: ['HMAC', 'ECDSA', 'Ed25519', 'RSASSA-PKCS1-v1_5', 'RSA-PSS'],
  encrypt: ['AES-CBC', 'AES-CTR', 'AES-GCM', 'RSA-OAEP'],
  deriveBits: ['PBKDF2', 'HKDF', 'ECDH'],
};
OPERATIONS.verify = OPERATIONS.sign;
OPERATIONS.decrypt = OPERATIONS.encrypt;
OPERATIONS.wrapKey = [...OPERATIONS.encrypt, 'AES-KW'];
OPERATIONS.unwrapKey = OPERATIONS.wrapKey;

/** The usages a key of each algorithm may have: [secret or private, public]. */
const USAGES = {
  HMAC: [['sign', 'verify']],
  'AES-CBC': [['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']],
  'AES-CTR': [['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']],
  'AES-GCM': [['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']],
  'AES-KW': [['wrapKey', 'unwrapKey']],
  PBKDF2: [['deriveKey', 'deriveBits']],
  HKDF: [['deriveKey', 'deriveBits']],
  ECDSA: [['sign'], ['verify']],
  Ed25519: [['sign'], ['verify']],
  'RSASSA-PKCS1-v1_5': [['sign'], ['verify']],
  'RSA-PSS': [['sign'], ['verify']],
  'RSA-OAEP': [['decrypt', 'unwrapKey'], ['encrypt', 'wrapKey']],
  ECDH: [['deriveKey', 'deriveBits'], []],
};

/** The native key type each asymmetric algorithm needs. */
const KEY_TYPES = {
  ECDSA: 'ec', ECDH: 'ec', Ed25519: 'ed25519', 'RSASSA-PKCS1-v1_5': 'rsa', 'RSA-PSS': 'rsa', 'RSA-OAEP': 'rsa',
};

const CURVES = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };

/** The algorithm's dictionary with its canonical name, for one operation. */
function normalize(algorithm, operation) {
  const object = typeof algorithm === 'string' ? { name: algorithm } : algorithm;
  if (typeof object !== 'object' || object === null || typeof object.name !== 'string') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Algorithm: name: Missing or not a string');
  }
  const wanted = object.name.toUpperCase();
  const name = OPERATIONS[operation].find((n) => n.toUpperCase() === wanted);
  if (name === undefined) throw notSupported();
  const normalized = { ...object, name };
  if ('hash' in object) normalized.hash = normalize(object.hash, 'digest');
  return normalized;
}

function required(algorithm, member, type) {
  if (algorithm[member] === undefined) {
    throw codedError(
      TypeError,
      'ERR_MISSING_OPTION',
      `Failed to normalize algorithm: passed algorithm can not be converted to '${type}' because '${member}' is required in '${type}'.`,
    );
  }
  return algorithm[member];
}

/** The bytes of a BufferSource, copied so later changes by the caller do not matter. */
function bufferSource(value, operation, position) {
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const view = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return Buffer.from(view);
  }
  throw codedError(
    TypeError,
    'ERR_INVALID_ARG_TYPE',
    `Failed to execute '${operation}' on 'SubtleCrypto': ${position} argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`,
  );
}

function arrayBuffer(bytes) {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength);
}

function checkUsages(name, type, usages, creating = true, emptyMessage = 'Usages cannot be empty when creating a key.') {
  if (!Array.isArray(usages)) throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "keyUsages" argument must be an array');
  const allowed = type === 'public' ? USAGES[name][1] : USAGES[name][0];
  for (const usage of usages) {
    if (!allowed.includes(usage)) throw unsupportedUsage(name);
  }
  if (creating && usages.length === 0 && type !== 'public') throw domError(emptyMessage, 'SyntaxError');
  return [...new Set(usages)];
}

function unsupportedUsage(name) {
  const label = name.startsWith('AES-') ? 'AES' : name;
  const article = /^(AES|ECD|Ed|HMAC|RSA)/.test(label) ? 'an' : 'a';
  return domError(`Unsupported key usage for ${article} ${label} key`, 'SyntaxError');
}

/** Keeps the usages a key of `type` may have out of those asked for a pair. */
function pairUsages(name, type, usages) {
  const allowed = type === 'public' ? USAGES[name][1] : USAGES[name][0];
  return usages.filter((u) => allowed.includes(u));
}

/** Whether `key` may serve `usage` with `algorithm`; each kind of operation words it as Node. */
function checkKey(key, algorithm, usage) {
  if (!(key instanceof CryptoKey)) throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "key" argument must be an instance of CryptoKey.');
  const notValid = () => domError('The requested operation is not valid for the provided key', 'InvalidAccessError');
  if (usage === 'sign' || usage === 'verify') {
    if (!key.usages.includes(usage)) throw domError(`Unable to use this key to ${usage}`, 'InvalidAccessError');
    if (key.algorithm.name !== algorithm.name) throw notValid();
  } else if (usage === 'deriveBits' || usage === 'deriveKey') {
    if (!key.usages.includes(usage)) throw domError(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
    if (key.algorithm.name !== algorithm.name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
  } else if (key.algorithm.name !== algorithm.name || !key.usages.includes(usage)) {
    throw notValid();
  }
}

function material(key) {
  return lazy.keys.handleOf(key[kKeyObject]).material;
}

// ---- digest ------------------------------------------------------------------------------------

function digest(algorithm, data) {
  const { name } = normalize(algorithm, 'digest');
  const bytes = bufferSource(data, 'digest', '2nd');
  return arrayBuffer(lazy.crypto.createHash(HASHES[name]).update(bytes).digest());
}

// ---- keys --------------------------------------------------------------------------------------

function secretAlgorithm(algorithm, bits) {
  if (algorithm.name === 'HMAC') return { name: 'HMAC', length: bits, hash: { name: algorithm.hash.name } };
  if (algorithm.name.startsWith('AES-')) return { name: algorithm.name, length: bits };
  return { name: algorithm.name };
}

function asymmetricAlgorithm(algorithm, keyObject) {
  const { name } = algorithm;
  if (KEY_TYPES[name] === 'ec') {
    const curve = keyObject.asymmetricKeyDetails.namedCurve;
    return { name, namedCurve: Object.keys(CURVES).find((c) => CURVES[c] === curve) };
  }
  if (KEY_TYPES[name] === 'rsa') {
    const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
    let hex = publicExponent.toString(16);
    if (hex.length % 2) hex = `0${hex}`;
    return { name, modulusLength, publicExponent: new Uint8Array(Buffer.from(hex, 'hex')), hash: { name: algorithm.hash.name } };
  }
  return { name };
}

function aesLength(length) {
  if (![128, 192, 256].includes(length)) throw domError('AES key length must be 128, 192, or 256 bits', 'OperationError');
  return length;
}

function generateKey(algorithm, extractable, keyUsages) {
  const normalized = normalize(algorithm, 'generateKey');
  const { name } = normalized;
  if (name === 'HMAC' || name.startsWith('AES-')) {
    if (name === 'HMAC') required(normalized, 'hash', 'HmacKeyGenParams');
    const usages = checkUsages(name, 'secret', keyUsages);
    const bits = name === 'HMAC' ? normalized.length ?? HASH_BLOCK_BITS[normalized.hash.name] : aesLength(normalized.length);
    const bytes = Buffer.alloc(Math.ceil(bits / 8));
    ops.randomFill(bytes);
    return makeKey(lazy.keys.createSecretKey(bytes), secretAlgorithm(normalized, bits), extractable, usages);
  }
  if (!Array.isArray(keyUsages)) throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "keyUsages" argument must be an array');
  const all = [...USAGES[name][0], ...USAGES[name][1]];
  if (keyUsages.some((usage) => !all.includes(usage))) throw unsupportedUsage(name);
  let pair;
  if (KEY_TYPES[name] === 'ec') {
    const curve = CURVES[required(normalized, 'namedCurve', 'EcKeyGenParams')];
    if (curve === undefined) throw domError('Unrecognized namedCurve', 'NotSupportedError');
    pair = lazy.crypto.generateKeyPairSync('ec', { namedCurve: curve });
  } else if (KEY_TYPES[name] === 'rsa') {
    required(normalized, 'hash', 'RsaHashedKeyGenParams');
    const exponent = Buffer.from(required(normalized, 'publicExponent', 'RsaHashedKeyGenParams'));
    pair = lazy.crypto.generateKeyPairSync('rsa', {
      modulusLength: required(normalized, 'modulusLength', 'RsaHashedKeyGenParams'),
      publicExponent: exponent.length === 0 ? 0 : Number(BigInt(`0x${exponent.toString('hex')}`)),
    });
  } else {
    pair = lazy.crypto.generateKeyPairSync('ed25519');
  }
  const privateUsages = pairUsages(name, 'private', keyUsages);
  if (privateUsages.length === 0) throw domError('Usages cannot be empty when creating a key.', 'SyntaxError');
  const publicKey = makeKey(pair.publicKey, asymmetricAlgorithm(normalized, pair.publicKey), true, pairUsages(name, 'public', keyUsages));
  const privateKey = makeKey(pair.privateKey, asymmetricAlgorithm(normalized, pair.privateKey), extractable, privateUsages);
  // Node lists an Ed25519 pair's private key first.
  const result = Object.create(null);
  if (name === 'Ed25519') {
    result.privateKey = privateKey;
    result.publicKey = publicKey;
  } else {
    result.publicKey = publicKey;
    result.privateKey = privateKey;
  }
  return result;
}

function importKey(format, keyData, algorithm, extractable, keyUsages) {
  const normalized = normalize(algorithm, 'importKey');
  const { name } = normalized;
  checkFormat(format, 'importKey');
  if ((name === 'PBKDF2' || name === 'HKDF') && extractable) {
    throw domError(`${name} keys are not extractable`, 'SyntaxError');
  }
  if (USAGES[name].length === 1) return importSecret(format, keyData, normalized, extractable, keyUsages);
  let keyObject;
  if (format === 'jwk') {
    if (typeof keyData !== 'object' || keyData === null) throw domError('Invalid keyData', 'DataError');
    keyObject = keyData.d === undefined
      ? lazy.crypto.createPublicKey({ key: keyData, format: 'jwk' })
      : lazy.crypto.createPrivateKey({ key: keyData, format: 'jwk' });
  } else {
    const bytes = bufferSource(keyData, 'importKey', '2nd');
    try {
      if (format === 'raw') {
        if (name !== 'Ed25519' && KEY_TYPES[name] !== 'ec') throw notSupported();
        const curve = name === 'Ed25519' ? 'Ed25519' : required(normalized, 'namedCurve', 'EcKeyImportParams');
        const [kind, type, der] = lazy.keys.nativeResult(ops.keyImport(false, 'raw', curve, bytes));
        keyObject = lazy.keys.makeAsymmetric(kind, type, der);
      } else if (format === 'pkcs8') {
        keyObject = lazy.crypto.createPrivateKey({ key: bytes, format: 'der', type: 'pkcs8' });
      } else {
        keyObject = lazy.crypto.createPublicKey({ key: bytes, format: 'der', type: 'spki' });
      }
    } catch (error) {
      if (error instanceof DOMException) throw error;
      throw domError('Invalid keyData', 'DataError');
    }
  }
  if (keyObject.asymmetricKeyType !== KEY_TYPES[name]) throw domError('Invalid key type', 'DataError');
  if (KEY_TYPES[name] === 'ec' && CURVES[normalized.namedCurve] !== keyObject.asymmetricKeyDetails.namedCurve) {
    throw domError('Named curve mismatch', 'DataError');
  }
  if (KEY_TYPES[name] === 'rsa') required(normalized, 'hash', 'RsaHashedImportParams');
  const usages = checkUsages(name, keyObject.type, keyUsages, keyObject.type === 'private', 'Usages cannot be empty when importing a private key.');
  return makeKey(keyObject, asymmetricAlgorithm(normalized, keyObject), extractable, usages);
}

function importSecret(format, keyData, algorithm, extractable, keyUsages) {
  const { name } = algorithm;
  let bytes;
  if (format === 'raw') bytes = bufferSource(keyData, 'importKey', '2nd');
  else if (format === 'jwk') {
    if (keyData?.kty !== 'oct') throw domError('Invalid JWK "kty" Parameter', 'DataError');
    if (typeof keyData.k !== 'string') throw domError('Invalid keyData', 'DataError');
    bytes = Buffer.from(keyData.k, 'base64url');
  } else {
    throw domError(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
  }
  if (name === 'HMAC') required(algorithm, 'hash', 'HmacImportParams');
  const usages = checkUsages(name, 'secret', keyUsages, true, 'Usages cannot be empty when importing a secret key.');
  let bits = bytes.length * 8;
  if (name.startsWith('AES-') && ![128, 192, 256].includes(bits)) throw domError('Invalid key length', 'DataError');
  if (name === 'HMAC' && algorithm.length !== undefined) {
    if (algorithm.length > bits || algorithm.length <= bits - 8) throw domError('Invalid key length', 'DataError');
    bits = algorithm.length;
  }
  if (name === 'HMAC' && bits === 0) throw domError('Zero-length key is not supported', 'DataError');
  const keyAlgorithm = name === 'HMAC' ? { name, hash: { name: algorithm.hash.name }, length: bits } : secretAlgorithm(algorithm, bits);
  return makeKey(lazy.keys.createSecretKey(bytes), keyAlgorithm, extractable, usages);
}

const JWK_ALG = {
  HMAC: (a) => `HS${a.hash.name.slice(4)}`,
  'AES-GCM': (a) => `A${a.length}GCM`,
  'AES-CBC': (a) => `A${a.length}CBC`,
  'AES-CTR': (a) => `A${a.length}CTR`,
  'AES-KW': (a) => `A${a.length}KW`,
  'RSASSA-PKCS1-v1_5': (a) => `RS${a.hash.name.slice(4)}`,
  'RSA-PSS': (a) => `PS${a.hash.name.slice(4)}`,
  'RSA-OAEP': (a) => (a.hash.name === 'SHA-1' ? 'RSA-OAEP' : `RSA-OAEP-${a.hash.name.slice(4)}`),
  Ed25519: () => 'Ed25519',
};

function checkFormat(format, operation) {
  if (!['raw', 'pkcs8', 'spki', 'jwk'].includes(format)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `Failed to execute '${operation}' on 'SubtleCrypto': 1st argument value '${format}' is not a valid enum value of type KeyFormat.`);
  }
}

function exportKey(format, key) {
  checkFormat(format, 'exportKey');
  if (!(key instanceof CryptoKey)) throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "key" argument must be an instance of CryptoKey.');
  if (!key.extractable) throw domError('key is not extractable', 'InvalidAccessException');
  const keyObject = key[kKeyObject];
  const { name } = key.algorithm;
  if (format === 'jwk') {
    const jwk = { key_ops: key.usages, ext: true };
    if (keyObject.type === 'secret') {
      Object.assign(jwk, keyObject.export({ format: 'jwk' }));
      if (key.algorithm.name === 'HMAC' || name.startsWith('AES-')) jwk.alg = JWK_ALG[name](key.algorithm);
      return jwk;
    }
    Object.assign(jwk, keyObject.export({ format: 'jwk' }));
    if (JWK_ALG[name]) jwk.alg = JWK_ALG[name](key.algorithm);
    return jwk;
  }
  if (format === 'raw') {
    if (keyObject.type === 'secret') return arrayBuffer(material(key));
    if (keyObject.type === 'public') return arrayBuffer(lazy.keys.nativeResult(ops.keyExport(material(key), false, 'raw', '')));
  }
  if (format === 'pkcs8' && keyObject.type === 'private') return arrayBuffer(keyObject.export({ format: 'der', type: 'pkcs8' }));
  if (format === 'spki' && keyObject.type === 'public') return arrayBuffer(keyObject.export({ format: 'der', type: 'spki' }));
  // Node names spki refusals 'raw'.
  const named = format === 'spki' ? 'raw' : format;
  throw domError(`Unable to export a ${named} ${name} ${keyObject.type} key`, 'InvalidAccessError');
}

// ---- signatures --------------------------------------------------------------------------------

/** The native signature arguments for an algorithm: [digest, padding, saltLength]. */
function signatureArgs(algorithm, key) {
  const { constants } = lazy.crypto;
  switch (algorithm.name) {
    case 'ECDSA':
      return [HASHES[required(algorithm, 'hash', 'EcdsaParams').name], 0, 0];
    case 'RSASSA-PKCS1-v1_5':
      return [HASHES[key.algorithm.hash.name], constants.RSA_PKCS1_PADDING, 0];
    case 'RSA-PSS':
      return [HASHES[key.algorithm.hash.name], constants.RSA_PKCS1_PSS_PADDING, required(algorithm, 'saltLength', 'RsaPssParams')];
    default:
      return ['', 0, 0];
  }
}

function sign(algorithm, key, data) {
  const normalized = normalize(algorithm, 'sign');
  const bytes = bufferSource(data, 'sign', '3rd');
  checkKey(key, normalized, 'sign');
  if (normalized.name === 'HMAC') {
    return arrayBuffer(lazy.crypto.createHmac(HASHES[key.algorithm.hash.name], material(key)).update(bytes).digest());
  }
  const [digestName, padding, saltLength] = signatureArgs(normalized, key);
  return arrayBuffer(lazy.keys.nativeResult(ops.keySign(material(key), digestName, bytes, padding, saltLength, true)));
}

function verify(algorithm, key, signature, data) {
  const normalized = normalize(algorithm, 'verify');
  const signatureBytes = bufferSource(signature, 'verify', '3rd');
  const bytes = bufferSource(data, 'verify', '4th');
  checkKey(key, normalized, 'verify');
  if (normalized.name === 'HMAC') {
    const expected = lazy.crypto.createHmac(HASHES[key.algorithm.hash.name], material(key)).update(bytes).digest();
    return expected.length === signatureBytes.length && lazy.crypto.timingSafeEqual(expected, signatureBytes);
  }
  const [digestName, padding, saltLength] = signatureArgs(normalized, key);
  return lazy.keys.nativeResult(ops.keyVerify(material(key), false, digestName, bytes, signatureBytes, padding, saltLength, true));
}

// ---- encryption --------------------------------------------------------------------------------

function aesCipher(algorithm, key, data, decrypt) {
  const mode = algorithm.name.slice(4).toLowerCase();
  const name = `aes-${key.algorithm.length}-${mode}`;
  let iv;
  let tagBytes = 0;
  if (mode === 'ctr') {
    iv = bufferSource(required(algorithm, 'counter', 'AesCtrParams'), 'encrypt', 'counter');
    const length = required(algorithm, 'length', 'AesCtrParams');
    if (iv.length !== 16) throw domError('AES-CTR algorithm.counter must contain exactly 16 bytes', 'OperationError');
    if (!(length > 0 && length <= 128)) throw domError('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
  } else if (mode === 'cbc') {
    iv = bufferSource(required(algorithm, 'iv', 'AesCbcParams'), 'encrypt', 'iv');
    if (iv.length !== 16) throw domError('algorithm.iv must contain exactly 16 bytes', 'OperationError');
  } else {
    iv = bufferSource(required(algorithm, 'iv', 'AesGcmParams'), 'encrypt', 'iv');
    const tagLength = algorithm.tagLength ?? 128;
    if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
      throw domError(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
    }
    tagBytes = tagLength / 8;
  }
  const id = ops.cipherNew(name, decrypt, material(key), iv, tagBytes || undefined);
  if (typeof id === 'string') throw operationFailed();
  try {
    if (tagBytes && algorithm.additionalData !== undefined) {
      ops.cipherSetAad(id, bufferSource(algorithm.additionalData, 'encrypt', 'additionalData'));
    }
    let text = data;
    if (tagBytes && decrypt) {
      if (data.length < tagBytes) throw operationFailed();
      text = data.subarray(0, data.length - tagBytes);
      ops.cipherSetTag(id, data.subarray(data.length - tagBytes));
    }
    const body = ops.cipherUpdate(id, text);
    const last = ops.cipherFinal(id);
    if (typeof last === 'string') throw operationFailed();
    const parts = [body, last];
    if (tagBytes && !decrypt) parts.push(ops.cipherTag(id));
    return arrayBuffer(Buffer.concat(parts));
  } finally {
    ops.cipherDrop(id);
  }
}

function rsaOaep(algorithm, key, data, decrypt) {
  const label = algorithm.label === undefined ? undefined : bufferSource(algorithm.label, 'encrypt', 'label');
  const result = ops.keyCrypt(material(key), key.type === 'private', decrypt, lazy.crypto.constants.RSA_PKCS1_OAEP_PADDING, HASHES[key.algorithm.hash.name], label, data);
  if (typeof result === 'string') throw operationFailed();
  return arrayBuffer(result);
}

function crypt(operation, algorithm, key, data) {
  const normalized = normalize(algorithm, operation);
  const bytes = bufferSource(data, operation, '3rd');
  checkKey(key, normalized, operation);
  if (normalized.name === 'RSA-OAEP') return rsaOaep(normalized, key, bytes, operation === 'decrypt');
  return aesCipher(normalized, key, bytes, operation === 'decrypt');
}

// ---- derivation --------------------------------------------------------------------------------

function deriveBits(algorithm, baseKey, length) {
  const normalized = normalize(algorithm, 'deriveBits');
  checkKey(baseKey, normalized, 'deriveBits');
  const { name } = normalized;
  if (name === 'ECDH') {
    const publicKey = required(normalized, 'public', 'EcdhKeyDeriveParams');
    if (!(publicKey instanceof CryptoKey)) {
      throw invalidArgType('algorithm.public', 'CryptoKey', publicKey);
    }
    if (publicKey.type !== 'public') throw domError('algorithm.public must be a public key', 'InvalidAccessError');
    if (publicKey.algorithm.name !== baseKey.algorithm.name) {
      throw domError('The public and private keys must be of the same type', 'InvalidAccessError');
    }
    if (publicKey.algorithm.namedCurve !== baseKey.algorithm.namedCurve) {
      throw domError('Named curve mismatch', 'InvalidAccessError');
    }
    const secret = Buffer.from(lazy.keys.nativeResult(ops.keyDerive(material(baseKey), material(publicKey))));
    if (length === null || length === undefined) return arrayBuffer(secret);
    if (length > secret.length * 8) throw domError('derived bit length is too small', 'OperationError');
    const bytes = Buffer.from(secret.subarray(0, Math.ceil(length / 8)));
    if (length % 8) bytes[bytes.length - 1] &= 0xff << (8 - (length % 8));
    return arrayBuffer(bytes);
  }
  const params = name === 'HKDF' ? 'HkdfParams' : 'Pbkdf2Params';
  if (length === null) throw domError('length cannot be null', 'OperationError');
  if (typeof length !== 'number' || length % 8 !== 0) throw domError('length must be a multiple of 8', 'OperationError');
  const hash = HASHES[required(normalized, 'hash', params).name];
  const salt = bufferSource(required(normalized, 'salt', params), 'deriveBits', 'salt');
  if (name === 'PBKDF2') {
    const iterations = required(normalized, 'iterations', 'Pbkdf2Params');
    if (iterations === 0) throw domError('iterations cannot be zero', 'OperationError');
    return arrayBuffer(lazy.crypto.pbkdf2Sync(material(baseKey), salt, iterations, length / 8, hash));
  }
  const info = bufferSource(required(normalized, 'info', 'HkdfParams'), 'deriveBits', 'info');
  try {
    return lazy.crypto.hkdfSync(hash, material(baseKey), salt, info, length / 8);
  } catch {
    throw operationFailed();
  }
}

/** The bit length of key to derive for an algorithm (AES: its length; HMAC: its hash block). */
function derivedLength(algorithm) {
  if (algorithm.name.startsWith('AES-')) {
    if (![128, 192, 256].includes(algorithm.length)) throw domError('Invalid key length', 'OperationError');
    return algorithm.length;
  }
  if (algorithm.name === 'HMAC') return algorithm.length ?? HASH_BLOCK_BITS[required(algorithm, 'hash', 'HmacImportParams').name];
  throw notSupported();
}

function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
  const target = normalize(derivedKeyAlgorithm, 'importKey');
  const normalized = normalize(algorithm, 'deriveBits');
  checkKey(baseKey, normalized, 'deriveKey');
  const usable = makeKey(baseKey[kKeyObject], baseKey.algorithm, false, ['deriveBits']);
  const bits = deriveBits(normalized, usable, derivedLength(target));
  return importKey('raw', bits, target, extractable, keyUsages);
}

function wrapKey(format, key, wrappingKey, wrapAlgorithm) {
  const normalized = normalize(wrapAlgorithm, 'wrapKey');
  checkKey(wrappingKey, normalized, 'wrapKey');
  const exported = exportKey(format, key);
  let bytes = format === 'jwk' ? Buffer.from(JSON.stringify(exported)) : Buffer.from(exported);
  if (normalized.name === 'AES-KW') {
    // A JWK is padded with spaces to whole 8-byte blocks, as Node does (the spec's note).
    if (format === 'jwk' && bytes.length % 8) bytes = Buffer.concat([bytes, Buffer.alloc(8 - (bytes.length % 8), ' ')]);
    return arrayBuffer(aesKeyWrap(material(wrappingKey), bytes, false));
  }
  const usable = makeKey(wrappingKey[kKeyObject], wrappingKey.algorithm, false, ['encrypt']);
  return crypt('encrypt', normalized, usable, bytes);
}

function unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
  const normalized = normalize(unwrapAlgorithm, 'unwrapKey');
  checkKey(unwrappingKey, normalized, 'unwrapKey');
  let bytes;
  if (normalized.name === 'AES-KW') {
    bytes = aesKeyWrap(material(unwrappingKey), bufferSource(wrappedKey, 'unwrapKey', '2nd'), true);
  } else {
    const usable = makeKey(unwrappingKey[kKeyObject], unwrappingKey.algorithm, false, ['decrypt']);
    bytes = Buffer.from(crypt('decrypt', normalized, usable, wrappedKey));
  }
  let keyData = bytes;
  if (format === 'jwk') {
    try {
      keyData = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw domError('Invalid wrapped JWK key', 'DataError');
    }
  }
  return importKey(format, keyData, unwrappedKeyAlgorithm, extractable, keyUsages);
}

// AES key wrap (RFC 3394) of `data` under `kek`, or its unwrapping; data that cannot be
// wrapped or fails the unwrap check is refused.
function aesKeyWrap(kek, data, unwrap) {
  const out = ops.aesKeyWrap(kek, data, unwrap);
  if (out === undefined) throw operationFailed();
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

// ---- SubtleCrypto ------------------------------------------------------------------------------

/** Runs an operation now and settles a promise with its result. */
function settle(operation, args) {
  try {
    return Promise.resolve(operation(...args));
  } catch (error) {
    return Promise.reject(error);
  }
}

class SubtleCrypto {
  constructor() {
    throw new TypeError('Illegal constructor');
  }

  get [Symbol.toStringTag]() {
    return 'SubtleCrypto';
  }
}

const methods = {
  digest,
  generateKey,
  importKey,
  exportKey,
  sign,
  verify,
  encrypt: (...args) => crypt('encrypt', ...args),
  decrypt: (...args) => crypt('decrypt', ...args),
  deriveBits,
  deriveKey,
  wrapKey,
  unwrapKey,
};

// How many arguments each method requires, as Web IDL checks them.
const REQUIRED = {
  digest: 2, generateKey: 3, importKey: 5, exportKey: 2, sign: 3, verify: 4, encrypt: 3, decrypt: 3,
  deriveBits: 2, deriveKey: 5, wrapKey: 4, unwrapKey: 7,
};

for (const [name, operation] of Object.entries(methods)) {
  Object.defineProperty(SubtleCrypto.prototype, name, {
    value: {
      [name](...args) {
        if (args.length < REQUIRED[name]) {
          const required = REQUIRED[name];
          return Promise.reject(codedError(
            TypeError,
            'ERR_MISSING_ARGS',
            `Failed to execute '${name}' on 'SubtleCrypto': ${required} argument${required === 1 ? '' : 's'} required, but only ${args.length} present.`,
          ));
        }
        return settle(operation, args);
      },
    }[name],
    writable: true,
    configurable: true,
    enumerable: true,
  });
}

const subtle = Object.create(SubtleCrypto.prototype);

module.exports = { CryptoKey, SubtleCrypto, subtle, keyObjectOf, cloneShape };
