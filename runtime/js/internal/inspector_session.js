'use strict';
// node:inspector without an inspector in the process: nothing is listening, so `url()` is
// undefined and waiting for a debugger fails as in Node when none is open; opening one, or a
// session to it, fails with ERR_INSPECTOR_NOT_AVAILABLE, as in a Node built without one.
// Programs that only ask whether they are being debugged run unchanged.

const EventEmitter = require('events');
const { codedError } = require('internal/errors');

function notAvailable() {
  return codedError(Error, 'ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available');
}

function notConnected() {
  return codedError(Error, 'ERR_INSPECTOR_NOT_CONNECTED', 'Session is not connected');
}

/** The Session class; with `promises`, `post` answers with a promise (inspector/promises). */
function makeSession(promises) {
  return class Session extends EventEmitter {
    connect() {
      throw notAvailable();
    }

    connectToMainThread() {
      throw notAvailable();
    }

    post() {
      if (promises) return Promise.reject(notConnected());
      throw notConnected();
    }

    disconnect() {}
  };
}

// The inspector's console reaches only a connected front end: with none, its methods do nothing.
const consoleMethods = [
  'debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace', 'group',
  'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile',
  'profileEnd', 'time', 'timeLog', 'timeEnd', 'timeStamp', 'context',
];

function makeModule(promises) {
  const inspectorConsole = {};
  for (const name of consoleMethods) inspectorConsole[name] = function () {};
  const network = {};
  for (const name of ['requestWillBeSent', 'responseReceived', 'loadingFinished', 'loadingFailed']) {
    network[name] = function () {};
  }
  return {
    open() {
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
    Session: makeSession(promises),
    Network: network,
  };
}

module.exports = { makeModule };
