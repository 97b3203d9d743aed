'use strict';
// `fs/promises`: the promise forms of `fs`, and FileHandle.

const fs = require('fs');
const u = require('internal/fs_utils');
const { Buffer } = require('buffer');


const forms = fs._promiseForms;
const kFd = Symbol('fd');

class FileHandle {
  constructor(fd) {
    this[kFd] = fd;
  }

  get fd() {
    return this[kFd];
  }

  #check() {
    if (this[kFd] === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = 'read';
      throw err;
    }
    return this[kFd];
  }

  async read(buffer, offset, length, position) {
    const fd = this.#check();
    if (buffer === undefined || (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer))) {
      const options = buffer || {};
      buffer = options.buffer || Buffer.alloc(16384);
      offset = options.offset || 0;
      length = options.length !== undefined ? options.length : buffer.byteLength - offset;
      position = options.position !== undefined ? options.position : null;
    }
    if (offset === undefined) offset = 0;
    if (length === undefined) length = buffer.byteLength - offset;
    const bytes = await ops.fsAsync('read', undefined, fd, length, u.filePosition(position));
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(bytes, offset);
    return { bytesRead: bytes.length, buffer };
  }

  async write(data, offsetOrPosition, lengthOrEncoding, position) {
    const fd = this.#check();
    let bytes;
    let pos = null;
    if (typeof data === 'string') {
      bytes = Buffer.from(data, typeof lengthOrEncoding === 'string' ? lengthOrEncoding : 'utf8');
      if (typeof offsetOrPosition === 'number') pos = offsetOrPosition;
    } else {
      let offset = offsetOrPosition;
      let length = lengthOrEncoding;
      if (offset !== null && typeof offset === 'object') ({ offset = 0, length, position = null } = offset);
      offset = offset || 0;
      length = length === undefined || length === null ? data.byteLength - offset : length;
      bytes = new Uint8Array(data.buffer, data.byteOffset + offset, length);
      if (typeof position === 'number') pos = position;
    }
    const bytesWritten = await ops.fsAsync('write', undefined, fd, bytes, pos);
    return { bytesWritten, buffer: data };
  }

  async readFile(options) {
    const fd = this.#check();
    const { encoding } = u.getOptions(options, { encoding: null });
    const chunks = [];
    for (;;) {
      const chunk = await ops.fsAsync('read', undefined, fd, 64 * 1024, null);
      if (chunk.length === 0) break;
      chunks.push(chunk);
    }
    return u.encode(Buffer.concat(chunks), encoding);
  }

  async writeFile(data, options) {
    const fd = this.#check();
    const { encoding } = u.getOptions(options, { encoding: 'utf8' });
    await ops.fsAsync('write', undefined, fd, u.toBytes(data, encoding), null);
  }

  async appendFile(data, options) {
    return this.writeFile(data, options);
  }

  async stat(options) {
    const { bigint = false } = u.getOptions(options, {});
    return u.makeStats(await ops.fsAsync('fstat', undefined, this.#check()), bigint);
  }

  async truncate(len = 0) {
    await ops.fsAsync('ftruncate', undefined, this.#check(), len);
  }

  async sync() {
    await ops.fsAsync('fsync', undefined, this.#check());
  }

  async datasync() {
    await ops.fsAsync('fdatasync', undefined, this.#check());
  }

  async chmod(mode) {
    await ops.fsAsync('fchmod', undefined, this.#check(), u.parseMode(mode, 'mode'));
  }

  async chown(uid, gid) {
    await ops.fsAsync('fchown', undefined, this.#check(), uid >>> 0, gid >>> 0);
  }

  async utimes(atime, mtime) {
    const seconds = (t) => (t instanceof Date ? t.getTime() / 1000 : Number(t));
    await ops.fsAsync('futimes', undefined, this.#check(), seconds(atime), seconds(mtime));
  }

  async readv(buffers, position) {
    const fd = this.#check();
    u.checkBufferArray(buffers);
    const total = buffers.reduce((n, b) => n + b.byteLength, 0);
    if (total === 0) return { bytesRead: 0, buffers };
    const bytes = await ops.fsAsync('read', undefined, fd, total, u.filePosition(position));
    return { bytesRead: u.scatter(bytes, buffers), buffers };
  }

  async writev(buffers, position) {
    const fd = this.#check();
    u.checkBufferArray(buffers);
    if (buffers.length === 0) return { bytesWritten: 0, buffers };
    const bytesWritten = await ops.fsAsync('write', undefined, fd, u.gather(buffers), u.filePosition(position));
    return { bytesWritten, buffers };
  }

  async close() {
    if (this[kFd] === -1) return;
    const fd = this[kFd];
    this[kFd] = -1;
    await ops.fsAsync('close', undefined, fd);
  }

  async [Symbol.asyncDispose]() {
    await this.close();
  }
}

async function open(path, flags, mode) {
  const fd = await ops.fsAsync('open', undefined, u.toPath(path), u.stringToFlags(flags), u.parseMode(mode, 'mode', 0o666));
  return new FileHandle(fd);
}

module.exports = { ...forms, open, constants: u.constants };

