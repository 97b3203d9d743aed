'use strict';
// node:readline/promises: the readline interface whose question() returns a promise, and the
// Readline class that queues cursor movements until commit().

const readline = require('readline');
const { invalidArgType, validateAbortSignal, validateInteger, AbortError } = require('internal/errors');
const { cursorToText, moveText, clearLineText, CLEAR_SCREEN_DOWN } = require('internal/tty_escapes');

class Interface extends readline.Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this._cancelQuestion();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this._question(query, cb);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

/** Cursor movements and clearing for a TTY stream, written together on commit(). */
class Readline {
  #stream;
  #todo = [];
  #autoCommit = false;

  constructor(stream, options = undefined) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw invalidArgType('stream', 'Writable', stream);
    }
    this.#stream = stream;
    if (options?.autoCommit != null) {
      if (typeof options.autoCommit !== 'boolean') throw invalidArgType('options.autoCommit', 'boolean', options.autoCommit);
      this.#autoCommit = options.autoCommit;
    }
  }

  #add(text) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(text));
    else this.#todo.push(text);
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return this.#add(cursorToText(x, y));
  }

  moveCursor(dx, dy) {
    if (!(dx || dy)) return this;
    validateInteger(dx, 'dx');
    validateInteger(dy, 'dy');
    return this.#add(moveText(dx, dy));
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#add(clearLineText(dir));
  }

  clearScreenDown() {
    return this.#add(CLEAR_SCREEN_DOWN);
  }

  commit() {
    const text = this.#todo.join('');
    this.#todo = [];
    return new Promise((resolve) => this.#stream.write(text, resolve));
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
