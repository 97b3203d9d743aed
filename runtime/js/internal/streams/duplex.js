'use strict';
// Duplex: a Readable that is also a Writable.

const Readable = require('internal/streams/readable');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  const Writable = require('internal/streams/writable');
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

module.exports = Duplex;

// Writable's methods and accessors, mixed in once both classes exist.
{
  const Writable = require('internal/streams/writable');
  for (const key of Object.getOwnPropertyNames(Writable.prototype)) {
    const desc = Object.getOwnPropertyDescriptor(Writable.prototype, key);
    // Node's Duplex has no writableAborted of its own.
    if (['constructor', 'destroyed', 'errored', 'closed', 'writableAborted'].includes(key)) continue;
    if (desc.get || desc.set) {
      // Accessors of the writable side (writable, writableLength...).
      Object.defineProperty(Duplex.prototype, key, desc);
    } else if (!Duplex.prototype[key]) {
      // Methods Readable does not have already (pipe stays Readable's).
      Duplex.prototype[key] = Writable.prototype[key];
    }
  }
  Duplex.prototype.destroy = Writable.prototype.destroy;
  Object.defineProperty(Duplex.prototype, 'destroyed', {
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
    configurable: true,
  });
}

Duplex.from = function from(body) {
  return require('internal/streams/duplexify').duplexify(body, 'body');
};
