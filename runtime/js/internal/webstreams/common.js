'use strict';

// What the web streams share: promise helpers, the queue with sizes, strategies and their
// checks, and the errors Node gives for misuse.

const { codedError, invalidArgType } = require('internal/errors');

function invalidState(message) {
  return codedError(TypeError, 'ERR_INVALID_STATE', `Invalid state: ${message}`);
}

function invalidThis(type) {
  return codedError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function invalidProperty(name, value, Base = TypeError) {
  const shown = require('internal/inspect').inspect(value);
  // Node's ERR_INVALID_ARG_VALUE says "argument" for plain names ('bytesWritten', 'type').
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(Base, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' is invalid. Received ${shown}`);
}

/** A promise with its settle functions, and whether it is settled. */
function deferred() {
  const d = { settled: false };
  d.promise = new Promise((resolve, reject) => {
    d.resolve = (value) => {
      d.settled = true;
      resolve(value);
    };
    d.reject = (reason) => {
      d.settled = true;
      reject(reason);
    };
  });
  return d;
}

/** A promise whose rejection nobody has to handle. */
function handled(promise) {
  promise.catch(() => {});
  return promise;
}

function rejected(reason) {
  return handled(Promise.reject(reason));
}

/** Calls `method` of `object` (when there is one) and always gives a promise. */
function promiseCall(method, object, ...args) {
  try {
    return Promise.resolve(method === undefined ? undefined : Reflect.apply(method, object, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

/** A queue whose entries carry sizes, as the streams standard keeps them. */
class SizedQueue {
  constructor() {
    this.items = [];
    this.head = 0;
    this.total = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(value, size) {
    if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
      throw codedError(RangeError, 'ERR_INVALID_ARG_VALUE', `The argument 'size' is invalid. Received ${size}`);
    }
    this.items.push({ value, size });
    this.total += size;
  }

  shift() {
    const entry = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    this.total = Math.max(0, this.total - entry.size);
    return entry.value;
  }

  peek() {
    return this.items[this.head].value;
  }

  clear() {
    this.items = [];
    this.head = 0;
    this.total = 0;
  }
}

function highWaterMarkOf(strategy, fallback, name) {
  const hwm = strategy?.highWaterMark;
  if (hwm === undefined) return fallback;
  const value = Number(hwm);
  // Node shows the number it converted to (NaN for 'abc').
  if (Number.isNaN(value) || value < 0) throw invalidProperty(`${name}.highWaterMark`, value, RangeError);
  return value;
}

function sizeOf(strategy, name) {
  const size = strategy?.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw invalidArgType(`${name}.size`, 'Function', size);
  return (chunk) => size(chunk);
}

const kType = Symbol('kType');

class ByteLengthQueuingStrategy {
  constructor(init) {
    if (init === null || typeof init !== 'object') throw invalidArgType('init', 'object', init);
    if (init.highWaterMark === undefined) {
      throw codedError(TypeError, 'ERR_MISSING_OPTION', 'init.highWaterMark is required');
    }
    this[kType] = 'ByteLengthQueuingStrategy';
    Object.defineProperty(this, '_highWaterMark', { value: Number(init.highWaterMark) });
  }

  get highWaterMark() {
    if (this?.[kType] !== 'ByteLengthQueuingStrategy') throw invalidThis('ByteLengthQueuingStrategy');
    return this._highWaterMark;
  }

  get size() {
    if (this?.[kType] !== 'ByteLengthQueuingStrategy') throw invalidThis('ByteLengthQueuingStrategy');
    return byteLengthSize;
  }
}

// Node's size functions are both named 'size'.
const byteLengthSize = Object.defineProperty((chunk) => chunk.byteLength, 'name', { value: 'size' });

class CountQueuingStrategy {
  constructor(init) {
    if (init === null || typeof init !== 'object') throw invalidArgType('init', 'object', init);
    if (init.highWaterMark === undefined) {
      throw codedError(TypeError, 'ERR_MISSING_OPTION', 'init.highWaterMark is required');
    }
    this[kType] = 'CountQueuingStrategy';
    Object.defineProperty(this, '_highWaterMark', { value: Number(init.highWaterMark) });
  }

  get highWaterMark() {
    if (this?.[kType] !== 'CountQueuingStrategy') throw invalidThis('CountQueuingStrategy');
    return this._highWaterMark;
  }

  get size() {
    if (this?.[kType] !== 'CountQueuingStrategy') throw invalidThis('CountQueuingStrategy');
    return countSize;
  }
}

const countSize = Object.defineProperty(() => 1, 'name', { value: 'size' });

const kInspect = Symbol.for('nodejs.util.inspect.custom');

for (const Strategy of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  Object.defineProperty(Strategy.prototype, kInspect, {
    value(depth, options, inspect) {
      return `${Strategy.name} ${inspect({ highWaterMark: this.highWaterMark }, options)}`;
    },
    configurable: true,
    writable: true,
  });
  Object.defineProperty(Strategy.prototype, Symbol.toStringTag, { value: Strategy.name, configurable: true });
}

/** The buffer moved to a new ArrayBuffer; the old one is left detached. */
function transferBuffer(buffer) {
  if (typeof buffer.transfer === 'function') return buffer.transfer();
  return buffer.slice(0);
}

module.exports = {
  invalidState,
  invalidThis,
  invalidProperty,
  deferred,
  handled,
  rejected,
  promiseCall,
  SizedQueue,
  highWaterMarkOf,
  sizeOf,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  transferBuffer,
};
