'use strict';
// Argument handling shared by `fs` and `fs/promises`: paths, flags, modes, encodings, Stats and
// Dirent objects.

const { Buffer } = require('buffer');
const {
  codedError, invalidArgType, invalidArgValue, outOfRange, validateAbortSignal, validateInteger, validateObject,
} = require('internal/errors');
const { inspect } = require('internal/inspect');

/** An object of fixed, enumerable properties, extensible and without a prototype, as Node's
 * constants objects are. */
function constantTable(values) {
  const table = Object.create(null);
  for (const [name, value] of Object.entries(values)) {
    Object.defineProperty(table, name, { value, enumerable: true, writable: false, configurable: false });
  }
  return table;
}

// Linux values, as Node reports them in fs.constants.
const constants = constantTable({
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
  if (typeof flags === 'number') return checkInt32(flags, name);
  if (flags === undefined || flags === null) return O_RDONLY;
  const value = flagTable.get(flags);
  if (value === undefined) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument '${name}' is invalid. Received ${inspect(flags)}`);
  }
  return value;
}

/** Node's `validateUint32`. */
function checkUint32(value, name, min = 0) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > 0xffffffff) throw outOfRange(name, `>= ${min} && <= 4294967295`, value);
  return value;
}

/** Whether a path argument is a descriptor; a symbol or bigint throws, as in Node. */
function isFd(path) {
  return path === path >>> 0;
}

/** Node's `validateInt32`. */
function checkInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
  return value;
}

/** A file mode: a 32-bit unsigned number or an octal string; `fallback` when null/undefined. */
function parseMode(mode, name, fallback) {
  if (mode === undefined || mode === null) mode = fallback;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument '${name}' must be a 32-bit unsigned integer or an octal string. Received ${inspect(mode)}`);
    }
    return parseInt(mode, 8);
  }
  return checkUint32(mode, name);
}

/** A path argument as a string: strings, Buffers and file URLs are accepted. */
function toPath(path, name = 'path') {
  if (path !== null && typeof path === 'object' && typeof path.href === 'string' && path.protocol !== undefined) {
    if (path.protocol !== 'file:') throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    path = require('url').fileURLToPath(path);
  }
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) throw invalidArgType(name, ['string', 'Buffer', 'URL'], path);
  if (path.includes(typeof path === 'string' ? '\u0000' : 0)) {
    // An option (child_process's options.cwd) is a property.
    const kind = name.includes('.') ? 'property' : 'argument';
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' must be a string, Uint8Array, or URL without null bytes. Received ${inspect(path)}`);
  }
  return typeof path === 'string' ? path : Buffer.from(path).toString();
}

function toFd(fd, name = 'fd') {
  return checkInt32(fd, name, 0);
}

/** A descriptor checked as Node's native binding does: it shows a bigint without its `n`. */
function toNativeFd(fd) {
  if (typeof fd === 'bigint') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "fd" argument must be of type number. Received type bigint (${fd})`);
  }
  return toFd(fd);
}

/**
 * Options given as an object, or as an encoding string; `defaults` fill what is not given.
 * The encoding and signal are checked, as Node's getOptions does.
 */
function getOptions(options, defaults) {
  if (options === null || options === undefined || typeof options === 'function') return defaults;
  if (typeof options === 'string') options = { encoding: options };
  else if (typeof options !== 'object') throw invalidArgType('options', ['string', 'Object'], options);
  if (options.encoding !== 'buffer') checkEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
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

/** A file name as Node gives it: a string in `encoding` (UTF-8 by default), or a Buffer. */
function encodeName(name, encoding) {
  if (encoding === 'buffer') return Buffer.from(name);
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  return Buffer.from(name).toString(encoding);
}

/** Data to write: strings in `encoding`, typed arrays and DataViews as bytes. */
function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

/** What writeFile and appendFile write: typed arrays as they are, strings in `encoding`. */
function dataBytes(data, encoding) {
  if (ArrayBuffer.isView(data)) return toBytes(data);
  if (typeof data !== 'string') throw invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  return Buffer.from(data, encoding || 'utf8');
}

/** Bytes to write from the chunks of an iterable, each a string or a typed array. */
async function iterableBytes(data, encoding) {
  const chunks = [];
  for await (const chunk of data) chunks.push(dataBytes(chunk, encoding));
  return Buffer.concat(chunks);
}

function isCustomIterable(data) {
  return data !== null && data !== undefined && typeof data !== 'string' && !ArrayBuffer.isView(data) &&
    (typeof data[Symbol.iterator] === 'function' || typeof data[Symbol.asyncIterator] === 'function');
}

function checkCallback(cb, name = 'cb') {
  if (typeof cb !== 'function') throw invalidArgType(name, 'function', cb);
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

const statNames = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks'];
const timeNames = ['atime', 'mtime', 'ctime', 'birthtime'];

/** `new fs.Stats(dev, mode, ..., blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs)`. */
class Stats extends StatsBase {
  constructor(...fields) {
    super();
    statNames.forEach((name, i) => {
      this[name] = fields[i];
    });
    timeNames.forEach((name, t) => {
      this[`${name}Ms`] = fields[10 + t];
    });
    for (const name of timeNames) this[name] = new Date(this[`${name}Ms`]);
  }
}

/** Stats in bigints, with the times also in nanoseconds. */
class BigIntStats extends StatsBase {
  constructor(...fields) {
    super();
    statNames.forEach((name, i) => {
      this[name] = fields[i];
    });
    timeNames.forEach((name, t) => {
      this[`${name}Ms`] = fields[10 + t] / 1000000n;
    });
    timeNames.forEach((name, t) => {
      this[`${name}Ns`] = fields[10 + t];
    });
    for (const name of timeNames) this[name] = new Date(Number(this[`${name}Ms`]));
  }
}

/** Stats from the op's array: ten numbers, then seconds and nanoseconds for four times. */
function makeStats(raw, bigint) {
  const times = timeNames.map((_, t) => [raw[10 + 2 * t], raw[11 + 2 * t]]);
  if (bigint) {
    const ns = times.map(([sec, nsec]) => BigInt(sec) * 1000000000n + BigInt(nsec));
    return new BigIntStats(...raw.slice(0, 10).map((n) => BigInt(n)), ...ns);
  }
  return new Stats(...raw.slice(0, 10), ...times.map(([sec, nsec]) => sec * 1000 + nsec / 1e6));
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

/** A time in seconds from a Date, a number or a numeric string; negative numbers mean now. */
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && !Number.isNaN(Number(time))) return Number(time);
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw invalidArgType(name, ['Date', 'Time in seconds'], time);
}

/** A length to truncate to: an integer, negative ones meaning 0. */
function checkLength(len) {
  if (len === undefined) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

/** Node's `validateBufferArray`: an array of ArrayBufferViews. */
function checkBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw invalidArgType(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

/** The byte length of all `buffers` together. */
function totalLength(buffers) {
  return buffers.reduce((n, b) => n + b.byteLength, 0);
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

/**
 * A read position, checked as Node does: an integer from -1, or a bigint within 64 bits;
 * null/undefined and negative values mean the descriptor's own offset (null here).
 */
function readPosition(position) {
  if (position === undefined || position === null) return null;
  if (typeof position === 'number') {
    validateInteger(position, 'position', -1);
  } else if (typeof position === 'bigint') {
    const limit = 2n ** 63n;
    if (position < -limit || position >= limit) throw outOfRange('position', `>= ${-limit} && <= ${limit - 1n}`, position);
  } else {
    throw invalidArgType('position', ['integer', 'bigint'], position);
  }
  return position < 0 ? null : Number(position);
}

// ---- arguments of read and write ---------------------------------------------------------------

function checkBuffer(buffer) {
  if (!ArrayBuffer.isView(buffer)) throw invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
}

/** An options argument that may be null, as Node's read forms take it. */
function checkNullableOptions(options) {
  if (options !== null) validateObject(options, 'options');
}

/**
 * Checks what read was asked for; `null` when there is nothing to read. The position becomes
 * a number, or null for the descriptor's own offset.
 */
function readRange(buffer, offset, length, position) {
  if (offset === undefined || offset === null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) throw invalidArgValue('buffer', buffer, 'is empty and cannot be written');
  if (length < 0) throw outOfRange('length', '>= 0', length);
  if (offset + length > buffer.byteLength) throw outOfRange('length', `<= ${buffer.byteLength - offset}`, length);
  return { offset, length, position: readPosition(position) };
}

/** Checks the part of a typed array to write. */
function writeRange(offset, length, byteLength) {
  if (offset > byteLength) throw outOfRange('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw outOfRange('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw outOfRange('length', '>= 0', length);
  checkInt32(length, 'length', 0);
}

/** The bytes of write(fd, buffer, offset | options, length, position), checked. */
function bufferToWrite(buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  if (offset === undefined || offset === null || typeof offset === 'function') offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  writeRange(offset, length, buffer.byteLength);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
  return { bytes, position: filePosition(position) };
}

/** The bytes of write(fd, string, position, encoding); an unknown encoding means UTF-8. */
function stringToWrite(data, position, encoding) {
  if (typeof data !== 'string') throw invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  const known = typeof encoding === 'string' && Buffer.isEncoding(encoding);
  if (known && encoding.toLowerCase() === 'hex' && data.length % 2 !== 0) {
    throw invalidArgValue('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
  return { bytes: Buffer.from(data, known ? encoding : 'utf8'), position: filePosition(position) };
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
  toNativeFd,
  isFd,
  checkInt32,
  checkUint32,
  getOptions,
  checkEncoding,
  encode,
  encodeName,
  toBytes,
  dataBytes,
  iterableBytes,
  isCustomIterable,
  checkCallback,
  Stats,
  BigIntStats,
  makeStats,
  makeStatFs,
  checkBufferArray,
  checkLength,
  toUnixTimestamp,
  scatter,
  totalLength,
  filePosition,
  readPosition,
  checkBuffer,
  checkNullableOptions,
  readRange,
  bufferToWrite,
  stringToWrite,
  gather,
  Dirent,
};
