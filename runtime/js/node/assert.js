'use strict';
// The `assert` module.

const { AssertionError } = require('internal/assertion_error');
const { isDeepEqual, isDeepStrictEqual } = require('internal/comparisons');
const { codedError, invalidArgType, invalidReturnValue } = require('internal/errors');
const { inspect } = require('internal/inspect');

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

/** The source text of the failing `assert(...)` call, as Node quotes it. */
function callSource(fn) {
  const holder = {};
  const prepare = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, frames) => frames;
  Error.captureStackTrace(holder, fn);
  const frames = holder.stack;
  Error.prepareStackTrace = prepare;
  const frame = Array.isArray(frames) ? frames[0] : undefined;
  if (!frame) return undefined;
  const source = ops.scriptSource(`${frame.getFileName()}`);
  if (source === undefined) return undefined;
  const lines = source.split('\n');
  const lineText = lines[frame.getLineNumber() - 1];
  if (lineText === undefined) return undefined;
  // The frame points at the called name; the quote starts at its object (`assert.ok`).
  let start = frame.getColumnNumber() - 1;
  while (start > 0 && /[\w$.]/.test(lineText[start - 1])) start--;
  let text = `${lineText.slice(start)}\n${lines.slice(frame.getLineNumber()).join('\n')}`;
  // Up to the parenthesis that closes the call.
  let depth = 0;
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      quote = ch;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')' && --depth === 0) {
      text = text.slice(0, i + 1);
      break;
    }
  }
  // Later lines lose the indentation they share with the call and are indented by two, so
  // that the quote keeps its shape inside the message.
  const [first, ...rest] = text.split('\n');
  return [first, ...rest.map((line) => {
    let pos = 0;
    while (pos < start && (line[pos] === ' ' || line[pos] === '\t')) pos++;
    return `  ${line.slice(pos)}`;
  })].join('\n');
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    const code = callSource(fn);
    message = code === undefined ? `${inspect(value)} == true` : `The expression evaluated to a falsy value:\n\n  ${code}\n`;
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
assert.ok = ok;
assert.AssertionError = AssertionError;
assert.CallTracker = require('internal/call_tracker').CallTracker;

let warnedFail = false;
assert.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094',
      );
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({ actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail, message });
  if (internalMessage) err.generatedMessage = true;
  throw err;
};

function checkArgs(args, min, names) {
  if (args.length < min) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', `The ${names.map((n) => `"${n}"`).join(' and ')} arguments must be specified`);
  }
}

assert.equal = function equal(actual, expected, message) {
  checkArgs(arguments, 2, ['actual', 'expected']);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  checkArgs(arguments, 2, ['actual', 'expected']);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  checkArgs(arguments, 2, ['actual', 'expected']);
  if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  checkArgs(arguments, 2, ['actual', 'expected']);
  if (Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  checkArgs(arguments, 2, ['actual', 'expected']);
  if (!isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  checkArgs(arguments, 2, ['actual', 'expected']);
  if (isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  checkArgs(arguments, 2, ['actual', 'expected']);
  if (!isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  checkArgs(arguments, 2, ['actual', 'expected']);
  if (isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
};

function matchOrDoesNot(fn, string, regexp, message, expectMatch) {
  if (!(regexp instanceof RegExp)) throw invalidArgType('regexp', 'RegExp', regexp);
  if (typeof string !== 'string' || regexp.test(string) !== expectMatch) {
    if (message instanceof Error) throw message;
    const generated = !message;
    message =
      message ||
      (typeof string !== 'string'
        ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
        : (expectMatch
            ? 'The input did not match the regular expression '
            : 'The input was expected to not match the regular expression ') + `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generated;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  matchOrDoesNot(match, string, regexp, message, true);
};
assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  matchOrDoesNot(doesNotMatch, string, regexp, message, false);
};

const NO_EXCEPTION = Symbol('no exception');

function getActual(fn) {
  if (typeof fn !== 'function') throw invalidArgType('fn', 'function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

/** A promise, or an object with both `then` and `catch`, as Node accepts in rejects(). */
function isPromiseLike(value) {
  return (
    value instanceof Promise ||
    (value !== null && typeof value === 'object' && typeof value.then === 'function' && typeof value.catch === 'function')
  );
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!isPromiseLike(resultPromise)) {
      throw invalidReturnValue('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (isPromiseLike(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw invalidArgType('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

/** What a failed object comparison in `throws` shows: only the compared keys. */
class Comparison {
  constructor(obj, keys) {
    for (const key of keys) {
      if (key in obj) this[key] = obj[key];
    }
  }
}

/** Whether `actual` (a thrown value) satisfies `expected` (class, RegExp, validator or object). */
function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;
  if (typeof expected !== 'function') {
    if (expected instanceof RegExp) {
      const str = String(actual);
      if (expected.test(str)) return;
      if (!message) {
        generatedMessage = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'error' may not be an empty object. Received {}`);
      for (const key of keys) {
        if (typeof actual[key] === 'string' && expected[key] instanceof RegExp && expected[key].test(actual[key])) continue;
        if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
          if (!message) {
            const a = new Comparison(actual, keys);
            const b = new Comparison(expected, keys);
            const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
            err.actual = actual;
            err.expected = expected;
            err.operator = fn.name;
            throw err;
          }
          innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
        }
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      message += actual instanceof Error ? `"${actual.constructor && actual.constructor.name}"` : `"${inspect(actual, { depth: -1 })}"`;
      if (actual && actual.message !== undefined) message += `\n\nError message:\n\n${actual.message}`;
    }
    throwError = true;
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
        if (actual instanceof Error) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }
  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function expectsError(fn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) throw invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    // A message equal to what was thrown reads as if it were meant to match it.
    let same;
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) same = `The error message "${actual.message}"`;
    } else if (actual === error) {
      same = `The error "${actual}"`;
    }
    if (same !== undefined) {
      throw codedError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', `The "error/message" argument is ambiguous. ${same} is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = fn === assert.rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name, message: `Missing expected ${fnType}${details}`, stackStartFn: fn });
  }
  if (!error) return;
  expectedException(actual, error, message, fn);
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || (typeof error === 'function' && actual instanceof error) || (error instanceof RegExp && error.test(String(actual)))) {
    const details = message ? `: ${message}` : '.';
    const fnType = fn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: fn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual && actual.message}"`,
      stackStartFn: fn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};
assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};
assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};
assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) message += err.constructor.name;
      else message += err.message;
    } else {
      message += inspect(err);
    }
    const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
    throw newErr;
  }
};

function strict(...args) {
  innerOk(strict, args.length, ...args);
}
Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
strict.strict = strict;
assert.strict = strict;

module.exports = assert;
