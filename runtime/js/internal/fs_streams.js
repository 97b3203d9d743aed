'use strict';
// fs.ReadStream and fs.WriteStream. Their file work goes through `this[kFs]`: the fs module,
// the `fs` option's replacement functions, or the operations of a FileHandle given as `fd`.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Buffer } = require('buffer');
const { codedError, invalidArgType, outOfRange, validateInteger } = require('internal/errors');
const u = require('internal/fs_utils');

const kFs = Symbol('kFs');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

function checkFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'function', value);
}

/**
 * Where a stream's file comes from: a path to open (with flags and mode), or an `fd` option,
 * a number or a FileHandle whose operations the stream then uses.
 */
function fileSource(path, options, defaultFlags) {
  const fd = options.fd;
  if (fd === undefined || fd === null) {
    const fsOps = options.fs || require('fs');
    checkFunction(fsOps.open, 'options.fs.open');
    return {
      fd: null,
      fsOps,
      path: u.toPath(path),
      flags: options.flags === undefined ? defaultFlags : options.flags,
      mode: options.mode === undefined ? 0o666 : options.mode,
    };
  }
  if (typeof fd === 'number') return { fd: u.toFd(fd), fsOps: options.fs || require('fs') };
  const { FileHandle, handleOperations } = require('internal/fs_handle');
  if (!(fd instanceof FileHandle)) throw invalidArgType('options.fd', ['number', 'FileHandle'], fd);
  if (options.fs) throw codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The FileHandle with fs method is not implemented');
  return { handle: fd, fsOps: handleOperations(fd), fd: u.toFd(fd.fd) };
}

/** Gives the stream its file; closing a FileHandle it uses closes the stream. */
function takeFile(stream, source) {
  stream.fd = source.fd;
  if (source.fd === null) {
    stream.path = source.path;
    stream.flags = source.flags;
    stream.mode = source.mode;
  }
  stream[kFs] = source.fsOps;
  stream[kIsPerformingIO] = false;
  if (source.handle) source.handle.on('close', () => stream.close());
}

/** Opens the file unless a descriptor was given; 'open' and 'ready' follow the opening. */
function construct(stream, callback) {
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  try {
    stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
      if (err) {
        callback(err);
        return;
      }
      stream.fd = fd;
      // Node finishes constructing a tick later, so 'open' and 'ready' come before any
      // reading or finishing.
      stream.emit('open', stream.fd);
      stream.emit('ready');
      callback();
    });
  } catch (err) {
    // Bad flags or mode surface as the stream's error, as the opening's own failures do.
    callback(err);
  }
}

function closeFile(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
    return;
  }
  stream[kFs].close(stream.fd, (closeErr) => cb(closeErr || err));
  stream.fd = null;
}

/** Closes the descriptor, once a read or write in progress on it is done. */
function destroyFile(stream, err, cb) {
  if (stream[kIsPerformingIO]) stream.once(kIoDone, (ioErr) => closeFile(stream, err || ioErr, cb));
  else closeFile(stream, err, cb);
}

function defineShared(Class, stateKey) {
  Object.defineProperty(Class.prototype, 'pending', {
    get() {
      return this.fd === null;
    },
    configurable: true,
  });
  Object.defineProperty(Class.prototype, 'autoClose', {
    get() {
      return this[stateKey].autoDestroy;
    },
    set(value) {
      this[stateKey].autoDestroy = value;
    },
    configurable: true,
  });
}

// fs.read as the fs module has it: streams given another `fs` call that one instead.
const defaultRead = require('fs').read;

class ReadStream extends Readable {
  constructor(path, options) {
    options = { ...u.getOptions(options, {}) };
    if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
    const source = fileSource(path, options, 'r');
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    checkFunction(source.fsOps.read, 'options.fs.read');
    if (options.autoDestroy) checkFunction(source.fsOps.close, 'options.fs.close');
    const start = options.start;
    const end = options.end ?? Infinity;
    if (start !== undefined) validateInteger(start, 'start', 0);
    if (end !== Infinity) {
      validateInteger(end, 'end', 0);
      if (start !== undefined && start > end) throw outOfRange('start', `<= "end" (here: ${end})`, start);
    }
    super(options);
    takeFile(this, source);
    this.start = start;
    this.end = end;
    this.pos = start;
    this.bytesRead = 0;
  }

  _construct(callback) {
    construct(this, callback);
  }

  _read(n) {
    n = Math.min(this.end - (this.pos !== undefined ? this.pos : this.bytesRead) + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    this[kIsPerformingIO] = true;
    const done = (err, chunk) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) {
        // The descriptor may now be closed.
        this.emit(kIoDone, err);
        return;
      }
      if (err) {
        this.destroy(err);
      } else if (chunk.length > 0) {
        if (this.pos !== undefined) this.pos += chunk.length;
        this.bytesRead += chunk.length;
        this.push(chunk);
      } else {
        this.push(null);
      }
    };
    if (this[kFs].read === defaultRead) {
      // The runtime's own read hands over a fresh buffer of just the bytes read: no copy.
      ops.fsAsync('read', (err, bytes) => done(err, bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)), this.fd, n, this.pos ?? null);
      return;
    }
    const buf = Buffer.allocUnsafeSlow(n);
    this[kFs].read(this.fd, buf, 0, n, this.pos, (err, bytesRead) => {
      if (err || bytesRead === buf.length) {
        done(err, buf);
        return;
      }
      // A short read gets its own buffer, so the larger one is not kept alive.
      const part = Buffer.alloc(bytesRead);
      buf.copy(part, 0, 0, bytesRead);
      done(null, part);
    });
  }

  _destroy(err, cb) {
    destroyFile(this, err, cb);
  }

  close(cb) {
    if (typeof cb === 'function') require('internal/streams/end_of_stream').finished(this, cb);
    this.destroy();
  }
}
defineShared(ReadStream, '_readableState');

class WriteStream extends Writable {
  constructor(path, options) {
    options = { ...u.getOptions(options, {}) };
    // Only bytes reach the file.
    options.decodeStrings = true;
    const source = fileSource(path, options, 'w');
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    const { fsOps } = source;
    if (!fsOps.write && !fsOps.writev) throw invalidArgType('options.fs.write', 'function', fsOps.write);
    if (fsOps.write) checkFunction(fsOps.write, 'options.fs.write');
    if (fsOps.writev) checkFunction(fsOps.writev, 'options.fs.writev');
    if (options.autoDestroy) checkFunction(fsOps.close, 'options.fs.close');
    const start = options.start;
    if (start !== undefined) validateInteger(start, 'start', 0);
    super(options);
    takeFile(this, source);
    // Either write function alone is enough.
    if (!fsOps.write) this._write = null;
    if (!fsOps.writev) this._writev = null;
    this.start = start;
    this.pos = start;
    this.bytesWritten = 0;
    if (options.encoding) this.setDefaultEncoding(options.encoding);
  }

  _construct(callback) {
    construct(this, callback);
  }

  _write(data, encoding, cb) {
    this[kIsPerformingIO] = true;
    writeAll(this, data, data.length, this.pos, (err) => {
      this[kIsPerformingIO] = false;
      cb(err);
      if (this.destroyed) this.emit(kIoDone, err);
    });
    if (this.pos !== undefined) this.pos += data.length;
  }

  _writev(chunks, cb) {
    const buffers = chunks.map(({ chunk }) => chunk);
    const size = buffers.reduce((n, b) => n + b.length, 0);
    this[kIsPerformingIO] = true;
    this[kFs].writev(this.fd, buffers, this.pos ?? null, (err, bytesWritten) => {
      this[kIsPerformingIO] = false;
      if (!err) this.bytesWritten += bytesWritten;
      cb(err || (this.destroyed ? streamDestroyed('writev') : undefined));
      if (this.destroyed) this.emit(kIoDone, err);
    });
    if (this.pos !== undefined) this.pos += size;
  }

  _destroy(err, cb) {
    destroyFile(this, err, cb);
  }

  close(cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    // Without autoClose, the descriptor is only released by destroying the stream.
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  }
}
WriteStream.prototype.destroySoon = WriteStream.prototype.end;
defineShared(WriteStream, '_writableState');

function streamDestroyed(method) {
  return codedError(Error, 'ERR_STREAM_DESTROYED', `Cannot call ${method} after a stream was destroyed`);
}

/** Writes all of `data`, retrying short writes; gives up after five that write nothing. */
function writeAll(stream, data, size, pos, cb, retries = 0) {
  stream[kFs].write(stream.fd, data, 0, size, pos, (err, bytesWritten, buffer) => {
    if (err && err.code === 'EAGAIN') {
      err = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || err) {
      cb(err || streamDestroyed('write'));
      return;
    }
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos !== undefined) pos += bytesWritten;
    if (retries > 5) cb(codedError(Error, 'ERR_SYSTEM_ERROR', 'A system error occurred: write failed'));
    else if (size) writeAll(stream, buffer.subarray(bytesWritten), size, pos, cb, retries);
    else cb();
  });
}

module.exports = { ReadStream, WriteStream };
