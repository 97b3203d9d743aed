'use strict';
// The `util` module.

const { inspect, format, formatWithOptions, isError } = require('internal/inspect');
const { codedError, invalidArgType, systemErrorMap } = require('internal/errors');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const { MIMEType, MIMEParams } = require('internal/mime');
const types = require('internal/types');
const comparisons = require('internal/comparisons');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const { kCustomPromisifyArgs } = require('internal/promisify_args');

function promisify(original) {
  if (typeof original !== 'function') throw invalidArgType('original', 'function', original);
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    if (typeof fn !== 'function') throw invalidArgType('util.promisify.custom', 'function', fn);
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [
        ...args,
        (err, ...values) => {
          if (err) return reject(err);
          if (argumentNames !== undefined && values.length > 1) {
            const obj = {};
            for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
            resolve(obj);
          } else {
            resolve(values[0]);
          }
        },
      ]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

// The name shows in V8's message when `original` returns no promise, as it does in Node's.
const ReflectApply = Reflect.apply;

function callbackify(original) {
  if (typeof original !== 'function') throw invalidArgType('original', 'function', original);
  function callbackified(...args) {
    const callback = args.pop();
    if (typeof callback !== 'function') throw invalidArgType('last argument', 'function', callback);
    const onError = (reason) => {
      if (!reason) {
        const err = codedError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
        err.reason = reason;
        reason = err;
      }
      return callback.call(this, reason);
    };
    ReflectApply(original, this, args).then(
      (value) => process.nextTick(callback.bind(this), null, value),
      (reason) => process.nextTick(onError, reason),
    );
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) throw invalidArgType('superCtor.prototype', 'object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const deprecationCodesWarned = new Set();

function deprecate(fn, msg, code) {
  // Node 20 does not check `fn`: a non-object fails in setPrototypeOf below.
  if (code !== undefined && typeof code !== 'string') throw invalidArgType('code', 'string', code);
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined || !deprecationCodesWarned.has(code)) {
        if (code !== undefined) deprecationCodesWarned.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const debugSections = new Map();

function debuglog(section, callback) {
  section = `${section}`.toUpperCase();
  let logger;
  const enabledFor = () => {
    const setting = (process.env.NODE_DEBUG || '').toUpperCase();
    return setting
      .split(/[\s,]+/)
      .filter(Boolean)
      .some((pattern) => new RegExp(`^${pattern.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*')}$`).test(section));
  };
  function debug(...args) {
    if (logger === undefined) {
      let enabled = debugSections.get(section);
      if (enabled === undefined) {
        enabled = enabledFor();
        debugSections.set(section, enabled);
      }
      logger = enabled
        ? (...a) => ops.write(2, `${section} ${process.pid}: ${format(...a)}\n`)
        : () => {};
      if (typeof callback === 'function') callback(logger);
    }
    logger(...args);
  }
  Object.defineProperty(debug, 'enabled', {
    get() {
      let enabled = debugSections.get(section);
      if (enabled === undefined) {
        enabled = enabledFor();
        debugSections.set(section, enabled);
      }
      return enabled;
    },
  });
  return debug;
}

// eslint-disable-next-line no-control-regex
const ansi = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw invalidArgType('str', 'string', str);
  return str.replace(ansi, '');
}

function styleText(formats, text, { validateStream = true, stream = process.stdout } = {}) {
  if (typeof text !== 'string') throw invalidArgType('text', 'string', text);
  const list = Array.isArray(formats) ? formats : [formats];
  for (const key of list) validateColor(key);
  // Node 20 drops the styling of a single format when the stream takes no colours.
  if (typeof formats === 'string' && validateStream && !(stream && stream.isTTY && stream.hasColors && stream.hasColors())) {
    return text;
  }
  let left = '';
  let right = '';
  for (const key of list) {
    const codes = inspect.colors[key];
    left += `\u001b[${codes[0]}m`;
    right = `\u001b[${codes[1]}m${right}`;
  }
  return `${left}${text}${right}`;
}

function validateColor(key) {
  if (inspect.colors[key] === undefined) {
    const valid = Object.keys(inspect.colors);
    throw codedError(
      TypeError,
      'ERR_INVALID_ARG_VALUE',
      `The argument 'format' must be one of: ${valid.map((v) => `'${v}'`).join(', ')}. Received ${inspect(key)}`,
    );
  }
}

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw invalidArgType('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "err" is out of range. It must be a negative integer. Received ${err}`);
  }
  const entry = getSystemErrorMap().get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return systemErrorMap();
}

function toUSVString(string) {
  return `${string}`.toWellFormed();
}

function isDeepStrictEqual(a, b) {
  return comparisons.isDeepStrictEqual(a, b);
}

async function aborted(signal, resource) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw invalidArgType('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw invalidArgType('resource', 'object', resource);
  }
  if (signal.aborted) return;
  await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
}

const { parseArgs } = require('internal/parse_args');

function transferableAbortSignal(signal) {
  const { AbortSignal, EventTarget } = require('internal/web');
  if (!(signal instanceof AbortSignal)) throw invalidArgType('signal', 'AbortSignal', signal);
  // As in Node, the transferable signal is a copy: it shares the original's listeners but keeps
  // the abort state it had when copied.
  const copy = Reflect.construct(EventTarget, [], AbortSignal);
  return Object.defineProperties(copy, Object.getOwnPropertyDescriptors(signal));
}

function transferableAbortController() {
  // Its signal is never seen before it is made transferable: a fresh controller behaves the same.
  const { AbortController } = require('internal/web');
  return new AbortController();
}

function parseEnv(content) {
  if (typeof content !== 'string') throw invalidArgType('content', 'string', content);
  return require('internal/env_file').parseEnv(content);
}

// Deprecated in the documentation only: Node 20 does not warn when they are used.
function deprecatedTypeCheck(name, check) {
  Object.defineProperty(check, 'name', { value: name });
  return check;
}

function log(...args) {
  const d = new Date();
  const pad = (n) => `${n}`.padStart(2, '0');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  // Through the console, so that it keeps its place among other writes to stdout.
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  // From the last key to the first, which shows in the order of keys new to the target.
  const keys = Object.keys(source);
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

/** Node loads these on first use: accessors until read or set, plain values afterwards. */
function loadedOnUse(name, value) {
  const settle = (v) => {
    Object.defineProperty(module.exports, name, { value: v, writable: true, enumerable: true, configurable: true });
    return v;
  };
  return {
    enumerable: true,
    configurable: true,
    get() {
      return settle(value);
    },
    set(replacement) {
      settle(replacement);
    },
  };
}

/** An Error for a libuv error number: `syscall CODE[ original]`, with errno, code and syscall. */
function _errnoException(err, syscall, original) {
  const code = getSystemErrorName(err);
  const e = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  return e;
}

/** The same for a network call: the address and port follow, and `additional` after "Local". */
function _exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let where = '';
  if (port && port > 0) where = ` ${address}:${port}`;
  else if (address) where = ` ${address}`;
  if (additional) where += ` - Local (${additional})`;
  const e = new Error(`${syscall} ${code}${where}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

// In Node's order, which shows when the module is printed.
module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: deprecatedTypeCheck('isBoolean', (v) => typeof v === 'boolean'),
  isBuffer: deprecatedTypeCheck('isBuffer', (v) => require('buffer').Buffer.isBuffer(v)),
  isDeepStrictEqual,
  isNull: deprecatedTypeCheck('isNull', (v) => v === null),
  isNullOrUndefined: deprecatedTypeCheck('isNullOrUndefined', (v) => v === null || v === undefined),
  isNumber: deprecatedTypeCheck('isNumber', (v) => typeof v === 'number'),
  isString: deprecatedTypeCheck('isString', (v) => typeof v === 'string'),
  isSymbol: deprecatedTypeCheck('isSymbol', (v) => typeof v === 'symbol'),
  isUndefined: deprecatedTypeCheck('isUndefined', (v) => v === undefined),
  isRegExp: deprecatedTypeCheck('isRegExp', (v) => types.isRegExp(v)),
  isObject: deprecatedTypeCheck('isObject', (v) => v !== null && typeof v === 'object'),
  isDate: deprecatedTypeCheck('isDate', (v) => types.isDate(v)),
  isError: deprecatedTypeCheck('isError', (v) => isError(v)),
  isFunction: deprecatedTypeCheck('isFunction', (v) => typeof v === 'function'),
  isPrimitive: deprecatedTypeCheck('isPrimitive', (v) => v === null || (typeof v !== 'object' && typeof v !== 'function')),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  get transferableAbortSignal() {
    return transferableAbortSignal;
  },
  get transferableAbortController() {
    return transferableAbortController;
  },
  get aborted() {
    return aborted;
  },
  types,
  parseEnv,
};
Object.defineProperties(module.exports, {
  parseArgs: loadedOnUse('parseArgs', parseArgs),
  TextDecoder: loadedOnUse('TextDecoder', TextDecoder),
  TextEncoder: loadedOnUse('TextEncoder', TextEncoder),
  MIMEType: loadedOnUse('MIMEType', MIMEType),
  MIMEParams: loadedOnUse('MIMEParams', MIMEParams),
});
