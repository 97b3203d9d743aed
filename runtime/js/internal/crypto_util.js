'use strict';
// What the parts of `node:crypto` share: reading bytes from the many forms Node accepts, and
// giving results back in an encoding.

const { Buffer } = require('buffer');
const { invalidArgType, invalidArgValue } = require('internal/errors');

const ArrayBufferIsView = ArrayBuffer.isView;

/** The bytes a view or ArrayBuffer holds, without a copy. */
function bytesView(value) {
  return value instanceof ArrayBuffer
    ? new Uint8Array(value)
    : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

/** The bytes of data given to update(): a string in an encoding (UTF-8 when unknown), or a view. */
function dataBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, Buffer.isEncoding(encoding) ? encoding : 'utf8');
  return bytesView(data);
}

/** Like dataBytes, with Node's type error for anything else. */
function bytesOf(data, encoding, name) {
  // Node's validateEncoding: hex text comes in whole bytes.
  if (typeof data === 'string' && typeof encoding === 'string' && encoding.toLowerCase() === 'hex' && data.length % 2 !== 0) {
    throw invalidArgValue('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
  if (typeof data === 'string' || ArrayBufferIsView(data)) return dataBytes(data, encoding);
  throw invalidArgType(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

/** Bytes as a Buffer, or a string in a known encoding. */
function encoded(bytes, encoding) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Buffer.isEncoding(encoding) && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

const BYTES_TYPES = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

/** The bytes of an argument that is a string (in `encoding`, UTF-8 by default), a view or an
 * ArrayBuffer, with Node's type error for anything else. */
function bytesArg(value, name, encoding = undefined) {
  if (typeof value === 'string') return Buffer.from(value, encoding ?? 'utf8');
  if (ArrayBufferIsView(value) || value instanceof ArrayBuffer) return bytesView(value);
  throw invalidArgType(name, BYTES_TYPES, value);
}

const SECRET_KEY_TYPES = [...BYTES_TYPES, 'KeyObject', 'CryptoKey'];

/** The bytes of a secret key: a string, bytes, a secret KeyObject or CryptoKey. */
function secretKeyBytes(key, encoding, name) {
  if (typeof key === 'string') return Buffer.from(key, encoding ?? 'utf8');
  if (ArrayBufferIsView(key) || key instanceof ArrayBuffer) return bytesView(key);
  const keys = require('internal/crypto_keys');
  const material = keys.secretMaterial(key);
  if (material !== undefined) return material;
  throw invalidArgType(name, SECRET_KEY_TYPES, key);
}

/**
 * An error as Node reports one from OpenSSL: `error:<hex>:<library>::<reason>`, with those
 * fields and the code `ERR_OSSL_<prefix><REASON>`.
 */
function opensslError(library, reason, hex, codePrefix = '') {
  const error = new Error(`error:${hex}:${library}::${reason}`);
  error.library = library;
  error.reason = reason;
  error.code = `ERR_OSSL_${codePrefix}${reason.toUpperCase().replace(/ /g, '_')}`;
  return error;
}

module.exports = { opensslError, bytesArg, bytesView, bytesOf, dataBytes, encoded, secretKeyBytes, SECRET_KEY_TYPES };
