'use strict';
// The `fs` module. Each operation is planned once (arguments checked and converted, result
// shaped) and then offered in three forms: `nameSync`, `name(..., callback)` and
// `fs.promises.name`. The work itself is `ops.fsSync` / `ops.fsAsync` (runtime/src/ops/fs.rs).

const { Buffer } = require('buffer');
const { codedError, invalidArgType, systemError, validateInteger, validateObject } = require('internal/errors');
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
  fs[`${name}Sync`] = named(`${name}Sync`, function syncForm(...args) {
    const p = plan(args);
    if (p.error) throw p.error;
    const result = ops.fsSync(p.op, ...p.args);
    return p.map ? p.map(result) : undefined;
  });
  fs[name] = named(name, function callbackForm(...args) {
    // The callback follows the optional arguments given, or sits at its own place (Node
    // then reports what is there, or undefined).
    const last = args.length - 1;
    const hasCallback = typeof args[last] === 'function' || args.length > params;
    const cb = u.checkCallback(hasCallback ? args[last] : undefined);
    if (hasCallback) args.length = last;
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
  });
  if (promise) {
    promises[name] = named(name, async function promiseForm(...args) {
      const p = plan(args);
      if (p.error) throw p.error;
      const result = await ops.fsAsync(p.op, undefined, ...p.args);
      return p.map ? p.map(result) : undefined;
    });
  }
}

/** `fn`, reporting `name` as its name. */
function named(name, fn) {
  return Object.defineProperty(fn, 'name', { value: name });
}

// ---- paths and metadata -----------------------------------------------------------------------

define('access', 2, ([path, mode]) => ({ op: 'access', args: [toPath(path), accessMode(mode, constants.F_OK)] }));

/** Whether stat-like options ask for bigints; Node reads the flag from any value given. */
function wantsBigint(options = {}) {
  return options.bigint === true;
}

for (const name of ['stat', 'lstat']) {
  define(name, 2, ([path, options]) => {
    const bigint = wantsBigint(options);
    return { op: name, args: [toPath(path)], map: (raw) => makeStats(raw, bigint) };
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
  const bigint = wantsBigint(options);
  return { op: 'fstat', args: [u.toNativeFd(fd)], map: (raw) => makeStats(raw, bigint) };
}, { promise: false });

define('statfs', 2, ([path, options]) => {
  const bigint = wantsBigint(options);
  return { op: 'statfs', args: [toPath(path)], map: (raw) => u.makeStatFs(raw, bigint) };
});

define('chmod', 2, ([path, mode]) => ({ op: 'chmod', args: [toPath(path), parseMode(mode, 'mode')] }));
// The descriptor is checked last, as Node's binding checks it after the other arguments.
define('fchmod', 2, ([fd, mode]) => {
  const bits = parseMode(mode, 'mode');
  return { op: 'fchmod', args: [u.toNativeFd(fd), bits] };
}, { promise: false });
// Linux has no lchmod: Node leaves the callback and sync forms undefined, and the promise form
// rejects.
fs.lchmod = undefined;
fs.lchmodSync = undefined;
promises.lchmod = async function lchmod() {
  throw codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The lchmod() method is not implemented');
};

function checkId(id, name) {
  validateInteger(id, name, -1, 4294967295);
  return id >>> 0;
}
define('chown', 3, ([path, uid, gid]) => ({ op: 'chown', args: [toPath(path), checkId(uid, 'uid'), checkId(gid, 'gid')] }));
define('lchown', 3, ([path, uid, gid]) => ({ op: 'lchown', args: [toPath(path), checkId(uid, 'uid'), checkId(gid, 'gid')] }));
define('fchown', 3, ([fd, uid, gid]) => {
  const ids = [checkId(uid, 'uid'), checkId(gid, 'gid')];
  return { op: 'fchown', args: [u.toNativeFd(fd), ...ids] };
}, { promise: false });

define('utimes', 3, ([path, atime, mtime]) => ({ op: 'utimes', args: [toPath(path), u.toUnixTimestamp(atime), u.toUnixTimestamp(mtime)] }));
define('lutimes', 3, ([path, atime, mtime]) => ({ op: 'lutimes', args: [toPath(path), u.toUnixTimestamp(atime), u.toUnixTimestamp(mtime)] }));
define('futimes', 3, ([fd, atime, mtime]) => {
  const times = [u.toUnixTimestamp(atime, 'atime'), u.toUnixTimestamp(mtime, 'mtime')];
  return { op: 'futimes', args: [u.toNativeFd(fd), ...times] };
}, { promise: false });
fs._toUnixTimestamp = u.toUnixTimestamp;

function ftruncatePlan([fd, len]) {
  const length = u.checkLength(len);
  return { op: 'ftruncate', args: [u.toNativeFd(fd), length] };
}
let truncateFdWarned = false;
// The sync and callback forms still take a descriptor, with a warning; the promise form does not.
define('truncate', 2, ([path, len]) => {
  if (typeof path !== 'number') return { op: 'truncate', args: [toPath(path), u.checkLength(len)] };
  if (!truncateFdWarned) {
    truncateFdWarned = true;
    process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
  }
  return ftruncatePlan([path, len]);
}, { promise: false });
promises.truncate = async function truncate(path, len) {
  await ops.fsAsync('truncate', undefined, toPath(path), u.checkLength(len));
};
define('ftruncate', 2, ftruncatePlan, { promise: false });
define('fsync', 1, ([fd]) => ({ op: 'fsync', args: [u.toNativeFd(fd)] }), { promise: false });
define('fdatasync', 1, ([fd]) => ({ op: 'fdatasync', args: [u.toNativeFd(fd)] }), { promise: false });

// ---- links and names --------------------------------------------------------------------------

define('rename', 2, ([from, to]) => ({ op: 'rename', args: [toPath(from, 'oldPath'), toPath(to, 'newPath')] }));
define('link', 2, ([existing, path]) => ({ op: 'link', args: [toPath(existing, 'existingPath'), toPath(path, 'newPath')] }));
// Node takes symlink's last argument, whatever it is, as the callback.
define('symlink', 0, ([target, path, type]) => {
  const args = [toPath(target, 'target'), toPath(path)];
  // The type only matters on Windows, but a string must still name a kind of link.
  if (typeof type === 'string' && !['dir', 'file', 'junction'].includes(type)) {
    throw codedError(Error, 'ERR_FS_INVALID_SYMLINK_TYPE', `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`);
  }
  return { op: 'symlink', args };
});
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
    path = jsRealpathArg(path);
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
    path = jsRealpathArg(path);
    nativeCallback(path, options, (err, resolved) => (err ? cb(lstatError(path, err)) : cb(null, resolved)));
  };
  // Node's native forms are anonymous.
  fs.realpathSync.native = named('', nativeSync);
  fs.realpath.native = named('', nativeCallback);
}

/** The JS forms of realpath take any path that is no URL as its string form. */
function jsRealpathArg(path) {
  if (path !== null && typeof path === 'object' && typeof path.href === 'string' && path.protocol !== undefined) return path;
  return typeof path === 'string' ? path : `${path}`;
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

/** rmdir's options, checked and completed as Node does. */
function rmdirOptions(options, defaults = { retryDelay: 100, maxRetries: 0, recursive: false }) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  const opts = { ...defaults, ...options };
  if (typeof opts.recursive !== 'boolean') throw invalidArgType('options.recursive', 'boolean', opts.recursive);
  u.checkInt32(opts.retryDelay, 'options.retryDelay', 0);
  u.checkUint32(opts.maxRetries, 'options.maxRetries');
  return opts;
}

/** rm's options, checked and completed. */
function rmOptions(options) {
  const opts = rmdirOptions(options, { recursive: false, force: false, retryDelay: 100, maxRetries: 0 });
  if (typeof opts.force !== 'boolean') throw invalidArgType('options.force', 'boolean', opts.force);
  return opts;
}

/**
 * What rm finds at `path`: `{ error }` for a directory without `recursive` or a failed lstat,
 * else whether it is a directory.
 */
function rmTarget(path, opts) {
  let isDir = false;
  try {
    isDir = (ops.fsSync('lstat', path)[1] & constants.S_IFMT) === constants.S_IFDIR;
  } catch (err) {
    if (!opts.force || err.code !== 'ENOENT') return { error: err };
  }
  if (isDir && !opts.recursive) {
    const error = systemError('ERR_FS_EISDIR', 'Path is a directory', {
      syscall: 'rm', errnoCode: 'EISDIR', errno: require('os').constants.errno.EISDIR, detail: 'is a directory', path,
    });
    return { error };
  }
  return { isDir };
}

let recursiveRmdirWarned = false;
define('rmdir', 2, ([path, options]) => {
  const target = toPath(path);
  if (options && options.recursive) {
    if (!recursiveRmdirWarned) {
      recursiveRmdirWarned = true;
      process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
    }
    const found = rmTarget(target, rmOptions({ ...options, force: false }));
    if (found.error) return found;
    // Anything but a directory is left to rmdir to refuse.
    if (found.isDir) return { op: 'rm', args: [target, true, false] };
  } else {
    rmdirOptions(options);
  }
  return { op: 'rmdir', args: [target] };
});

define('rm', 2, ([path, options]) => {
  const target = toPath(path);
  const opts = rmOptions(options);
  // A forced recursive removal needs no look first: the op ignores what is missing.
  if (!opts.force || !opts.recursive) {
    const found = rmTarget(target, opts);
    if (found.error) return found;
  }
  return { op: 'rm', args: [target, opts.recursive, opts.force] };
});

function direntsFrom(entries, dir, encoding) {
  return entries.map(([name, type]) => new Dirent(u.encodeName(name, encoding), type, dir));
}

/**
 * Node's recursive readdir: breadth-first over sub-directories. Names follow links to
 * directories; Dirents do not.
 */
function readdirRecursiveSync(root, withFileTypes, encoding) {
  const out = [];
  const queue = [root];
  while (queue.length > 0) {
    const dir = queue.shift();
    const entries = ops.fsSync('readdir', dir, true);
    for (const [name, type] of entries) {
      const full = pathModule.join(dir, name);
      if (withFileTypes) {
        out.push(new Dirent(u.encodeName(name, encoding), type, dir));
        if (type === constants.UV_DIRENT_DIR) queue.push(full);
      } else {
        out.push(u.encodeName(pathModule.relative(root, full), encoding));
        if (type === constants.UV_DIRENT_DIR || (type === constants.UV_DIRENT_LINK && isDirectory(full))) queue.push(full);
      }
    }
  }
  return out;
}

function isDirectory(path) {
  try {
    return (ops.fsSync('stat', path)[1] & constants.S_IFMT) === constants.S_IFDIR;
  } catch {
    return false;
  }
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

/** How to read a whole file; the promise forms take no descriptor (`byFd` false). */
function readFilePlan([path, options], byFd = true) {
  const { encoding, flag } = getOptions(options, { flag: 'r' });
  if (byFd && u.isFd(path)) return { fd: path, encoding };
  const flags = stringToFlags(flag);
  return { op: 'readFile', args: [toPath(path), flags], map: (bytes) => u.encode(bytes, encoding) };
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
  const cb = u.checkCallback(callback || options);
  const p = readFilePlan([path, options]);
  const signal = options && typeof options === 'object' ? options.signal : undefined;
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
  // An operation aborted before it starts reports so at once, as Node does.
  if (signal && signal.aborted) {
    cb(abortError(signal));
    return;
  }
  ops.fsAsync(p.op, (err, bytes) => {
    if (signal && signal.aborted) cb(abortError(signal));
    else if (err) cb(err);
    else cb(null, p.map(bytes));
  }, ...p.args);
};
promises.readFile = async function readFile(path, options) {
  const p = readFilePlan([path, options], false);
  const signal = options && typeof options === 'object' ? options.signal : undefined;
  if (signal && signal.aborted) throw abortError(signal);
  const bytes = await ops.fsAsync(p.op, undefined, ...p.args);
  if (signal && signal.aborted) throw abortError(signal);
  return p.map(bytes);
};

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

function writeFileOptions(options, defaultFlag) {
  const opts = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag, flush: false });
  if (opts.flush !== undefined && opts.flush !== null && typeof opts.flush !== 'boolean') {
    throw invalidArgType('options.flush', 'boolean', opts.flush);
  }
  return { ...opts, flag: opts.flag || defaultFlag };
}

/** Where writeFile writes: a descriptor given, or a file to open with the options' flag and mode. */
function writeTarget(path, opts, byFd = true) {
  if (byFd && u.isFd(path)) return { fd: path };
  const file = toPath(path);
  return { file, flags: stringToFlags(opts.flag), mode: parseMode(opts.mode, 'mode', 0o666) };
}

/** The op and its arguments that write `bytes` to `target`. */
function writeCall(target, bytes) {
  if (target.fd !== undefined) return ['write', target.fd, bytes, null];
  return ['writeFile', target.file, bytes, target.flags, target.mode];
}

for (const [name, defaultFlag] of [['writeFile', 'w'], ['appendFile', 'a']]) {
  fs[`${name}Sync`] = named(`${name}Sync`, function syncForm(path, data, options) {
    const opts = writeFileOptions(options, defaultFlag);
    const bytes = u.dataBytes(data, opts.encoding);
    ops.fsSync(...writeCall(writeTarget(path, opts), bytes));
  });
  fs[name] = named(name, function callbackForm(path, data, options, callback) {
    const cb = u.checkCallback(callback || options);
    const opts = writeFileOptions(options, defaultFlag);
    const bytes = u.dataBytes(data, opts.encoding);
    const target = writeTarget(path, opts);
    const { signal } = opts;
    // An operation aborted before it starts reports so at once, as Node does.
    if (target.fd === undefined && signal && signal.aborted) {
      cb(abortError(signal));
      return;
    }
    const [op, ...args] = writeCall(target, bytes);
    ops.fsAsync(op, (err) => {
      if (signal && signal.aborted) cb(abortError(signal));
      else cb(err || null);
    }, ...args);
  });
  // The promise forms also take (async) iterables of chunks.
  promises[name] = named(name, async function promiseForm(path, data, options) {
    const opts = writeFileOptions(options, defaultFlag);
    const bytes = u.isCustomIterable(data) ? null : u.dataBytes(data, opts.encoding);
    const target = writeTarget(path, opts, false);
    const { signal } = opts;
    if (signal && signal.aborted) throw abortError(signal);
    const [op, ...args] = writeCall(target, bytes || await u.iterableBytes(data, opts.encoding));
    await ops.fsAsync(op, undefined, ...args);
    if (signal && signal.aborted) throw abortError(signal);
  });
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
  toPath(path);
  // open(path, callback) and open(path, flags, callback): the last argument is the callback.
  if (arguments.length < 3) {
    callback = flags;
    flags = undefined;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = undefined;
  }
  const p = openPlan([path, flags, mode]);
  const cb = u.checkCallback(callback);
  ops.fsAsync(p.op, (err, fd) => (err ? cb(err) : cb(null, fd)), ...p.args);
};

define('close', 1, ([fd]) => ({ op: 'close', args: [u.toNativeFd(fd)] }), { promise: false });
fs.close = function close(fd, callback = () => {}) {
  u.toNativeFd(fd);
  if (typeof callback !== 'function') throw invalidArgType('cb', 'function', callback);
  ops.fsAsync('close', (err) => callback(err || null), fd);
};

function copyInto(target, offset, bytes) {
  new Uint8Array(target.buffer, target.byteOffset, target.byteLength).set(bytes, offset);
  return bytes.length;
}

fs.readSync = function readSync(fd, buffer, offsetOrOptions, length, position) {
  toFd(fd);
  u.checkBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) u.checkNullableOptions(offsetOrOptions);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  const range = u.readRange(buffer, offset, length, position);
  if (range === null) return 0;
  return copyInto(buffer, range.offset, ops.fsSync('read', fd, range.length, range.position));
};
// read(fd, callback), read(fd, buffer | options, callback), read(fd, buffer, options, callback)
// or read(fd, buffer, offset, length, position, callback).
fs.read = function read(fd, buffer, offsetOrOptions, length, position, callback) {
  toFd(fd);
  let offset = offsetOrOptions;
  if (arguments.length <= 4) {
    let params;
    if (arguments.length === 4) {
      u.checkNullableOptions(offsetOrOptions);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!ArrayBuffer.isView(buffer)) {
        u.checkNullableOptions(buffer);
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  u.checkBuffer(buffer);
  const cb = u.checkCallback(callback);
  const range = u.readRange(buffer, offset, length, position);
  if (range === null) {
    process.nextTick(cb, null, 0, buffer);
    return;
  }
  ops.fsAsync('read', (err, bytes) => {
    if (err) cb(err, 0, buffer);
    else cb(null, copyInto(buffer, range.offset, bytes), buffer);
  }, fd, range.length, range.position);
};

fs.writeSync = function writeSync(fd, buffer, offsetOrOptions, length, position) {
  toFd(fd);
  const a = ArrayBuffer.isView(buffer)
    ? u.bufferToWrite(buffer, offsetOrOptions, length, position)
    : u.stringToWrite(buffer, offsetOrOptions, length);
  return ops.fsSync('write', fd, a.bytes, a.position);
};
// write(fd, buffer[, offset | options[, length[, position]]], callback) or
// write(fd, string[, position[, encoding]], callback).
fs.write = function write(fd, buffer, offsetOrOptions, length, position, callback) {
  toFd(fd);
  let a;
  if (ArrayBuffer.isView(buffer)) {
    callback = u.checkCallback(callback || position || length || offsetOrOptions);
    a = u.bufferToWrite(buffer, offsetOrOptions, length, position);
  } else {
    let offset = offsetOrOptions;
    let encoding = length;
    if (typeof position !== 'function') {
      if (typeof offset === 'function') {
        position = offset;
        offset = null;
      } else {
        position = length;
      }
      encoding = 'utf8';
    }
    a = u.stringToWrite(buffer, offset, encoding);
    callback = u.checkCallback(position);
  }
  const cb = callback;
  ops.fsAsync('write', (err, n) => cb(err || null, n || 0, buffer), fd, a.bytes, a.position);
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
fs.readvSync = function readvSync(fd, buffers, position) {
  toFd(fd);
  u.checkBufferArray(buffers);
  const total = u.totalLength(buffers);
  if (total === 0) return 0;
  return u.scatter(ops.fsSync('read', fd, total, u.filePosition(position)), buffers);
};
fs.readv = function readv(fd, buffers, position, callback) {
  toFd(fd);
  u.checkBufferArray(buffers);
  const cb = u.checkCallback(callback || position);
  const total = u.totalLength(buffers);
  if (total === 0) {
    process.nextTick(cb, null, 0, buffers);
    return;
  }
  ops.fsAsync('read', (err, bytes) => cb(err, err ? 0 : u.scatter(bytes, buffers), buffers), fd, total, u.filePosition(position));
};

// util.promisify resolves these with an object of the callback's results.
{
  const { kCustomPromisifyArgs } = require('internal/promisify_args');
  for (const [name, fields] of [['read', ['bytesRead', 'buffer']], ['write', ['bytesWritten', 'buffer']], ['readv', ['bytesRead', 'buffers']], ['writev', ['bytesWritten', 'buffers']]]) {
    Object.defineProperty(fs[name], kCustomPromisifyArgs, { value: fields, enumerable: false });
  }
}

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
// Its callback takes no error first, so util.promisify needs to be told how to wrap it.
Object.defineProperty(fs.exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

// ---- copying trees ----------------------------------------------------------------------------

fs.cpSync = function cpSync(src, dest, options) {
  require('internal/fs_cp').cpSync(src, dest, options);
};
fs.cp = function cp(src, dest, options, callback) {
  require('internal/fs_cp').cp(src, dest, options, callback);
};
promises.cp = async function cp(src, dest, options) {
  return require('internal/fs_cp').cpPromise(src, dest, options);
};

// ---- directories as streams of entries --------------------------------------------------------

function dirClosed() {
  return codedError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
}

class Dir {
  #entries;
  #closed = false;

  constructor(path, entries) {
    this.path = path;
    this.#entries = entries;
  }

  readSync() {
    if (this.#closed) throw dirClosed();
    return this.#entries.length > 0 ? this.#entries.shift() : null;
  }

  read(callback) {
    if (callback === undefined) return Promise.resolve().then(() => this.readSync());
    if (this.#closed) throw dirClosed();
    u.checkCallback(callback, 'callback');
    process.nextTick(callback, null, this.readSync());
    return undefined;
  }

  closeSync() {
    if (this.#closed) throw dirClosed();
    this.#closed = true;
  }

  close(callback) {
    if (callback === undefined) return Promise.resolve().then(() => this.closeSync());
    u.checkCallback(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, dirClosed());
      return undefined;
    }
    this.#closed = true;
    process.nextTick(callback, null);
    return undefined;
  }

  async *entries() {
    try {
      let entry;
      while ((entry = await this.read()) !== null) yield entry;
    } finally {
      await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

/** How to open a directory; the synchronous form's errors do not name the path, as in Node. */
function opendirPlan(path, options, namePath) {
  const dir = toPath(path);
  const { encoding, bufferSize = 32 } = getOptions(options, { encoding: 'utf8' });
  u.checkUint32(bufferSize, 'options.bufferSize', 1);
  return {
    op: 'opendir',
    args: [dir, namePath],
    map: (entries) => new Dir(dir, direntsFrom(entries, dir, encoding)),
  };
}

fs.opendirSync = function opendirSync(path, options) {
  const p = opendirPlan(path, options, false);
  return p.map(ops.fsSync(p.op, ...p.args));
};
fs.opendir = function opendir(path, options, callback) {
  const cb = u.checkCallback(typeof options === 'function' ? options : callback, 'callback');
  const p = opendirPlan(path, options, true);
  ops.fsAsync(p.op, (err, entries) => (err ? cb(err) : cb(null, p.map(entries))), ...p.args);
};
promises.opendir = async function opendir(path, options) {
  const p = opendirPlan(path, options, true);
  return p.map(await ops.fsAsync(p.op, undefined, ...p.args));
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
// The stream classes can be replaced, as in Node; FileReadStream and FileWriteStream are the
// same slots under older names.
{
  const streams = {};
  for (const [kind, names] of [['ReadStream', ['ReadStream', 'FileReadStream']], ['WriteStream', ['WriteStream', 'FileWriteStream']]]) {
    for (const name of names) {
      Object.defineProperty(fs, name, {
        enumerable: true,
        configurable: true,
        get: named(`get ${name}`, () => streams[kind] || require('internal/fs_streams')[kind]),
        set: named(`set ${name}`, (value) => {
          streams[kind] = value;
        }),
      });
    }
  }
}

// ---- change notifications ---------------------------------------------------------------------

class FSWatcher extends require('events') {
  constructor(path, encoding, persistent, recursive) {
    super();
    this._encoding = encoding;
    this._id = ops.fsWatch(path, recursive, ([eventType, filename]) => {
      if (this._id !== null) this.emit('change', eventType, u.encodeName(filename, encoding));
    });
    if (!persistent) ops.streamRef(this._id, false);
  }

  close() {
    if (this._id === null) return;
    ops.fsWatchClose(this._id);
    this._id = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._id !== null) ops.streamRef(this._id, true);
    return this;
  }

  unref() {
    if (this._id !== null) ops.streamRef(this._id, false);
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
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      // The listener goes with the watcher, so a long-lived signal does not keep it.
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
};

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

for (const [name, value] of [['constants', constants], ...['F_OK', 'R_OK', 'W_OK', 'X_OK'].map((n) => [n, constants[n]])]) {
  Object.defineProperty(fs, name, { value, enumerable: true, writable: false, configurable: false });
}
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
