'use strict';
// JSStreamSocket: a net.Socket over a duplex stream (Node's `_stream_wrap`). Writes go to the
// stream, its data is pushed as the socket's, and ending or destroying one ends the other.

const net = require('net');
const { joinChunks } = require('internal/streams/common');

class JSStreamSocket extends net.Socket {
  constructor(stream) {
    super();
    this.stream = stream;
    stream.on('data', (chunk) => {
      this._unrefTimer();
      if (!this.push(chunk)) stream.pause();
    });
    stream.once('end', () => this.push(null));
    stream.on('error', (err) => this.destroy(err));
    stream.once('close', () => {
      if (!this.destroyed) this.destroy();
    });
  }

  get _handle() {
    return this.destroyed ? null : { fd: -1 };
  }

  _read() {
    this.stream.resume();
  }

  _write(chunk, encoding, callback) {
    this._unrefTimer();
    this.stream.write(chunk, encoding, this.#written(callback));
  }

  _writev(chunks, callback) {
    this._unrefTimer();
    this.stream.write(joinChunks(chunks), this.#written(callback));
  }

  /** A write's callback that first counts its completion as activity, as Node does. */
  #written(callback) {
    return (err) => {
      if (!err) this._unrefTimer();
      callback(err);
    };
  }

  _final(callback) {
    this.stream.end(callback);
  }

  _destroy(err, callback) {
    this.setTimeout(0);
    if (!this.stream.destroyed) this.stream.destroy();
    callback(err);
    process.nextTick(() => this.emit('close', Boolean(err)));
  }
}

module.exports = JSStreamSocket;
