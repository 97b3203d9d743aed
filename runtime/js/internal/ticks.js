'use strict';
// The nextTick queue, microtasks and unhandled rejections, processed after every callback
// the event loop makes: all ticks first, then the promise jobs, repeated until both are empty.

const { invalidArgType } = require('internal/errors');
const asyncContext = require('internal/async_context');
const isError = (value) => require('internal/inspect').isError(value);

const loopInfo = ops.loopInfo;
const { TICK_SCHEDULED, REJECTIONS_PENDING } = ops.loopSlots;
const runMicrotasks = ops.runMicrotasks;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromisePrototypeThen = Promise.prototype.then;

// A ring buffer that grows: nextTick is hot.
let queue = new Array(1024);
let head = 0;
let tail = 0;

function push(item) {
  queue[tail] = item;
  tail = (tail + 1) & (queue.length - 1);
  if (tail === head) {
    const bigger = new Array(queue.length * 2);
    for (let i = 0; i < queue.length; i++) bigger[i] = queue[(head + i) & (queue.length - 1)];
    tail = queue.length;
    head = 0;
    queue = bigger;
  }
}

function shift() {
  if (head === tail) return undefined;
  const item = queue[head];
  queue[head] = undefined;
  head = (head + 1) & (queue.length - 1);
  return item;
}

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  if (process._exiting) return;
  push({ callback, args, frame: asyncContext.capture() });
  loopInfo[TICK_SCHEDULED] = 1;
}

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = shift()) !== undefined) {
      asyncContext.runScheduled(tock.frame, tock.callback, undefined, tock.args);
    }
    runMicrotasks();
  } while (head !== tail || processPromiseRejections());
  loopInfo[TICK_SCHEDULED] = 0;
  loopInfo[REJECTIONS_PENDING] = 0;
}

/** Between two timers or immediates. */
function runNextTicks() {
  if (loopInfo[TICK_SCHEDULED] === 0 && loopInfo[REJECTIONS_PENDING] === 0) runMicrotasks();
  if (loopInfo[TICK_SCHEDULED] === 0 && loopInfo[REJECTIONS_PENDING] === 0) return;
  processTicksAndRejections();
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  PromisePrototypeThen.call(PromiseResolve(), () => {
    try {
      callback();
    } catch (err) {
      require('internal/uncaught').handleUncaught(err, undefined);
    }
  });
}

// ---- unhandled rejections (Node 20's default mode, "throw") -----------------------------------

const pending = new Map();
const reported = new WeakSet();
// Reported rejections that got a handler later: 'rejectionHandled' is emitted for them when
// rejections are next processed.
const handledLate = [];

function onPromiseReject(event, promise, reason) {
  if (event === 0) {
    pending.set(promise, reason);
    loopInfo[REJECTIONS_PENDING] = 1;
  } else if (event === 1) {
    if (pending.has(promise)) {
      pending.delete(promise);
    } else if (reported.has(promise)) {
      reported.delete(promise);
      handledLate.push(promise);
      loopInfo[REJECTIONS_PENDING] = 1;
    }
  }
}

class UnhandledPromiseRejection extends Error {}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  value: 'UnhandledPromiseRejection',
  writable: true,
  configurable: true,
  enumerable: false,
});

/** How V8 names a value in messages without running any of its code. */
function noSideEffectsToString(value) {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (value === null || typeof value !== 'object') return String(value);
  if (isError(value)) return Error.prototype.toString.call(value);
  if (Array.isArray(value)) return '[object Array]';
  let proto = Object.getPrototypeOf(value);
  while (proto !== null) {
    const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (ctor && typeof ctor.value === 'function' && ctor.value.name) return `#<${ctor.value.name}>`;
    proto = Object.getPrototypeOf(proto);
  }
  return '#<Object>';
}

function unhandledRejectionError(reason) {
  const err = new UnhandledPromiseRejection(
    'This error originated either by throwing inside of an async function without a catch ' +
      'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
      `rejected with the reason "${noSideEffectsToString(reason)}".`,
  );
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

/** Reports the rejections still unhandled; true if anything ran that may have queued work. */
function processPromiseRejections() {
  let ran = false;
  while (handledLate.length > 0) {
    process.emit('rejectionHandled', handledLate.shift());
    ran = true;
  }
  while (pending.size > 0) {
    const [promise, reason] = pending.entries().next().value;
    pending.delete(promise);
    reported.add(promise);
    ran = true;
    if (!process.emit('unhandledRejection', reason, promise)) {
      const err = isError(reason) ? reason : unhandledRejectionError(reason);
      require('internal/uncaught').handleUncaught(err, undefined, 'unhandledRejection');
    }
  }
  loopInfo[REJECTIONS_PENDING] = 0;
  return ran;
}

module.exports = {
  nextTick,
  processTicksAndRejections,
  runNextTicks,
  queueMicrotask,
  onPromiseReject,
};
