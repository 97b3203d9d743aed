'use strict';
// FileHandle, the descriptor object of `fs/promises`. Its reads and writes start at the
// descriptor's own offset unless given a position.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { codedError, invalidArgValue, outOfRange, validateInteger } = require('internal/errors');
const u = require('internal/fs_utils');

const kFd = Symbol('kFd');
const kLocked = Symbol('kLocked');
const kClosing = Symbol('kClosing');

/** The error of any call on a closed handle; `syscall` names the call. */
function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

/** Arguments of read(buffer, offset, length, position), read(options) or read(buffer, options). */
function readArgs(bufferOrOptions, offset, length, position) {
  let buffer = bufferOrOptions;
  if (!ArrayBuffer.isView(buffer)) {
    if (bufferOrOptions !== undefined) u.checkNullableOptions(bufferOrOptions);
    ({ buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset, position = null } = bufferOrOptions ?? {});
    u.checkBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset === undefined || offset === null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { buffer, length };
  if (buffer.byteLength === 0) throw invalidArgValue('buffer', buffer, 'is empty and cannot be written');
  if (length < 0) throw outOfRange('length', '>= 0', length);
  if (offset + length > buffer.byteLength) throw outOfRange('length', `<= ${buffer.byteLength - offset}`, length);
  // Only a safe, non-negative integer is a position; anything else reads on from the offset.
  const at = Number.isSafeInteger(position) && position >= 0 ? position : null;
  return { buffer, offset, length, position: at };
}

function result(fields) {
  return Object.assign(Object.create(null), fields);
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosing] = null;
  }

  get fd() {
    return this[kFd];
  }

  // Operations still running on the descriptor: closing waits for them, so that a descriptor
  // number reused by a later open never receives their reads or writes.
  #inFlight = 0;
  #drained = null;

  #io(promise) {
    this.#inFlight++;
    const settle = () => {
      if (--this.#inFlight === 0 && this.#drained !== null) this.#drained();
    };
    promise.then(settle, settle);
    return promise;
  }

  /** The descriptor, or the error of a closed handle. */
  #use(syscall) {
    if (this[kFd] === -1) throw closedError(syscall);
    return this[kFd];
  }

  async read(buffer, offset, length, position) {
    const fd = this.#use('read');
    const a = readArgs(buffer, offset, length, position);
    if (a.length === 0) return result({ bytesRead: 0, buffer: a.buffer });
    const bytes = await this.#io(ops.fsAsync('read', undefined, fd, a.length, a.position));
    new Uint8Array(a.buffer.buffer, a.buffer.byteOffset, a.buffer.byteLength).set(bytes, a.offset);
    return result({ bytesRead: bytes.length, buffer: a.buffer });
  }

  async write(data, offsetOrOptions, length, position) {
    const fd = this.#use('write');
    if (data?.byteLength === 0) return result({ bytesWritten: 0, buffer: data });
    const a = ArrayBuffer.isView(data)
      ? u.bufferToWrite(data, offsetOrOptions, length, position)
      : u.stringToWrite(data, offsetOrOptions, length);
    const bytesWritten = await this.#io(ops.fsAsync('write', undefined, fd, a.bytes, a.position));
    return result({ bytesWritten, buffer: data });
  }

  async readFile(options) {
    const fd = this.#use('readFile');
    const { encoding, signal } = u.getOptions(options, { flag: 'r' });
    const chunks = [];
    for (;;) {
      if (signal && signal.aborted) throw new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });
      // A close() between two reads ends the reading (the descriptor may be reused).
      this.#use('read');
      const chunk = await this.#io(ops.fsAsync('read', undefined, fd, 64 * 1024, null));
      if (chunk.length === 0) break;
      chunks.push(chunk);
    }
    return u.encode(Buffer.concat(chunks), encoding);
  }

  async writeFile(data, options) {
    const fd = this.#use('writeFile');
    const { encoding } = u.getOptions(options, { encoding: 'utf8' });
    const bytes = u.isCustomIterable(data) ? await u.iterableBytes(data, encoding) : u.dataBytes(data, encoding);
    await this.#io(ops.fsAsync('write', undefined, fd, bytes, null));
  }

  async appendFile(data, options) {
    this.#use('writeFile');
    return this.writeFile(data, options);
  }

  async stat(options = { bigint: false }) {
    const fd = this.#use('fstat');
    return u.makeStats(await this.#io(ops.fsAsync('fstat', undefined, fd)), options.bigint === true);
  }

  async truncate(len = 0) {
    const fd = this.#use('ftruncate');
    await this.#io(ops.fsAsync('ftruncate', undefined, fd, u.checkLength(len)));
  }

  async sync() {
    await this.#io(ops.fsAsync('fsync', undefined, this.#use('fsync')));
  }

  async datasync() {
    await this.#io(ops.fsAsync('fdatasync', undefined, this.#use('fdatasync')));
  }

  async chmod(mode) {
    const fd = this.#use('fchmod');
    await this.#io(ops.fsAsync('fchmod', undefined, fd, u.parseMode(mode, 'mode')));
  }

  async chown(uid, gid) {
    const fd = this.#use('fchown');
    validateInteger(uid, 'uid', -1, 4294967295);
    validateInteger(gid, 'gid', -1, 4294967295);
    await this.#io(ops.fsAsync('fchown', undefined, fd, uid >>> 0, gid >>> 0));
  }

  async utimes(atime, mtime) {
    const fd = this.#use('futimes');
    const times = [u.toUnixTimestamp(atime, 'atime'), u.toUnixTimestamp(mtime, 'mtime')];
    await this.#io(ops.fsAsync('futimes', undefined, fd, ...times));
  }

  async readv(buffers, position) {
    const fd = this.#use('readv');
    u.checkBufferArray(buffers);
    const total = u.totalLength(buffers);
    if (total === 0) return result({ bytesRead: 0, buffers });
    const bytes = await this.#io(ops.fsAsync('read', undefined, fd, total, u.filePosition(position)));
    return result({ bytesRead: u.scatter(bytes, buffers), buffers });
  }

  async writev(buffers, position) {
    const fd = this.#use('writev');
    u.checkBufferArray(buffers);
    if (buffers.length === 0) return result({ bytesWritten: 0, buffers });
    const bytesWritten = await this.#io(ops.fsAsync('write', undefined, fd, u.gather(buffers), u.filePosition(position)));
    return result({ bytesWritten, buffers });
  }

  /** Closes once; later calls share the first one's promise, or resolve at once when done. */
  close() {
    if (this[kFd] === -1) return this[kClosing] || Promise.resolve();
    const fd = this[kFd];
    this[kFd] = -1;
    const idle = this.#inFlight === 0 ? Promise.resolve() : new Promise((resolve) => {
      this.#drained = resolve;
    });
    this[kClosing] = idle.then(() => ops.fsAsync('close', undefined, fd)).then(() => {
      this[kClosing] = null;
    }, (err) => {
      this[kClosing] = null;
      throw err;
    });
    this.emit('close');
    return this[kClosing];
  }

  async [Symbol.asyncDispose]() {
    await this.close();
  }

  /**
   * The file from the current position as a web ReadableStream: ArrayBuffer chunks, or with
   * `{ type: 'bytes' }` a byte stream (BYOB reads into the reader's buffer). The handle is
   * locked to it from then on, as in Node.
   */
  readableWebStream(options = {}) {
    const fd = this.#use('read');
    if (this[kLocked]) throw codedError(Error, 'ERR_INVALID_STATE', 'Invalid state: The FileHandle is locked');
    this[kLocked] = true;
    const bytes = options?.type === 'bytes';
    const { ReadableStream } = require('internal/webstreams/readable');
    const chunkSize = 65536;
    const readChunk = () => this.#io(ops.fsAsync('read', undefined, fd, chunkSize, null));
    return new ReadableStream({
      type: bytes ? 'bytes' : undefined,
      autoAllocateChunkSize: bytes ? chunkSize : undefined,
      pull: async (controller) => {
        const request = bytes ? controller.byobRequest : null;
        if (request) {
          const view = request.view;
          const data = await this.#io(ops.fsAsync('read', undefined, fd, view.byteLength, null));
          if (data.length === 0) {
            controller.close();
            request.respond(0);
            return;
          }
          view.set(data);
          request.respond(data.length);
          return;
        }
        const data = await readChunk();
        if (data.length === 0) controller.close();
        else controller.enqueue(bytes ? data : data.buffer.slice(data.byteOffset, data.byteOffset + data.length));
      },
      cancel: () => this.close(),
    });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs_streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs_streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  /** The file's lines, read with a stream from `options.start` to `options.end`. */
  readLines(options = undefined) {
    const { LineReader } = require('internal/fs_lines');
    return new LineReader(this.createReadStream(options));
  }
}

/** Stream operations on a FileHandle, in the shape of fs's callback functions. */
function handleOperations(handle) {
  return {
    open() {
      throw codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The open() method is not implemented');
    },
    close(fd, cb) {
      handle.close().then(() => cb(), cb);
    },
    read(fd, buffer, offset, length, position, cb) {
      handle.read(buffer, offset, length, position).then((r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buffer));
    },
    write(fd, buffer, offset, length, position, cb) {
      handle.write(buffer, offset, length, position).then((r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err, 0, buffer));
    },
    writev(fd, buffers, position, cb) {
      handle.writev(buffers, position).then((r) => cb(null, r.bytesWritten, r.buffers), (err) => cb(err, 0, buffers));
    },
  };
}

module.exports = { FileHandle, handleOperations };
