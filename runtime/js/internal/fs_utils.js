'use strict';
// Argument handling shared by `fs` and `fs/promises`: paths, flags, modes, encodings, Stats and
// Dirent objects.

const { Buffer } = require('buffer');
const { codedError, invalidArgType } = require('internal/errors');
const { inspect } = require('internal/inspect');

// Linux values, as Node reports them in fs.constants.
const constants = Object.freeze({
  UV_FS_SYMLINK_DIR: 1,
  UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1,
  UV_DIRENT_DIR: 2,
  UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5,
  UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 61440,
  S_IFREG: 32768,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960,
  S_IFSOCK: 49152,
  O_CREAT: 64,
  O_EXCL: 128,
  UV_FS_O_FILEMAP: 0,
  O_NOCTTY: 256,
  O_TRUNC: 512,
  O_APPEND: 1024,
  O_DIRECTORY: 65536,
  O_NOATIME: 262144,
  O_NOFOLLOW: 131072,
  O_SYNC: 1052672,
  O_DSYNC: 4096,
  O_DIRECT: 16384,
  O_NONBLOCK: 2048,
  S_IRWXU: 448,
  S_IRUSR: 256,
  S_IWUSR: 128,
  S_IXUSR: 64,
  S_IRWXG: 56,
  S_IRGRP: 32,
  S_IWGRP: 16,
  S_IXGRP: 8,
  S_IRWXO: 7,
  S_IROTH: 4,
  S_IWOTH: 2,
  S_IXOTH: 1,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
});

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

const flagTable = new Map([
  ['r', O_RDONLY],
  ['rs', O_RDONLY | O_SYNC],
  ['sr', O_RDONLY | O_SYNC],
  ['r+', O_RDWR],
  ['rs+', O_RDWR | O_SYNC],
  ['sr+', O_RDWR | O_SYNC],
  ['w', O_TRUNC | O_CREAT | O_WRONLY],
  ['wx', O_TRUNC | O_CREAT | O_WRONLY | O_EXCL],
  ['xw', O_TRUNC | O_CREAT | O_WRONLY | O_EXCL],
  ['w+', O_TRUNC | O_CREAT | O_RDWR],
  ['wx+', O_TRUNC | O_CREAT | O_RDWR | O_EXCL],
  ['xw+', O_TRUNC | O_CREAT | O_RDWR | O_EXCL],
  ['a', O_APPEND | O_CREAT | O_WRONLY],
  ['ax', O_APPEND | O_CREAT | O_WRONLY | O_EXCL],
  ['xa', O_APPEND | O_CREAT | O_WRONLY | O_EXCL],
  ['as', O_APPEND | O_CREAT | O_WRONLY | O_SYNC],
  ['sa', O_APPEND | O_CREAT | O_WRONLY | O_SYNC],
  ['a+', O_APPEND | O_CREAT | O_RDWR],
  ['ax+', O_APPEND | O_CREAT | O_RDWR | O_EXCL],
  ['xa+', O_APPEND | O_CREAT | O_RDWR | O_EXCL],
  ['as+', O_APPEND | O_CREAT | O_RDWR | O_SYNC],
  ['sa+', O_APPEND | O_CREAT | O_RDWR | O_SYNC],
]);

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags === undefined || flags === null) return O_RDONLY;
  const value = flagTable.get(flags);
  if (value === undefined) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument '${name}' is invalid. Received ${inspect(flags)}`);
  }
  return value;
}

function parseMode(mode, name, fallback) {
  if (mode === undefined || mode === null) return fallback;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument '${name}' must be a 32-bit unsigned integer or an octal string. Received ${inspect(mode)}`);
    }
    return parseInt(mode, 8);
  }
  if (typeof mode !== 'number') throw invalidArgType(name, ['number', 'string'], mode);
  if (!Number.isInteger(mode) || mode < 0 || mode > 0xffffffff) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be >= 0 && <= 4294967295. Received ${mode}`);
  }
  return mode;
}

/** A path argument as a string: strings, Buffers and file URLs are accepted. */
function toPath(path, name = 'path') {
  if (typeof path === 'string') {
    if (path.includes('\u0000')) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument '${name}' must be a string, Uint8Array, or URL without null bytes. Received ${inspect(path)}`);
    }
    return path;
  }
  if (path instanceof Uint8Array) return Buffer.from(path).toString();
  if (path !== null && typeof path === 'object' && typeof path.href === 'string' && path.protocol !== undefined) {
    if (path.protocol !== 'file:') throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    return require('url').fileURLToPath(path);
  }
  throw invalidArgType(name, ['string', 'Buffer', 'URL'], path);
}

function toFd(fd, name = 'fd') {
  if (typeof fd !== 'number') throw invalidArgType(name, 'number', fd);
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be >= 0 && <= 2147483647. Received ${fd}`);
  }
  return fd;
}

function getOptions(options, defaults) {
  if (options === null || options === undefined || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw invalidArgType('options', ['string', 'Object'], options);
  return { ...defaults, ...options };
}

function checkEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'encoding' is invalid encoding. Received ${inspect(encoding)}`);
  }
}

/** Bytes as a string in `encoding`, or a Buffer for 'buffer' / none. */
function encode(bytes, encoding) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === undefined || encoding === null || encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

function encodeName(name, encoding) {
  if (encoding === 'buffer') return Buffer.from(name);
  return name;
}

/** Data to write: strings in `encoding`, typed arrays and DataViews as bytes. */
function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function checkCallback(cb) {
  if (typeof cb !== 'function') throw invalidArgType('cb', 'function', cb);
  return cb;
}

// ---- Stats ------------------------------------------------------------------------------------

const { S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK } = constants;

class StatsBase {
  isDirectory() {
    return (Number(this.mode) & S_IFMT) === S_IFDIR;
  }
  isFile() {
    return (Number(this.mode) & S_IFMT) === S_IFREG;
  }
  isBlockDevice() {
    return (Number(this.mode) & S_IFMT) === S_IFBLK;
  }
  isCharacterDevice() {
    return (Number(this.mode) & S_IFMT) === S_IFCHR;
  }
  isSymbolicLink() {
    return (Number(this.mode) & S_IFMT) === S_IFLNK;
  }
  isFIFO() {
    return (Number(this.mode) & S_IFMT) === S_IFIFO;
  }
  isSocket() {
    return (Number(this.mode) & S_IFMT) === S_IFSOCK;
  }
}

class Stats extends StatsBase {}
class BigIntStats extends StatsBase {}

const statNames = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks'];
const timeNames = ['atime', 'mtime', 'ctime', 'birthtime'];

/** Stats from the op's array: ten numbers, then seconds and nanoseconds for four times. */
function makeStats(raw, bigint) {
  const stats = bigint ? new BigIntStats() : new Stats();
  for (let i = 0; i < statNames.length; i++) stats[statNames[i]] = bigint ? BigInt(raw[i]) : raw[i];
  for (let t = 0; t < timeNames.length; t++) {
    const sec = raw[10 + 2 * t];
    const nsec = raw[11 + 2 * t];
    stats[`${timeNames[t]}Ms`] = bigint ? BigInt(sec) * 1000n + BigInt(Math.floor(nsec / 1e6)) : sec * 1000 + nsec / 1e6;
  }
  if (bigint) {
    for (let t = 0; t < timeNames.length; t++) {
      stats[`${timeNames[t]}Ns`] = BigInt(raw[10 + 2 * t]) * 1000000000n + BigInt(raw[11 + 2 * t]);
    }
  }
  for (const name of timeNames) stats[name] = new Date(Number(stats[`${name}Ms`]));
  return stats;
}

/** What fs.statfs gives: the file system's block and inode counts. */
class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function makeStatFs(raw, bigint) {
  return new StatFs(...(bigint ? raw.map((n) => BigInt(n)) : raw));
}

/** Node's `validateBufferArray`: an array of ArrayBufferViews. */
function checkBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw invalidArgType(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

/** Spreads `bytes` over `buffers` in order; returns how many bytes were placed. */
function scatter(bytes, buffers) {
  let at = 0;
  for (const b of buffers) {
    if (at >= bytes.length) break;
    const part = bytes.subarray(at, at + b.byteLength);
    new Uint8Array(b.buffer, b.byteOffset, b.byteLength).set(part);
    at += part.length;
  }
  return at;
}

/** A read or write position: a non-negative number, else null for "the current offset". */
function filePosition(position) {
  return typeof position === 'number' && position >= 0 ? position : null;
}

/** The views of `buffers` as one byte array, for a single write. */
function gather(buffers) {
  return Buffer.concat(buffers.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)));
}

// ---- Dirent -----------------------------------------------------------------------------------

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() {
    return this[kType] === constants.UV_DIRENT_DIR;
  }
  isFile() {
    return this[kType] === constants.UV_DIRENT_FILE;
  }
  isBlockDevice() {
    return this[kType] === constants.UV_DIRENT_BLOCK;
  }
  isCharacterDevice() {
    return this[kType] === constants.UV_DIRENT_CHAR;
  }
  isSymbolicLink() {
    return this[kType] === constants.UV_DIRENT_LINK;
  }
  isFIFO() {
    return this[kType] === constants.UV_DIRENT_FIFO;
  }
  isSocket() {
    return this[kType] === constants.UV_DIRENT_SOCKET;
  }
}

/** The mode of access/copyFile, checked as Node's fs binding does: a number whose integer
 * part lies in 0..7, or null/undefined for `fallback`. */
function accessMode(mode, fallback) {
  if (mode === undefined || mode === null) return fallback;
  if (typeof mode !== 'number') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (!Number.isFinite(mode)) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range');
  const whole = Math.trunc(mode);
  if (whole < 0 || whole > 7) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  return whole;
}

module.exports = {
  accessMode,
  constants,
  stringToFlags,
  parseMode,
  toPath,
  toFd,
  getOptions,
  checkEncoding,
  encode,
  encodeName,
  toBytes,
  checkCallback,
  Stats,
  BigIntStats,
  makeStats,
  makeStatFs,
  checkBufferArray,
  scatter,
  filePosition,
  gather,
  Dirent,
};
