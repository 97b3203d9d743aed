'use strict';
// What the stream classes share: high water marks and destruction.

const { codedError } = require('internal/errors');

const kDestroyed = Symbol('kDestroyed');
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
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The property '${label}' is invalid. Received ${hwm}`);
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
      this.once('_constructed', run);
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
    if (typeof stream.destroy === 'function') stream.destroy(err);
    else if (typeof stream.close === 'function') stream.close();
  },
};

module.exports = { kDestroyed, destroyImpl, getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
