'use strict';
// The async context frame: a map from each AsyncLocalStorage to its store. V8 carries the
// current frame along promise continuations by itself (continuation-preserved embedder data);
// the runtime carries it along timers, immediates, nextTick callbacks and I/O callbacks, each
// run in the frame that was current when it was scheduled. Until a frame is first made,
// nothing is captured, so programs that never use one pay nothing.

const get = ops.asyncContextGet;
const set = ops.asyncContextSet;

let used = false;

/** The current frame, to be restored for work scheduled now (undefined: none). */
function capture() {
  return used ? get() : undefined;
}

/** Makes `frame` current; returns the frame it replaced. */
function enter(frame) {
  if (frame !== undefined) used = true;
  const prior = get();
  set(frame);
  return prior;
}

/** Runs `fn` with `frame` current, then restores the one before. */
function runInFrame(frame, fn, thisArg, args) {
  const prior = enter(frame);
  try {
    return args === undefined ? Reflect.apply(fn, thisArg, []) : Reflect.apply(fn, thisArg, args);
  } finally {
    set(prior);
  }
}

/**
 * Runs scheduled work (a timer, an immediate, a tick) in the frame captured when it was
 * scheduled; a store entered inside it does not leak into the next piece of work.
 */
function runScheduled(frame, fn, thisArg, args) {
  if (used) return runInFrame(frame, fn, thisArg, args);
  return args === undefined ? fn.call(thisArg) : Reflect.apply(fn, thisArg, args);
}

module.exports = { capture, enter, runInFrame, runScheduled, current: get };
