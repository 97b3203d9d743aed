'use strict';
// stream.duplexPair: two Duplex streams joined back to back; what one side writes, the other
// reads. A write completes when the other side asks for more, which carries backpressure.

const Duplex = require('internal/streams/duplex');

class DuplexSide extends Duplex {
  #peer = null;
  // The callback of the write the peer has not consumed yet.
  #pendingWrite = null;

  static join(a, b) {
    a.#peer = b;
    b.#peer = a;
  }

  _read() {
    const peer = this.#peer;
    const done = peer.#pendingWrite;
    if (done !== null) {
      peer.#pendingWrite = null;
      done();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    this.#pendingWrite = callback;
    this.#peer.push(chunk);
  }

  // Ending this side ends the peer's readable side; finishing waits until the peer has read
  // everything.
  _final(callback) {
    const peer = this.#peer;
    peer.once('end', () => callback());
    peer.push(null);
  }
}

function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  DuplexSide.join(a, b);
  return [a, b];
}

module.exports = { duplexPair };
