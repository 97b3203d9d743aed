'use strict';
// The `fs` module. Each operation is planned once (arguments checked and converted, result
// shaped) and then offered in three forms: `nameSync`, `name(..., callback)` and
// `fs.promises.name`. The work itself is `ops.fsSync` / `ops.fsAsync` (runtime/src/ops/fs.rs).

const { Buffer } = require('buffer');
const { codedError, invalidArgType, systemError, validateObject } = require('internal/errors');
const pathModule = require('path');
const u = require('internal/fs_utils');

const { accessMode, constants, toPath, toFd, getOptions, stringToFlags, parseMode, makeStats, Dirent } = u;

const fs = module.exports;
const promises = {};

/**
 * Defines `name`, `nameSync` and `promises.name` from `plan(args)` (the `params` arguments
 * before the callback), which returns
 * `{ op, args, map }`: the op to run, its arguments, and how to shape its result.
 */
function define(name, params, plan, { promise = true } = {}) {
  fs[`${name}Sync`] = function syncForm(...args) {
    const p = plan(args);
    if (p.error) throw p.error;
    const result = ops.fsSync(p.op, ...p.args);
    return p.map ? p.map(result) : undefined;
  };
  fs[name] = function callbackForm(...args) {
    // The callback follows the optional arguments given, or sits at its own place (Node
    // then reports what is there, or undefined).
    const last = args.length - 1;
    const cb = u.checkCallback(typeof args[last] === 'function' || args.length > params ? args[last] : undefined);
    if (typeof args[last] === 'function' || args.length > params) args.length = last;
    const p = plan(args);
    if (p.error) {
      process.nextTick(cb, p.error);
      return;
    }
    ops.fsAsync(p.op, (err, result) => {
      if (err) cb(err);
      else if (p.map) cb(null, p.map(result));
      else cb(null);
    }, ...p.args);
  };
  if (promise) {
    promises[name] = async function promiseForm(...args) {
      const p = plan(args);
      if (p.error) throw p.error;
      const result = await ops.fsAsync(p.op, undefined, ...p.args);
      return p.map ? p.map(result) : undefined;
    };
  }
}

// ---- paths and metadata -----------------------------------------------------------------------

define('access', 2, ([path, mode]) => ({ op: 'access', args: [toPath(path), accessMode(mode, constants.F_OK)] }));

for (const [name, op] of [['stat', 'stat'], ['lstat', 'lstat']]) {
  define(name, 2, ([path, options]) => {
    const { bigint = false, throwIfNoEntry = true } = getOptions(options, {});
    return { op, args: [toPath(path)], map: (raw) => makeStats(raw, bigint), throwIfNoEntry };
  });
}
{
  const plainStatSync = fs.statSync;
  const plainLstatSync = fs.lstatSync;
  // throwIfNoEntry: false turns a missing file into undefined (sync forms only).
  fs.statSync = function statSync(path, options) {
    return statOrUndefined(plainStatSync, path, options);
  };
  fs.lstatSync = function lstatSync(path, options) {
    return statOrUndefined(plainLstatSync, path, options);
  };
}

function statOrUndefined(fn, path, options) {
  try {
    return fn(path, options);
  } catch (err) {
    if (err.code === 'ENOENT' && options && options.throwIfNoEntry === false) return undefined;
    throw err;
  }
}

define('fstat', 2, ([fd, options]) => {
  const { bigint = false } = getOptions(options, {});
  return { op: 'fstat', args: [toFd(fd)], map: (raw) => makeStats(raw, bigint) };
}, { promise: false });

define('statfs', 2, ([path, options]) => {
  const { bigint = false } = getOptions(options, {});
  return { op: 'statfs', args: [toPath(path)], map: (raw) => u.makeStatFs(raw, bigint) };
});

define('chmod', 2, ([path, mode]) => ({ op: 'chmod', args: [toPath(path), parseMode(mode, 'mode')] }));
define('fchmod', 2, ([fd, mode]) => ({ op: 'fchmod', args: [toFd(fd), parseMode(mode, 'mode')] }), { promise: false });
define('lchmod', 2, ([path, mode]) => ({ op: 'chmod', args: [toPath(path), parseMode(mode, 'mode')] }));

function checkId(id, name) {
  if (typeof id !== 'number') throw invalidArgType(name, 'number', id);
  if (!Number.isInteger(id) || id < -1 || id > 4294967295) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be >= -1 && <= 4294967295. Received ${id}`);
  }
  return id >>> 0;
}
define('chown', 3, ([path, uid, gid]) => ({ op: 'chown', args: [toPath(path), checkId(uid, 'uid'), checkId(gid, 'gid')] }));
define('lchown', 3, ([path, uid, gid]) => ({ op: 'lchown', args: [toPath(path), checkId(uid, 'uid'), checkId(gid, 'gid')] }));
define('fchown', 3, ([fd, uid, gid]) => ({ op: 'fchown', args: [toFd(fd), checkId(uid, 'uid'), checkId(gid, 'gid')] }), { promise: false });

function toSeconds(time, name) {
  if (typeof time === 'number') return time;
  if (time instanceof Date) return time.getTime() / 1000;
  if (typeof time === 'string' && time !== '' && !Number.isNaN(Number(time))) return Number(time);
  if (typeof time === 'bigint') return Number(time);
  throw invalidArgType(name, ['number', 'string', 'Date'], time);
}
define('utimes', 3, ([path, atime, mtime]) => ({ op: 'utimes', args: [toPath(path), toSeconds(atime, 'atime'), toSeconds(mtime, 'mtime')] }));
define('lutimes', 3, ([path, atime, mtime]) => ({ op: 'lutimes', args: [toPath(path), toSeconds(atime, 'atime'), toSeconds(mtime, 'mtime')] }));
define('futimes', 3, ([fd, atime, mtime]) => ({ op: 'futimes', args: [toFd(fd), toSeconds(atime, 'atime'), toSeconds(mtime, 'mtime')] }), { promise: false });

function checkLength(len) {
  if (len === undefined || len === null) return 0;
  if (typeof len !== 'number') throw invalidArgType('len', 'number', len);
  return Math.max(0, len);
}
define('truncate', 2, ([path, len]) => ({ op: 'truncate', args: [toPath(path), checkLength(len)] }));
define('ftruncate', 2, ([fd, len]) => ({ op: 'ftruncate', args: [toFd(fd), checkLength(len)] }), { promise: false });
define('fsync', 1, ([fd]) => ({ op: 'fsync', args: [toFd(fd)] }), { promise: false });
define('fdatasync', 1, ([fd]) => ({ op: 'fdatasync', args: [toFd(fd)] }), { promise: false });

// ---- links and names --------------------------------------------------------------------------

define('rename', 2, ([from, to]) => ({ op: 'rename', args: [toPath(from, 'oldPath'), toPath(to, 'newPath')] }));
define('link', 2, ([existing, path]) => ({ op: 'link', args: [toPath(existing, 'existingPath'), toPath(path, 'newPath')] }));
// Node takes symlink's last argument, whatever it is, as the callback.
define('symlink', 0, ([target, path]) => ({ op: 'symlink', args: [toPath(target, 'target'), toPath(path)] }));
define('unlink', 1, ([path]) => ({ op: 'unlink', args: [toPath(path)] }));
define('readlink', 2, ([path, options]) => {
  const { encoding } = getOptions(options, { encoding: 'utf8' });
  return { op: 'readlink', args: [toPath(path)], map: (p) => u.encodeName(p, encoding) };
});

function realpathPlan([path, options]) {
  const { encoding } = getOptions(options, { encoding: 'utf8' });
  return { op: 'realpath', args: [toPath(path)], map: (p) => u.encodeName(p, encoding) };
}
define('realpath', 2, realpathPlan);
{
  const nativeSync = fs.realpathSync;
  const nativeCallback = fs.realpath;
  // The JS form walks the path with lstat, so its errors name lstat and the failing prefix.
  fs.realpathSync = function realpathSync(path, options) {
    try {
      return nativeSync(path, options);
    } catch (err) {
      throw lstatError(path, err);
    }
  };
  fs.realpath = function realpath(path, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    const cb = u.checkCallback(callback);
    nativeCallback(path, options, (err, resolved) => (err ? cb(lstatError(path, err)) : cb(null, resolved)));
  };
  fs.realpathSync.native = nativeSync;
  fs.realpath.native = nativeCallback;
  const nativePromise = promises.realpath;
  promises.realpath = async function realpath(path, options) {
    try {
      return await nativePromise(path, options);
    } catch (err) {
      throw lstatError(path, err);
    }
  };
}

function lstatError(path, err) {
  if (err.syscall !== 'realpath') return err;
  const full = pathModule.resolve(toPath(path));
  let prefix = '';
  for (const part of full.split('/').slice(1)) {
    prefix += `/${part}`;
    try {
      ops.fsSync('lstat', prefix);
    } catch (lstatErr) {
      return lstatErr;
    }
  }
  // Every component is there: a link leads nowhere, which stat reports.
  try {
    ops.fsSync('stat', full);
  } catch (statErr) {
    return statErr;
  }
  return err;
}

define('copyFile', 3, ([src, dest, mode]) => {
  const flags = accessMode(mode, 0);
  return { op: 'copyFile', args: [toPath(src, 'src'), toPath(dest, 'dest'), (flags & constants.COPYFILE_EXCL) !== 0] };
});

// ---- directories ------------------------------------------------------------------------------

define('mkdir', 2, ([path, options]) => {
  let recursive = false;
  let mode = 0o777;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined && typeof options.recursive !== 'boolean') {
      throw invalidArgType('options.recursive', 'boolean', options.recursive);
    }
    recursive = Boolean(options.recursive);
    mode = parseMode(options.mode, 'mode', 0o777);
  }
  return { op: 'mkdir', args: [toPath(path), recursive, mode], map: recursive ? (first) => first : undefined };
});

define('mkdtemp', 2, ([prefix, options]) => {
  const { encoding } = getOptions(options, { encoding: 'utf8' });
  if (typeof prefix !== 'string' && !(prefix instanceof Uint8Array)) throw invalidArgType('prefix', ['string', 'Buffer', 'URL'], prefix);
  return { op: 'mkdtemp', args: [toPath(prefix, 'prefix')], map: (p) => u.encodeName(p, encoding) };
});

define('rmdir', 2, ([path, options]) => {
  if (options && options.recursive) return { op: 'rm', args: [toPath(path), true, false] };
  return { op: 'rmdir', args: [toPath(path)] };
});

define('rm', 2, ([path, options]) => {
  const { recursive = false, force = false } = getOptions(options, {});
  if (typeof recursive !== 'boolean') throw invalidArgType('options.recursive', 'boolean', recursive);
  if (typeof force !== 'boolean') throw invalidArgType('options.force', 'boolean', force);
  const target = toPath(path);
  if (!recursive) {
    let isDir = false;
    try {
      isDir = (ops.fsSync('lstat', target)[1] & constants.S_IFMT) === constants.S_IFDIR;
    } catch {
      // Missing paths are the op's to report.
    }
    if (isDir) {
      const error = systemError('ERR_FS_EISDIR', 'Path is a directory', {
        syscall: 'rm', errnoCode: 'EISDIR', errno: 21, detail: 'is a directory', path: target,
      });
      return { error };
    }
  }
  return { op: 'rm', args: [target, recursive, force] };
});

function direntsFrom(entries, dir, encoding) {
  return entries.map(([name, type]) => new Dirent(u.encodeName(name, encoding), type, dir));
}

/** Sorted like Node's recursive readdir: breadth-first over sub-directories. */
function readdirRecursiveSync(root, withFileTypes, encoding) {
  const out = [];
  const queue = [root];
  while (queue.length > 0) {
    const dir = queue.shift();
    const entries = ops.fsSync('readdir', dir, true);
    for (const [name, type] of entries) {
      const full = pathModule.join(dir, name);
      if (withFileTypes) out.push(new Dirent(name, type, dir));
      else out.push(u.encodeName(pathModule.relative(root, full), encoding));
      if (type === constants.UV_DIRENT_DIR) queue.push(full);
    }
  }
  return out;
}

function readdirPlan([path, options]) {
  const { encoding, withFileTypes = false, recursive = false } = getOptions(options, { encoding: 'utf8' });
  const dir = toPath(path);
  if (recursive) return { recursive: true, dir, withFileTypes, encoding };
  return {
    op: 'readdir',
    args: [dir, Boolean(withFileTypes)],
    map: (entries) => (withFileTypes ? direntsFrom(entries, dir, encoding) : entries.map((n) => u.encodeName(n, encoding))),
  };
}

fs.readdirSync = function readdirSync(path, options) {
  const p = readdirPlan([path, options]);
  if (p.recursive) return readdirRecursiveSync(p.dir, p.withFileTypes, p.encoding);
  return p.map(ops.fsSync(p.op, ...p.args));
};
fs.readdir = function readdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const cb = u.checkCallback(callback);
  const p = readdirPlan([path, options]);
  if (p.recursive) {
    let result;
    try {
      result = readdirRecursiveSync(p.dir, p.withFileTypes, p.encoding);
    } catch (err) {
      process.nextTick(cb, err);
      return;
    }
    process.nextTick(cb, null, result);
    return;
  }
  ops.fsAsync(p.op, (err, entries) => (err ? cb(err) : cb(null, p.map(entries))), ...p.args);
};
promises.readdir = async function readdir(path, options) {
  const p = readdirPlan([path, options]);
  if (p.recursive) return readdirRecursiveSync(p.dir, p.withFileTypes, p.encoding);
  return p.map(await ops.fsAsync(p.op, undefined, ...p.args));
};

// ---- whole files ------------------------------------------------------------------------------

function readFilePlan([path, options]) {
  const { encoding, flag } = getOptions(options, { encoding: null, flag: 'r' });
  u.checkEncoding(encoding);
  if (typeof path === 'number') {
    toFd(path);
    return { fd: path, encoding };
  }
  const file = toPath(path);
  if (flag !== 'r' && flag !== undefined) stringToFlags(flag);
  return { op: 'readFile', args: [file], map: (bytes) => u.encode(bytes, encoding) };
}

/** Reads from a descriptor until its end. */
function readAllSync(fd) {
  ops.fsSync('fstat', fd);
  const chunks = [];
  for (;;) {
    const chunk = ops.fsSync('read', fd, 64 * 1024, null);
    if (chunk.length === 0) break;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

fs.readFileSync = function readFileSync(path, options) {
  const p = readFilePlan([path, options]);
  if (p.fd !== undefined) return u.encode(readAllSync(p.fd), p.encoding);
  return p.map(ops.fsSync(p.op, ...p.args));
};
fs.readFile = function readFile(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const cb = u.checkCallback(callback);
  const p = readFilePlan([path, options]);
  const signal = options && typeof options === 'object' ? options.signal : undefined;
  if (signal && signal.aborted) {
    process.nextTick(cb, abortError(signal));
    return;
  }
  if (p.fd !== undefined) {
    let data;
    try {
      data = u.encode(readAllSync(p.fd), p.encoding);
    } catch (err) {
      process.nextTick(cb, err);
      return;
    }
    process.nextTick(cb, null, data);
    return;
  }
  ops.fsAsync(p.op, (err, bytes) => {
    if (signal && signal.aborted) cb(abortError(signal));
    else if (err) cb(err);
    else cb(null, p.map(bytes));
  }, ...p.args);
};
promises.readFile = async function readFile(path, options) {
  const p = readFilePlan([path, options]);
  const signal = options && typeof options === 'object' ? options.signal : undefined;
  if (signal && signal.aborted) throw abortError(signal);
  if (p.fd !== undefined) return u.encode(readAllSync(p.fd), p.encoding);
  const bytes = await ops.fsAsync(p.op, undefined, ...p.args);
  if (signal && signal.aborted) throw abortError(signal);
  return p.map(bytes);
};

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

function writeFilePlan([path, data, options], defaultFlag) {
  const { encoding, mode, flag } = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  u.checkEncoding(encoding);
  let bytes;
  if (typeof data === 'string' || ArrayBuffer.isView(data)) {
    bytes = u.toBytes(data, encoding);
  } else {
    throw invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (typeof path === 'number') return { fd: toFd(path), bytes };
  return { op: 'writeFile', args: [toPath(path, 'path'), bytes, stringToFlags(flag), parseMode(mode, 'mode', 0o666)] };
}

for (const [name, defaultFlag] of [['writeFile', 'w'], ['appendFile', 'a']]) {
  fs[`${name}Sync`] = function syncForm(path, data, options) {
    const p = writeFilePlan([path, data, options], defaultFlag);
    if (p.fd !== undefined) {
      ops.fsSync('write', p.fd, p.bytes, null);
      return;
    }
    ops.fsSync(p.op, ...p.args);
  };
  fs[name] = function callbackForm(path, data, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    const cb = u.checkCallback(callback);
    const p = writeFilePlan([path, data, options], defaultFlag);
    if (p.fd !== undefined) {
      ops.fsAsync('write', (err) => cb(err || null), p.fd, p.bytes, null);
      return;
    }
    ops.fsAsync(p.op, (err) => cb(err || null), ...p.args);
  };
  promises[name] = async function promiseForm(path, data, options) {
    const p = writeFilePlan([path, data, options], defaultFlag);
    if (p.fd !== undefined) {
      await ops.fsAsync('write', undefined, p.fd, p.bytes, null);
      return;
    }
    await ops.fsAsync(p.op, undefined, ...p.args);
  };
}

// ---- descriptors ------------------------------------------------------------------------------

function openPlan([path, flags, mode]) {
  return { op: 'open', args: [toPath(path), stringToFlags(flags), parseMode(mode, 'mode', 0o666)], map: (fd) => fd };
}
fs.openSync = function openSync(path, flags, mode) {
  const p = openPlan([path, flags, mode]);
  return ops.fsSync(p.op, ...p.args);
};
fs.open = function open(path, flags, mode, callback) {
  if (typeof flags === 'function') {
    callback = flags;
    flags = undefined;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = undefined;
  }
  const cb = u.checkCallback(callback);
  const p = openPlan([path, flags, mode]);
  ops.fsAsync(p.op, (err, fd) => (err ? cb(err) : cb(null, fd)), ...p.args);
};

define('close', 1, ([fd]) => ({ op: 'close', args: [toFd(fd)] }), { promise: false });
fs.close = function close(fd, callback = () => {}) {
  toFd(fd);
  if (typeof callback !== 'function') throw invalidArgType('cb', 'function', callback);
  ops.fsAsync('close', (err) => callback(err || null), fd);
};

/** Arguments of read(fd, buffer, offset, length, position) in all of Node's forms. */
function readArgs(fd, buffer, offsetOrOptions, length, position) {
  toFd(fd);
  let offset = offsetOrOptions;
  if (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
    ({ buffer = Buffer.alloc(16384), offset = 0, length, position = null } = buffer);
  } else if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length, position = null } = offsetOrOptions);
  }
  if (!ArrayBuffer.isView(buffer)) throw invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  if (offset === undefined || offset === null) offset = 0;
  if (typeof offset !== 'number') throw invalidArgType('offset', 'number', offset);
  if (length === undefined) length = buffer.byteLength - offset;
  if (typeof length !== 'number') throw invalidArgType('length', 'number', length);
  if (offset < 0 || offset > buffer.byteLength) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "offset" is out of range. It must be >= 0 && <= ${buffer.byteLength}. Received ${offset}`);
  }
  if (length < 0 || length > buffer.byteLength - offset) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "length" is out of range. It must be >= 0 && <= ${buffer.byteLength - offset}. Received ${length}`);
  }
  if (position !== null && position !== undefined && typeof position !== 'number' && typeof position !== 'bigint') {
    throw invalidArgType('position', ['integer', 'bigint'], position);
  }
  const pos = position === null || position === undefined || position < 0 ? null : Number(position);
  return { buffer, offset, length, position: pos };
}

function copyInto(target, offset, bytes) {
  new Uint8Array(target.buffer, target.byteOffset, target.byteLength).set(bytes, offset);
  return bytes.length;
}

fs.readSync = function readSync(fd, buffer, offset, length, position) {
  const a = readArgs(fd, buffer, offset, length, position);
  if (a.length === 0) return 0;
  return copyInto(a.buffer, a.offset, ops.fsSync('read', fd, a.length, a.position));
};
fs.read = function read(fd, buffer, offset, length, position, callback) {
  const args = [buffer, offset, length, position, callback];
  const cbIndex = args.findIndex((x) => typeof x === 'function');
  const cb = u.checkCallback(cbIndex === -1 ? undefined : args[cbIndex]);
  for (let i = cbIndex; i < args.length; i++) args[i] = undefined;
  const a = readArgs(fd, args[0], args[1], args[2], args[3]);
  if (a.length === 0) {
    process.nextTick(cb, null, 0, a.buffer);
    return;
  }
  ops.fsAsync('read', (err, bytes) => (err ? cb(err) : cb(null, copyInto(a.buffer, a.offset, bytes), a.buffer)), fd, a.length, a.position);
};

function writeArgs(fd, data, offsetOrOptions, lengthOrEncoding, position) {
  toFd(fd);
  if (typeof data === 'string') {
    // write(fd, string[, position[, encoding]])
    const encoding = typeof lengthOrEncoding === 'string' ? lengthOrEncoding : 'utf8';
    const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : null;
    return { bytes: Buffer.from(data, encoding), position: pos, result: data };
  }
  if (!ArrayBuffer.isView(data)) throw invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  let offset = offsetOrOptions;
  let length = lengthOrEncoding;
  if (offset !== null && typeof offset === 'object') ({ offset = 0, length, position = null } = offset);
  if (offset === undefined || offset === null) offset = 0;
  if (length === undefined || length === null) length = data.byteLength - offset;
  const bytes = new Uint8Array(data.buffer, data.byteOffset + offset, length);
  const pos = u.filePosition(position);
  return { bytes, position: pos, result: data };
}

fs.writeSync = function writeSync(fd, data, offset, length, position) {
  const a = writeArgs(fd, data, offset, length, position);
  return ops.fsSync('write', fd, a.bytes, a.position);
};
fs.write = function write(fd, data, ...rest) {
  const cb = u.checkCallback(rest.pop());
  const a = writeArgs(fd, data, rest[0], rest[1], rest[2]);
  ops.fsAsync('write', (err, n) => (err ? cb(err) : cb(null, n, a.result)), fd, a.bytes, a.position);
};

// Vectored I/O: one read or write of the buffers' total length, spread over them or gathered
// from them, so that the bytes land as one readv(2)/writev(2) would place them.
fs.writevSync = function writevSync(fd, buffers, position) {
  toFd(fd);
  u.checkBufferArray(buffers);
  if (buffers.length === 0) return 0;
  return ops.fsSync('write', fd, u.gather(buffers), u.filePosition(position));
};
fs.writev = function writev(fd, buffers, position, callback) {
  toFd(fd);
  u.checkBufferArray(buffers);
  const cb = u.checkCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(cb, null, 0, buffers);
    return;
  }
  ops.fsAsync('write', (err, n) => cb(err, err ? 0 : n, buffers), fd, u.gather(buffers), u.filePosition(position));
};
function totalLength(buffers) {
  return buffers.reduce((n, b) => n + b.byteLength, 0);
}
fs.readvSync = function readvSync(fd, buffers, position) {
  toFd(fd);
  u.checkBufferArray(buffers);
  const total = totalLength(buffers);
  if (total === 0) return 0;
  return u.scatter(ops.fsSync('read', fd, total, u.filePosition(position)), buffers);
};
fs.readv = function readv(fd, buffers, position, callback) {
  toFd(fd);
  u.checkBufferArray(buffers);
  const cb = u.checkCallback(callback || position);
  const total = totalLength(buffers);
  if (total === 0) {
    process.nextTick(cb, null, 0, buffers);
    return;
  }
  ops.fsAsync('read', (err, bytes) => cb(err, err ? 0 : u.scatter(bytes, buffers), buffers), fd, total, u.filePosition(position));
};

// ---- files as Blobs ---------------------------------------------------------------------------

fs.openAsBlob = function openAsBlob(path, options = {}) {
  path = toPath(path);
  validateObject(options, 'options');
  const type = options.type || '';
  if (typeof type !== 'string') throw invalidArgType('options.type', 'string', type);
  try {
    ops.fsSync('stat', path);
  } catch {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Unable to open file as blob');
  }
  const { blobOf } = require('internal/blob');
  return promises.readFile(path).then((bytes) => blobOf(bytes, type));
};

// ---- existence --------------------------------------------------------------------------------

fs.existsSync = function existsSync(path) {
  try {
    return ops.fsSync('exists', toPath(path));
  } catch {
    return false;
  }
};
fs.exists = function exists(path, callback) {
  u.checkCallback(callback);
  let p;
  try {
    p = toPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  ops.fsAsync('exists', (err, found) => callback(err ? false : found), p);
};

// ---- copying trees ----------------------------------------------------------------------------

function cpSync(src, dest, options = {}) {
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  const { recursive = false, force = true, errorOnExist = false, filter, dereference = false } = options;
  const stat = dereference ? fs.statSync(src) : fs.lstatSync(src);
  if (filter && !filter(src, dest)) return;
  if (stat.isDirectory()) {
    if (!recursive) {
      throw systemError('ERR_FS_EISDIR', 'Path is a directory', {
        syscall: 'cp', errnoCode: 'EISDIR', errno: 21, detail: `${src} is a directory (not copied)`, path: src,
      });
    }
    fs.mkdirSync(dest, { recursive: true });
    for (const name of fs.readdirSync(src)) {
      cpSync(pathModule.join(src, name), pathModule.join(dest, name), options);
    }
    return;
  }
  if (stat.isSymbolicLink()) {
    fs.symlinkSync(fs.readlinkSync(src), dest);
    return;
  }
  if (fs.existsSync(dest)) {
    if (errorOnExist && !force) {
      throw codedError(Error, 'ERR_FS_CP_EEXIST', `Target already exists: cp returned EEXIST (${dest} already exists)`);
    }
    if (!force) return;
  }
  fs.copyFileSync(src, dest);
}
fs.cpSync = cpSync;
fs.cp = function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const cb = u.checkCallback(callback);
  try {
    cpSync(src, dest, options);
  } catch (err) {
    process.nextTick(cb, err);
    return;
  }
  process.nextTick(cb, null);
};
promises.cp = async function cp(src, dest, options) {
  cpSync(src, dest, options);
};

// ---- directories as streams of entries --------------------------------------------------------

class Dir {
  #entries;
  #closed = false;

  constructor(path, entries) {
    this.path = path;
    this.#entries = entries;
  }

  readSync() {
    if (this.#closed) throw codedError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
    return this.#entries.length > 0 ? this.#entries.shift() : null;
  }

  read(callback) {
    if (typeof callback === 'function') {
      let entry;
      try {
        entry = this.readSync();
      } catch (err) {
        process.nextTick(callback, err);
        return undefined;
      }
      process.nextTick(callback, null, entry);
      return undefined;
    }
    return Promise.resolve().then(() => this.readSync());
  }

  closeSync() {
    if (this.#closed) throw codedError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
    this.#closed = true;
  }

  close(callback) {
    if (typeof callback === 'function') {
      try {
        this.closeSync();
      } catch (err) {
        process.nextTick(callback, err);
        return undefined;
      }
      process.nextTick(callback, null);
      return undefined;
    }
    return Promise.resolve().then(() => this.closeSync());
  }

  async *entries() {
    try {
      let entry;
      while ((entry = this.readSync()) !== null) yield entry;
    } finally {
      if (!this.#closed) this.closeSync();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

fs.opendirSync = function opendirSync(path, options) {
  const dir = toPath(path);
  return new Dir(dir, fs.readdirSync(dir, { ...getOptions(options, {}), withFileTypes: true }));
};
fs.opendir = function opendir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const cb = u.checkCallback(callback);
  let dir;
  try {
    dir = fs.opendirSync(path, options);
  } catch (err) {
    process.nextTick(cb, err);
    return;
  }
  process.nextTick(cb, null, dir);
};
promises.opendir = async function opendir(path, options) {
  return fs.opendirSync(path, options);
};

// ---- streams ----------------------------------------------------------------------------------

fs.createReadStream = function createReadStream(path, options) {
  const { ReadStream } = require('internal/fs_streams');
  return new ReadStream(path, options);
};
fs.createWriteStream = function createWriteStream(path, options) {
  const { WriteStream } = require('internal/fs_streams');
  return new WriteStream(path, options);
};
Object.defineProperty(fs, 'ReadStream', {
  enumerable: true,
  get: () => require('internal/fs_streams').ReadStream,
});
Object.defineProperty(fs, 'WriteStream', {
  enumerable: true,
  get: () => require('internal/fs_streams').WriteStream,
});

// ---- change notifications ---------------------------------------------------------------------

class FSWatcher extends require('events') {
  constructor(path, encoding, persistent, recursive) {
    super();
    this._encoding = encoding;
    this._id = ops.fsWatch(path, recursive, ([eventType, filename]) => {
      if (this._id !== null) this.emit('change', eventType, u.encodeName(filename, encoding));
    });
    if (!persistent) ops.fsWatchRef(this._id, false);
  }

  close() {
    if (this._id === null) return;
    ops.fsWatchClose(this._id);
    this._id = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._id !== null) ops.fsWatchRef(this._id, true);
    return this;
  }

  unref() {
    if (this._id !== null) ops.fsWatchRef(this._id, false);
    return this;
  }
}

fs.watch = function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = getOptions(options, {});
  if (typeof recursive !== 'boolean') throw invalidArgType('options.recursive', 'boolean', recursive);
  u.checkEncoding(encoding);
  const watcher = new FSWatcher(toPath(filename, 'filename'), encoding, persistent, !!recursive);
  if (typeof listener === 'function') watcher.on('change', listener);
  if (signal) {
    if (signal.aborted) process.nextTick(() => watcher.close());
    else signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
};
fs.FSWatcher = FSWatcher;

// ---- polling watchers -------------------------------------------------------------------------

const statWatchers = new Map();

/** Stats of a missing file, as Node reports them to watchFile listeners: all zero. */
function emptyStats(bigint) {
  return makeStats(new Array(18).fill(0), bigint);
}

class StatWatcher extends require('events') {
  constructor(path, interval, bigint, persistent) {
    super();
    this._path = path;
    this._bigint = bigint;
    this._last = this._stat();
    this._timer = setInterval(() => this._poll(), interval);
    if (!persistent) this._timer.unref();
    if (this._missing) {
      // A file missing from the start is reported once at once, as libuv's poller does.
      const first = setImmediate(() => this.emit('change', this._last, this._last));
      if (!persistent) first.unref();
    }
  }

  _stat() {
    try {
      const stats = makeStats(ops.fsSync('stat', this._path), this._bigint);
      this._missing = false;
      return stats;
    } catch {
      this._missing = true;
      return emptyStats(this._bigint);
    }
  }

  _poll() {
    const current = this._stat();
    const prev = this._last;
    if (current.mtimeMs !== prev.mtimeMs || current.size !== prev.size || current.ino !== prev.ino || current.mode !== prev.mode || current.nlink !== prev.nlink) {
      this._last = current;
      this.emit('change', current, prev);
    }
  }

  stop() {
    clearInterval(this._timer);
    this.emit('stop');
  }

  ref() {
    this._timer.ref();
    return this;
  }

  unref() {
    this._timer.unref();
    return this;
  }
}

fs.watchFile = function watchFile(filename, options, listener) {
  const path = pathModule.resolve(toPath(filename, 'filename'));
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  const { interval = 5007, persistent = true, bigint = false } = options || {};
  if (typeof listener !== 'function') throw invalidArgType('listener', 'Function', listener);
  let watcher = statWatchers.get(path);
  if (watcher === undefined) {
    watcher = new StatWatcher(path, interval, bigint, persistent);
    statWatchers.set(path, watcher);
  }
  watcher.on('change', listener);
  return watcher;
};

fs.unwatchFile = function unwatchFile(filename, listener) {
  const path = pathModule.resolve(toPath(filename, 'filename'));
  const watcher = statWatchers.get(path);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(path);
  }
};

// ---- the rest ---------------------------------------------------------------------------------

fs.constants = constants;
fs.F_OK = constants.F_OK;
fs.R_OK = constants.R_OK;
fs.W_OK = constants.W_OK;
fs.X_OK = constants.X_OK;
fs.Stats = u.Stats;
fs.Dirent = Dirent;
fs.Dir = Dir;
promises.constants = constants;

Object.defineProperty(fs, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('fs/promises');
  },
});

fs._promiseForms = promises;
Object.defineProperty(fs, '_promiseForms', { enumerable: false });
