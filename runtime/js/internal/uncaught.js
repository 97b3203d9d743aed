'use strict';
// What happens to an exception nobody caught: `uncaughtException` handlers, or Node's report
// on standard error and exit status 1.

const inspect = (...args) => require('internal/inspect').inspect(...args);
const isError = (value) => require('internal/inspect').isError(value);

/** Prints an uncaught exception as Node does, runs the `exit` event, returns the status. */
function fatal(err, arrow, status = 1) {
  // A worker's uncaught exception is its parent's 'error' event, not a report of its own.
  if (!require('internal/worker_state').isMainThread) {
    ops.workerFail(require('internal/worker').serializeError(err));
    process.exitCode = status;
    return runExit(status);
  }
  let text;
  const { kEnhanceStack } = require('internal/errors');
  if (err !== null && typeof err === 'object' && typeof err[kEnhanceStack] === 'function') {
    try {
      err.stack = err[kEnhanceStack]();
    } catch {
      // The stack stays as it was.
    }
  }
  try {
    // A thrown string is printed as it is; anything else as util.inspect shows it.
    // Errors are shown deeper than by default and without their own custom inspection.
    text = typeof err === 'string'
      ? err
      : isError(err)
        ? inspect(err, { customInspect: false, depth: Math.max(require('internal/inspect').inspect.defaultOptions.depth, 5) })
        : inspect(err);
  } catch {
    text = String(err);
  }
  if (arrow === undefined && isError(err)) arrow = ops.errorArrow(err);
  const out = isError(err)
    ? `${arrow === undefined ? '' : `${arrow}\n`}${text}\n`
    : `${arrow === undefined ? '' : `\n${arrow}`}${text}\n`;
  ops.write(2, out);
  process.exitCode = status;
  return runExit(status);
}

/** Emits `exit` once; returns the final status (handlers may change `process.exitCode`). */
function runExit(code) {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', code);
  }
  return process.exitCode === undefined || process.exitCode === null
    ? code
    : toExitStatus(process.exitCode);
}

function toExitStatus(code) {
  const n = Number(code);
  return Number.isInteger(n) ? n : 0;
}

/** Work the exception cut short (the rest of the nextTick queue) runs after the next callback:
 * an empty immediate makes sure there is one soon, as Node does. */
function afterHandled() {
  require('internal/timers').setImmediate(() => {});
}

/** The callback set by process.setUncaughtExceptionCaptureCallback, or null. */
const capture = { fn: null };

/**
 * An exception reached the top. With `uncaughtException` listeners the run goes on (returns
 * true); without, the error is printed and the process ends.
 */
function handleUncaught(err, arrow, origin = 'uncaughtException') {
  process.emit('uncaughtExceptionMonitor', err, origin);
  // A capture callback (process.setUncaughtExceptionCaptureCallback) takes the place of the
  // 'uncaughtException' event.
  if (capture.fn !== null) {
    capture.fn(err);
    afterHandled();
    return true;
  }
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, origin);
    afterHandled();
    return true;
  }
  ops.exit(fatal(err, arrow));
  return false;
}

module.exports = { fatal, runExit, handleUncaught, toExitStatus, capture };
