'use strict';
// fs.ReadStream and fs.WriteStream.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Buffer } = require('buffer');
const { codedError, invalidArgType } = require('internal/errors');
const u = require('internal/fs_utils');

function checkPosition(value, name) {
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value) || value < 0) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be >= 0 && <= 9007199254740991. Received ${value}`);
  }
  return value;
}

function openForStream(stream) {
  ops.fsAsync('open', (err, fd) => {
    if (err) {
      stream.pending = false;
      stream.destroy(err);
      return;
    }
    stream.fd = fd;
    stream.pending = false;
    stream.emit('open', fd);
    stream.emit('ready');
  }, stream.path, u.stringToFlags(stream.flags), stream.mode);
}

function closeStream(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined || !stream.autoClose) {
    cb(err);
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  ops.fsAsync('close', (closeErr) => cb(err || closeErr), fd);
}

/** A stream destroyed while its file is still opening closes it once it is open. */
function destroyFileStream(stream, err, cb) {
  if (stream.fd === null && stream.pending) {
    stream.once('open', () => closeStream(stream, err, cb));
    return;
  }
  closeStream(stream, err, cb);
}

class ReadStream extends Readable {
  constructor(path, options) {
    options = u.getOptions(options, {});
    if (options.highWaterMark === undefined) options = { ...options, highWaterMark: 64 * 1024 };
    super(options);
    this.fd = options.fd === undefined ? null : options.fd;
    this.path = this.fd === null ? u.toPath(path) : undefined;
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    this.start = checkPosition(options.start, 'start');
    this.end = options.end === undefined ? Infinity : checkPosition(options.end, 'end');
    if (this.start !== undefined && this.start > this.end) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "start" is out of range. It must be <= "end" (here: ${this.end}). Received ${this.start}`);
    }
    this.pos = this.start;
    this.bytesRead = 0;
    this.autoClose = options.autoClose !== false;
    this.pending = this.fd === null;
    if (options.encoding) this.setEncoding(options.encoding);
    if (this.fd === null) openForStream(this);
    else process.nextTick(() => this.emit('ready'));
  }

  _read(n) {
    if (this.fd === null) {
      this.once('open', () => this._read(n));
      return;
    }
    const remaining = this.end === Infinity ? n : Math.min(n, this.end - (this.pos === undefined ? this.bytesRead : this.pos) + 1);
    if (remaining <= 0) {
      this.push(null);
      return;
    }
    ops.fsAsync('read', (err, bytes) => {
      if (err) {
        this.destroy(err);
        return;
      }
      if (bytes.length === 0) {
        this.push(null);
        return;
      }
      if (this.pos !== undefined) this.pos += bytes.length;
      this.bytesRead += bytes.length;
      this.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    }, this.fd, remaining, this.pos === undefined ? null : this.pos);
  }

  _destroy(err, cb) {
    destroyFileStream(this, err, cb);
  }

  close(cb) {
    if (typeof cb === 'function') require('internal/streams/end_of_stream').finished(this, cb);
    this.destroy();
  }
}

class WriteStream extends Writable {
  constructor(path, options) {
    options = u.getOptions(options, {});
    super({ ...options, decodeStrings: true });
    this.fd = options.fd === undefined ? null : options.fd;
    this.path = this.fd === null ? u.toPath(path) : undefined;
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    this.start = checkPosition(options.start, 'start');
    this.pos = this.start;
    this.bytesWritten = 0;
    this.autoClose = options.autoClose !== false;
    this.pending = this.fd === null;
    if (options.encoding) this.setDefaultEncoding(options.encoding);
    if (this.fd === null) openForStream(this);
    else process.nextTick(() => this.emit('ready'));
  }

  _write(chunk, encoding, cb) {
    if (this.fd === null) {
      this.once('open', () => this._write(chunk, encoding, cb));
      return;
    }
    ops.fsAsync('write', (err, n) => {
      if (err) {
        cb(err);
        return;
      }
      this.bytesWritten += n;
      if (this.pos !== undefined) this.pos += n;
      cb();
    }, this.fd, chunk, this.pos === undefined ? null : this.pos);
  }

  _destroy(err, cb) {
    destroyFileStream(this, err, cb);
  }

  close(cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  }

  destroySoon() {
    this.end();
  }
}

module.exports = { ReadStream, WriteStream };
