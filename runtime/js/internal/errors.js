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

function invalidArgType(name, expected, actual) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(
    TypeError,
    'ERR_INVALID_ARG_TYPE',
    `The "${name}" ${kind} must be of type ${expected}.${describeReceived(actual)}`,
  );
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

module.exports = { codedError, invalidArgType, outOfRange, validateInteger, describeReceived };
