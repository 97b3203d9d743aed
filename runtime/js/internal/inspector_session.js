'use strict';
// node:inspector without an inspector in the process: nothing is listening, so `url()` is
// undefined and waiting for a debugger fails as in Node when none is open. Opening one, or
// connecting a session, fails with ERR_INSPECTOR_NOT_AVAILABLE (the error a Node built without
// an inspector gives when the module loads). Programs that only ask whether they are being
// debugged run unchanged.

const EventEmitter = require('events');
const { codedError, validateFunction, validateObject, validateString } = require('internal/errors');

function notAvailable() {
  return codedError(Error, 'ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available');
}

class Session extends EventEmitter {
  connect() {
    throw notAvailable();
  }

  connectToMainThread() {
    if (require('worker_threads').isMainThread) {
      throw codedError(Error, 'ERR_INSPECTOR_NOT_WORKER', 'Current thread is not a worker');
    }
    throw notAvailable();
  }

  post(method, params, callback) {
    validateString(method, 'method');
    if (!callback && typeof params === 'function') {
      callback = params;
      params = null;
    }
    if (params != null) validateObject(params, 'params');
    if (callback != null) validateFunction(callback, 'callback');
    throw codedError(Error, 'ERR_INSPECTOR_NOT_CONNECTED', 'Session is not connected');
  }

  disconnect() {}
}

// The inspector's console reaches only a connected front end: with none, its methods do nothing.
const consoleMethods = [
  'debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace', 'group',
  'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile',
  'profileEnd', 'time', 'timeLog', 'timeEnd', 'timeStamp', 'context',
];
const inspectorConsole = {};
for (const name of consoleMethods) inspectorConsole[name] = function () {};

const Network = {};
for (const name of ['requestWillBeSent', 'responseReceived', 'loadingFinished', 'loadingFailed']) {
  Network[name] = function () {};
}

module.exports = {
  // Node's parameters (port, host, wait), for its length.
  open(port, host, wait) {
    throw notAvailable();
  },
  close() {},
  url() {
    return undefined;
  },
  waitForDebugger() {
    throw codedError(Error, 'ERR_INSPECTOR_NOT_ACTIVE', 'Inspector is not active');
  },
  console: inspectorConsole,
  Session,
  Network,
};
