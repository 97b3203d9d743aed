'use strict';
// The `timers` module: the same functions as the globals, and the legacy helpers.

const timers = require('internal/timers');

/** Legacy: turns an object into a timer that fires `_onTimeout` after `msecs`. */
function enroll(item, msecs) {
  item._idleTimeout = msecs;
}

function unenroll(item) {
  if (item._pendingTimer) timers.clearTimeout(item._pendingTimer);
  item._idleTimeout = -1;
}

function active(item) {
  if (item._pendingTimer) timers.clearTimeout(item._pendingTimer);
  if (item._idleTimeout >= 0) {
    item._pendingTimer = timers.setTimeout(() => item._onTimeout(), item._idleTimeout);
  }
}

module.exports = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
  active,
  // The older name of active().
  _unrefActive: active,
  enroll,
  unenroll,
  get promises() {
    return require('timers/promises');
  },
};
