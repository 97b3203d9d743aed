'use strict';
// `timers/promises`: timers as promises and async iterators, cancellable with an AbortSignal.

const timers = require('internal/timers');
const { invalidArgType, validateAbortSignal, AbortError } = require('internal/errors');

function checkOptions(options) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'Object', options);
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  if (typeof ref !== 'boolean') throw invalidArgType('options.ref', 'boolean', ref);
  return { signal, ref };
}

function cancellable(start, options) {
  const { signal, ref } = checkOptions(options);
  if (signal && signal.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = start((value) => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        if (handle instanceof timers.Immediate) timers.clearImmediate(handle);
        else timers.clearTimeout(handle);
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function checkDelay(delay) {
  if (delay !== undefined && typeof delay !== 'number') throw invalidArgType('delay', 'number', delay);
}

function setTimeout(delay, value, options = {}) {
  try {
    checkDelay(delay);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable((done) => timers.setTimeout(() => done(value), delay), options);
}

function setImmediate(value, options = {}) {
  return cancellable((done) => timers.setImmediate(() => done(value)), options);
}

async function* setInterval(delay, value, options = {}) {
  checkDelay(delay);
  const { signal, ref } = checkOptions(options);
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  let pending = 0;
  let wake = null;
  const interval = timers.setInterval(() => {
    pending++;
    if (wake) {
      wake();
      wake = null;
    }
  }, delay);
  if (!ref) interval.unref();
  let aborted = false;
  const onAbort = () => {
    aborted = true;
    if (wake) {
      wake();
      wake = null;
    }
  };
  if (signal) signal.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (pending === 0 && !aborted) await new Promise((resolve) => (wake = resolve));
      if (aborted) throw new AbortError(undefined, { cause: signal.reason });
      for (; pending > 0; pending--) yield value;
    }
  } finally {
    timers.clearInterval(interval);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  },
  yield() {
    return setImmediate();
  },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
