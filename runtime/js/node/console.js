'use strict';
// The global console: log/info/debug write to standard output, warn/error to standard error.

const { formatWithOptions } = require('internal/inspect');

function writer(fd) {
  return function write(...args) {
    // A reader that went away (EPIPE) is not the application's error: the output is dropped.
    ops.write(fd, `${formatWithOptions({}, ...args)}\n`);
  };
}

const console = {
  log: writer(1),
  info: writer(1),
  debug: writer(1),
  warn: writer(2),
  error: writer(2),
};

module.exports = { console };
