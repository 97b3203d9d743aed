'use strict';
// What the stream classes share: high water marks and destruction.

const { codedError } = require('internal/errors');

const kDestroyed = Symbol('kDestroyed');
const kConstructed = Symbol('kConstructed');
const kDestroyAfterConstruct = Symbol('kDestroyAfterConstruct');
let defaultHighWaterMarkBytes = 16 * 1024;
const defaultHighWaterMarkObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjects : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (!objectMode) defaultHighWaterMarkBytes = value;
}

function getHighWaterMark(options, duplexKey, objectMode, name) {
  let hwm = options.highWaterMark;
  if (hwm == null && duplexKey) hwm = options[duplexKey];
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const label = options.highWaterMark != null ? 'options.highWaterMark' : `options.${name}`;
      const { invalidArgValue } = require('internal/errors');
      throw invalidArgValue(label, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(objectMode);
}

function emitCloseNT(self) {
  const w = self._writableState;
  const r = self._readableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  const w = self._writableState;
  const r = self._readableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

const destroyImpl = {
  destroy(err, cb) {
    const r = this._readableState;
    const w = this._writableState;
    const s = w || r;
    if ((w && w.destroyed) || (r && r.destroyed)) {
      if (typeof cb === 'function') cb();
      return this;
    }
    if (err) {
      if (w && !w.errored) w.errored = err;
      if (r && !r.errored) r.errored = err;
    }
    if (w) w.destroyed = true;
    if (r) r.destroyed = true;
    const run = () => {
      this._destroy(err || null, (er) => {
        if (er) {
          if (w && !w.errored) w.errored = er;
          if (r && !r.errored) r.errored = er;
        }
        if (w) w.closed = true;
        if (r) r.closed = true;
        if (typeof cb === 'function') cb(er);
        if (er) process.nextTick(emitErrorCloseNT, this, er);
        else process.nextTick(emitCloseNT, this);
      });
    };
    if (s && s.constructed === false) {
      // Destroyed while constructing: the destruction waits for construct() to finish, and
      // carries its error too.
      this.once(kDestroyAfterConstruct, (constructErr) => {
        err = aggregateTwoErrors(constructErr, err);
        if (err) {
          if (w && !w.errored) w.errored = err;
          if (r && !r.errored) r.errored = err;
        }
        run();
      });
    } else {
      run();
    }
    return this;
  },

  undestroy() {
    const r = this._readableState;
    const w = this._writableState;
    if (r) {
      r.constructed = true;
      r.closed = false;
      r.closeEmitted = false;
      r.destroyed = false;
      r.errored = null;
      r.errorEmitted = false;
      r.reading = false;
      r.ended = r.readable === false;
      r.endEmitted = r.readable === false;
    }
    if (w) {
      w.constructed = true;
      w.destroyed = false;
      w.closed = false;
      w.closeEmitted = false;
      w.errored = null;
      w.errorEmitted = false;
      w.finalCalled = false;
      w.prefinished = false;
      w.ended = w.writable === false;
      w.ending = w.writable === false;
      w.finished = w.writable === false;
    }
  },

  /** Destroys anything stream-like. */
  destroyer(stream, err) {
    if (!stream || stream.destroyed) return;
    // http messages go as Node lets them go: a server's request without its socket (the
    // connection can still answer), a ClientRequest or the response it got by aborting the
    // request ('abort' and the socket's hang up; the response goes later, with the socket).
    if (isServerRequest(stream)) {
      stream.socket = null;
      stream.destroy(err);
    } else if (isRequest(stream)) stream.abort();
    else if (isRequest(stream.req)) stream.req.abort();
    else if (typeof stream.destroy === 'function') stream.destroy(err);
    else if (typeof stream.close === 'function') stream.close();
  },
};

function isServerRequest(stream) {
  return typeof stream._consuming === 'boolean' && typeof stream._dumped === 'boolean' && stream.req?.upgradeOrConnect === undefined;
}

function isRequest(stream) {
  return !!stream && typeof stream.setHeader === 'function' && typeof stream.abort === 'function';
}

/** Whether `value` can be iterated, synchronously or not. */
function isIterable(value) {
  return value != null && (typeof value[Symbol.asyncIterator] === 'function' || typeof value[Symbol.iterator] === 'function');
}

/** Two errors of one failure as one: an AggregateError named after the outer one. */
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const both = new AggregateError([outer, inner], outer.message);
    both.code = outer.code;
    return both;
  }
  return inner || outer;
}

/**
 * Runs `stream._construct` on the next tick; `onConstructed` follows a success. A Duplex calls
 * this from both sides, and construct() still runs once.
 */
function construct(stream, onConstructed) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstructed, onConstructed);
  if (stream.listenerCount(kConstructed) > 1) return;
  process.nextTick(() => {
    let called = false;
    const done = (err) => {
      if (called) {
        errorOrDestroy(stream, err ?? codedError(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'));
        return;
      }
      called = true;
      // Read again: a Duplex gets its writable state after the readable side called this.
      const r = stream._readableState;
      const w = stream._writableState;
      if (r) r.constructed = true;
      if (w) w.constructed = true;
      if ((w || r).destroyed) stream.emit(kDestroyAfterConstruct, err);
      else if (err) errorOrDestroy(stream, err, true);
      else stream.emit(kConstructed);
    };
    try {
      stream._construct((err) => process.nextTick(done, err));
    } catch (err) {
      process.nextTick(done, err);
    }
  });
}

/** A stream's own error: destroys it when it auto-destroys, else only emits 'error' (on the
 * next tick when `sync`, so that the caller finishes first). */
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

/** The chunks a `_writev` gets (`{ chunk, encoding }`) as bytes, strings encoded. */
function chunkBytes(chunks) {
  const { Buffer } = require('buffer');
  return chunks.map(({ chunk, encoding }) => (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk));
}

/** The chunks a `_writev` gets as one Buffer. */
function joinChunks(chunks) {
  if (chunks.length === 1 && typeof chunks[0].chunk !== 'string') return chunks[0].chunk;
  return require('buffer').Buffer.concat(chunkBytes(chunks));
}

module.exports = { kDestroyed, construct, chunkBytes, joinChunks, errorOrDestroy, isIterable, aggregateTwoErrors, destroyImpl, getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
