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

/** How Node describes the value it received in an argument-type message. */
function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') {
    return ` Received function ${value.name}`;
  }
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return ` Received an instance of ${value.constructor.name}`;
    }
    const { inspect } = require('internal/inspect');
    return ` Received ${inspect(value, { depth: -1 })}`;
  }
  const { inspect } = require('internal/inspect');
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
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
  // "Object" among the classes means any object: say it once, as a type.
  if (instances.length > 0 && types.includes('object')) {
    const i = instances.indexOf('Object');
    if (i !== -1) instances.splice(i, 1);
  }
  let msg = name.endsWith(' argument')
    ? `The ${name} must be `
    : `The "${name}" ${name.includes('.') ? 'property' : 'argument'} must be `;
  const parts = [];
  if (types.length > 0) parts.push(`${types.length > 1 ? 'one of type' : 'of type'} ${joinOr(types)}`);
  if (instances.length > 0) parts.push(`an instance of ${joinOr(instances)}`);
  if (other.length > 0) parts.push(other.length > 1 ? `one of ${joinOr(other)}` : other[0]);
  msg += parts.join(' or ');
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `${msg}.${describeReceived(actual)}`);
}

function outOfRange(name, range, received) {
  const { inspect } = require('internal/inspect');
  return codedError(
    RangeError,
    'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${inspect(received)}`,
  );
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

/** Node's SystemError: `prefix: syscall returned CODE (detail) path`. */
class SystemError extends Error {}
Object.defineProperty(SystemError.prototype, 'name', { value: 'SystemError', writable: true, configurable: true });

function systemError(code, prefix, { syscall, errnoCode, errno, detail, path, dest }) {
  let message = `${prefix}: ${syscall} returned ${errnoCode} (${detail})`;
  if (path !== undefined) message += ` ${path}`;
  if (dest !== undefined) message += ` => ${dest}`;
  const err = codedError(SystemError, code, message);
  err.info = { code: errnoCode, message: detail, path, syscall, errno };
  err.errno = errno;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

module.exports = {
  SystemError,
  systemError,
  codedError,
  invalidArgType,
  outOfRange,
  validateInteger,
  validateNumber,
  describeReceived,
};
