'use strict';
// Errors as Node reports them: a `code` property and `Name [CODE]: message` in the stack.

function codedError(Base, code, message) {
  const err = new Base(message);
  Error.captureStackTrace(err, codedError);
  Object.defineProperty(err, 'code', {
    value: code,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  const stack = err.stack;
  const header = `${err.name}: ${message}`;
  if (typeof stack === 'string' && stack.startsWith(header)) {
    err.stack = `${err.name} [${code}]: ${message}${stack.slice(header.length)}`;
  }
  return err;
}

/** How Node names a value's type in its messages: `type number (5)`, `an instance of Foo`... */
function determineSpecificType(value) {
  if (value == null) return `${value}`;
  if (typeof value === 'function') return `function ${value.name}`;
  const { inspect } = require('internal/inspect');
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
    return inspect(value, { depth: -1 });
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

/** How Node describes the value it received in an argument-type message. */
function describeReceived(value) {
  return ` Received ${determineSpecificType(value)}`;
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classPattern = /^([A-Z][a-z0-9]*)+$/;

/** Node's wording of a list: `a`, `a or b`, `a, b, or c`. */
function joinOr(items) {
  if (items.length <= 2) return items.join(' or ');
  return `${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
}

/**
 * `ERR_INVALID_ARG_TYPE` as Node words it. `expected` is a type name, a class name, or a list of
 * them (an array, or a string joined with " or ", "an instance of X" allowed).
 */
function invalidArgType(name, expected, actual) {
  const list = Array.isArray(expected)
    ? expected
    : `${expected}`.split(' or ').map((e) => e.replace(/^an instance of /, ''));
  const types = [];
  const instances = [];
  const other = [];
  for (const value of list) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classPattern.test(value)) instances.push(value);
    else other.push(value);
  }
  // Beside classes, "object" is named as a class too, after them.
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    if (!instances.includes('Object')) instances.push('Object');
  }
  let msg = name.endsWith(' argument')
    ? `The ${name} must be `
    : `The "${name}" ${name.includes('.') ? 'property' : 'argument'} must be `;
  const parts = [];
  if (types.length > 0) parts.push(`${types.length > 1 ? 'one of type' : 'of type'} ${joinOr(types)}`);
  if (instances.length > 0) parts.push(`an instance of ${joinOr(instances)}`);
  if (other.length > 1) parts.push(`one of ${joinOr(other)}`);
  // A single description that is not all lower case reads as a thing: "an ArrayBufferView[]".
  else if (other.length === 1) parts.push(other[0].toLowerCase() !== other[0] ? `an ${other[0]}` : other[0]);
  msg += parts.join(' or ');
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `${msg}.${describeReceived(actual)}`);
}

/** `ERR_OUT_OF_RANGE`; integers beyond 2 ** 32 are shown with `_` separators, as Node does. */
function outOfRange(name, range, received) {
  const { inspect, groupDigits } = require('internal/inspect');
  let shown;
  if (typeof received === 'number' && Number.isInteger(received) && Math.abs(received) > 2 ** 32) {
    shown = groupDigits(`${received}`);
  } else if (typeof received === 'bigint') {
    const big = received > 2n ** 32n || received < -(2n ** 32n);
    shown = `${big ? groupDigits(`${received}`) : received}n`;
  } else {
    shown = inspect(received);
  }
  return codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${shown}`);
}

/** `ERR_INVALID_ARG_VALUE`: the value shown by inspect, cut at 128 characters as Node does. */
function invalidArgValue(name, value, reason = 'is invalid') {
  const { inspect } = require('internal/inspect');
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' ${reason}. Received ${shown}`);
}

/** `ERR_INVALID_THIS`: a method called on something that is not one of its class. */
function invalidThis(type) {
  return codedError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

/** `ERR_INVALID_RETURN_VALUE`: a callback gave something of the wrong kind. */
function invalidReturnValue(expected, name, value) {
  const message = `Expected ${expected} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`;
  return codedError(TypeError, 'ERR_INVALID_RETURN_VALUE', message);
}

/** Node's `validateString`. */
function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

/** Node's `validateFunction`. */
function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'function', value);
}

/** Node's `validateInteger`. */
function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

/** Node's `validateNumber`: a number, and within [min, max] when either bound is given. */
function validateNumber(value, name, min = undefined, max = undefined) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  const bounded = min !== undefined || max !== undefined;
  if ((min !== undefined && value < min) || (max !== undefined && value > max) || (bounded && Number.isNaN(value))) {
    const range = [min !== undefined && `>= ${min}`, max !== undefined && `<= ${max}`].filter(Boolean).join(' && ');
    throw outOfRange(name, range, value);
  }
}

/** Node's `validateAbortSignal`: undefined or something with an `aborted` flag. */
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, 'AbortSignal', signal);
  }
}

/** Node's `validateObject` with its defaults: a non-null, non-array object. */
function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidArgType(name, 'Object', value);
}

/** The error every cancelled operation rejects with; the signal's reason is its cause. */
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

/** On an error: a function giving the stack to report if the error is never caught (events
 * adds where an unhandled 'error' was emitted). */
const kEnhanceStack = Symbol('kEnhanceStack');

/** Node's SystemError: `prefix: syscall returned CODE (detail) path`. */
class SystemError extends Error {}
Object.defineProperty(SystemError.prototype, 'name', { value: 'SystemError', writable: true, configurable: true });

let errnoByCode;
/** An error code's libuv number (negative) and description: `errnoInfo('ENOENT')`. */
function errnoInfo(code) {
  if (errnoByCode === undefined) errnoByCode = new Map([...systemErrorMap()].map(([errno, [name, text]]) => [name, [errno, text]]));
  const row = errnoByCode.get(code);
  return row ? { errno: row[0], description: row[1] } : { errno: 0, description: 'unknown error' };
}

/** A failed system call as Node words it when no path is involved: `write EPIPE`. */
function errnoException(syscall, code) {
  const err = new Error(`${syscall} ${code}`);
  err.errno = errnoInfo(code).errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

let errnoMap;
/** libuv's errors as util.getSystemErrorMap gives them: negative number to [code, text]. */
function systemErrorMap() {
  if (errnoMap === undefined) errnoMap = new Map(ops.errnoTable().map(([errno, code, text]) => [-errno, [code, text]]));
  return errnoMap;
}

/**
 * Node's SystemError: `prefix: syscall returned CODE (detail) path => dest`. Without `errno` or
 * `detail`, libuv's for `errnoCode`. `info` is what the error's `info` shows; the order of its
 * keys is the caller's (each of Node's callers has its own).
 */
function systemError(code, prefix, fields, info = undefined) {
  const { syscall, errnoCode, path, dest } = fields;
  const known = errnoInfo(errnoCode);
  const errno = fields.errno ?? known.errno;
  const detail = fields.detail ?? known.description;
  let message = `${prefix}: ${syscall} returned ${errnoCode} (${detail})`;
  if (path !== undefined) message += ` ${path}`;
  if (dest !== undefined) message += ` => ${dest}`;
  const err = codedError(SystemError, code, message);
  err.info = info ?? { code: errnoCode, message: detail, path, syscall, errno };
  err.errno = errno;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

/** A failed system call on an address, as Node words it: `connect ECONNREFUSED 127.0.0.1:80`. */
function addressError(code, syscall, address, port, wordy = false) {
  const { errno, description } = errnoInfo(code);
  let where = '';
  if (address !== undefined) where = port !== undefined && port >= 0 ? ` ${address}:${port}` : ` ${address}`;
  const err = new Error(wordy ? `${syscall} ${code}: ${description}${where}` : `${syscall} ${code}${where}`);
  // The two wordings come from two places in Node, which set the fields in different orders.
  if (wordy) err.code = code;
  err.errno = errno;
  if (!wordy) err.code = code;
  err.syscall = syscall;
  if (address !== undefined) err.address = address;
  if (port !== undefined && port >= 0) err.port = port;
  return err;
}

/** Node's port check: a number or numeric string in 0..65535 (above 0 unless `allowZero`). */
function validatePort(port, name = 'Port', allowZero = true) {
  const numeric = typeof port === 'number' || (typeof port === 'string' && port.trim() !== '');
  if (!numeric || +port !== +port >>> 0 || +port > 0xffff || (+port === 0 && !allowZero)) {
    const range = allowZero ? '>= 0' : '> 0';
    throw codedError(RangeError, 'ERR_SOCKET_BAD_PORT', `${name} should be ${range} and < 65536.${describeReceived(port)}.`);
  }
  return +port;
}

module.exports = {
  SystemError,
  systemError,
  errnoInfo,
  errnoException,
  systemErrorMap,
  codedError,
  invalidArgType,
  outOfRange,
  invalidArgValue,
  invalidReturnValue,
  invalidThis,
  validateInteger,
  validateNumber,
  validateString,
  validateFunction,
  validateAbortSignal,
  validateObject,
  validatePort,
  addressError,
  AbortError,
  kEnhanceStack,
  describeReceived,
  determineSpecificType,
};
