'use strict';
// The `timers` module: the same functions as the globals, and the legacy helpers.

const timers = require('internal/timers');
const { deprecate } = require('util');

/** Legacy: turns an object into a timer that fires `_onTimeout` after `msecs`. */
function enroll(item, msecs) {
  item._idleTimeout = msecs;
}

function unenroll(item) {
  if (item._pendingTimer) timers.clearTimeout(item._pendingTimer);
  item._idleTimeout = -1;
}

/**
 * Legacy: (re)arms `item` to fire `_onTimeout` after `_idleTimeout`; a Timeout is restarted.
 * `_unrefActive` does the same without keeping the process alive.
 */
function arm(item, refed) {
  if (item instanceof timers.Timeout) {
    item.refresh();
    if (refed) item.ref();
    else item.unref();
    return;
  }
  if (item._pendingTimer) timers.clearTimeout(item._pendingTimer);
  if (item._idleTimeout >= 0) {
    item._pendingTimer = timers.setTimeout(() => item._onTimeout(), item._idleTimeout);
    if (!refed) item._pendingTimer.unref();
  }
}

function active(item) {
  arm(item, true);
}

function _unrefActive(item) {
  arm(item, false);
}

module.exports = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
  active: deprecate(active, 'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
  _unrefActive: deprecate(_unrefActive, 'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
  enroll: deprecate(enroll, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
  unenroll: deprecate(unenroll, 'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  get promises() {
    return require('timers/promises');
  },
};
