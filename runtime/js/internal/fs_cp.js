'use strict';
// fs.cp, fs.cpSync and fs.promises.cp. The copy is written once, as a generator that yields
// the file system calls it needs ([name, ...args]); a synchronous and an asynchronous driver
// carry them out, so both forms make the same checks and the same copies.

const pathModule = require('path');
const {
  codedError, invalidArgType, invalidReturnValue, systemError, validateInteger, validateObject,
} = require('internal/errors');
const u = require('internal/fs_utils');

// The errno numbers Node puts in these errors are the OS's (positive) ones.
const { EINVAL, EISDIR, ENOTDIR, EEXIST } = require('os').constants.errno;

const defaults = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

function checkOptions(options) {
  if (options === undefined) return { ...defaults, mode: 0 };
  validateObject(options, 'options');
  const opts = { ...defaults, ...options };
  for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    if (typeof opts[name] !== 'boolean') throw invalidArgType(`options.${name}`, 'boolean', opts[name]);
  }
  if (opts.mode === undefined || opts.mode === null) opts.mode = 0;
  else validateInteger(opts.mode, 'mode', 0, 7);
  if (opts.dereference && opts.verbatimSymlinks) {
    throw codedError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "dereference" cannot be used in combination with option "verbatimSymlinks"');
  }
  if (opts.filter !== undefined && typeof opts.filter !== 'function') throw invalidArgType('options.filter', 'Function', opts.filter);
  return opts;
}

/** The cp-specific SystemErrors; their errno is positive, unlike those of system calls. */
const kinds = {
  ERR_FS_CP_EINVAL: ['Invalid src or dest', 'EINVAL', EINVAL],
  ERR_FS_CP_DIR_TO_NON_DIR: ['Cannot overwrite non-directory with directory', 'EISDIR', EISDIR],
  ERR_FS_CP_NON_DIR_TO_DIR: ['Cannot overwrite directory with non-directory', 'ENOTDIR', ENOTDIR],
  ERR_FS_CP_EEXIST: ['Target already exists', 'EEXIST', EEXIST],
  ERR_FS_EISDIR: ['Path is a directory', 'EISDIR', EINVAL],
  ERR_FS_CP_SOCKET: ['Cannot copy a socket file', 'EINVAL', EINVAL],
  ERR_FS_CP_FIFO_PIPE: ['Cannot copy a FIFO pipe', 'EINVAL', EINVAL],
  ERR_FS_CP_UNKNOWN: ['Cannot copy an unknown file type', 'EINVAL', EINVAL],
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: ['Cannot overwrite symlink in subdirectory of self', 'EINVAL', EINVAL],
};

function cpError(code, detail, path) {
  const [prefix, errnoCode, errno] = kinds[code];
  return systemError(code, prefix, { syscall: 'cp', errnoCode, errno, detail, path });
}

function sameFile(a, b) {
  return Boolean(b.ino && b.dev) && a.ino === b.ino && a.dev === b.dev;
}

/** Whether `dest` is `src` or lies below it, comparing whole path components. */
function isSubdir(src, dest) {
  const destParts = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return pathModule.resolve(src).split(pathModule.sep).filter(Boolean).every((part, i) => destParts[i] === part);
}

// ---- the copy ---------------------------------------------------------------------------------

function* statPair(src, dest, opts) {
  const how = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [how, src, { bigint: true }];
  try {
    return { srcStat, destStat: yield [how, dest, { bigint: true }] };
  } catch (err) {
    if (err.code === 'ENOENT') return { srcStat, destStat: null };
    throw err;
  }
}

function* checkPaths(src, dest, opts) {
  const { srcStat, destStat } = yield* statPair(src, dest, opts);
  if (destStat) {
    if (sameFile(srcStat, destStat)) throw cpError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same', dest);
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcStat.isDirectory() && isSubdir(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  return { srcStat, destStat };
}

/** Refuses a destination whose ancestors include the source itself (reached through links). */
function* checkParents(src, srcStat, dest) {
  const srcParent = pathModule.resolve(pathModule.dirname(src));
  let destParent = pathModule.resolve(pathModule.dirname(dest));
  while (destParent !== srcParent && destParent !== pathModule.parse(destParent).root) {
    let parentStat;
    try {
      parentStat = yield ['stat', destParent, { bigint: true }];
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    if (sameFile(srcStat, parentStat)) {
      throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
    }
    destParent = pathModule.resolve(pathModule.dirname(destParent));
  }
}

function* copyEntry(destStat, src, dest, opts) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      const err = cpError('ERR_FS_EISDIR', `${src} is a directory (not copied)`, src);
      // Node's asynchronous form gives this one the errno of EISDIR, its synchronous one EINVAL's.
      if (opts.asyncForm) err.errno = err.info.errno = EISDIR;
      throw err;
    }
    yield* copyDirectory(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    yield* copyPlainFile(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isSymbolicLink()) {
    yield* copyLink(destStat, src, dest, opts);
  } else if (srcStat.isSocket()) {
    throw cpError('ERR_FS_CP_SOCKET', `cannot copy a socket file: ${dest}`, dest);
  } else if (srcStat.isFIFO()) {
    throw cpError('ERR_FS_CP_FIFO_PIPE', `cannot copy a FIFO pipe: ${dest}`, dest);
  } else {
    throw cpError('ERR_FS_CP_UNKNOWN', `cannot copy an unknown file type: ${dest}`, dest);
  }
}

function* copyPlainFile(srcStat, destStat, src, dest, opts) {
  if (destStat) {
    if (!opts.force) {
      if (opts.errorOnExist) throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest);
      return;
    }
    yield ['unlink', dest];
  }
  yield ['copyFile', src, dest, opts.mode];
  if (opts.preserveTimestamps) {
    // A read-only copy must be made writable before its times can be set.
    if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
    const current = yield ['stat', src];
    yield ['utimes', dest, current.atime, current.mtime];
  }
  yield ['chmod', dest, srcStat.mode];
}

function* copyDirectory(srcStat, destStat, src, dest, opts) {
  if (!destStat) yield ['mkdir', dest];
  for (const name of yield ['readdir', src]) {
    const srcItem = pathModule.join(src, name);
    const destItem = pathModule.join(dest, name);
    if (!(yield ['filter', opts.filter, srcItem, destItem])) continue;
    const { destStat: itemStat } = yield* checkPaths(srcItem, destItem, opts);
    yield* copyEntry(itemStat, srcItem, destItem, opts);
  }
  if (!destStat) yield ['chmod', dest, srcStat.mode];
}

function* copyLink(destStat, src, dest, opts) {
  let target = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
    target = pathModule.resolve(pathModule.dirname(src), target);
  }
  if (!destStat) {
    yield ['symlink', target, dest];
    return;
  }
  let destTarget;
  try {
    destTarget = yield ['readlink', dest];
  } catch (err) {
    // The destination is no link: a link takes its place.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      yield ['symlink', target, dest];
      return;
    }
    throw err;
  }
  if (!pathModule.isAbsolute(destTarget)) destTarget = pathModule.resolve(pathModule.dirname(dest), destTarget);
  if (isSubdir(target, destTarget)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${target} to a subdirectory of self ${destTarget}`, dest);
  }
  // Replacing a link to a directory that holds the source would leave the new link dangling.
  if ((yield ['stat', src]).isDirectory() && isSubdir(destTarget, target)) {
    throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', `cannot overwrite ${destTarget} with ${target}`, dest);
  }
  yield ['unlink', dest];
  yield ['symlink', target, dest];
}

/** The whole copy. The filter is asked first, before the files are looked at. */
function* copyTree(src, dest, opts) {
  if (!(yield ['filter', opts.filter, src, dest])) return;
  const { srcStat, destStat } = yield* checkPaths(src, dest, opts);
  yield* checkParents(src, srcStat, dest);
  const parent = pathModule.dirname(dest);
  if (!(yield ['exists', parent])) yield ['mkdir', parent, { recursive: true }];
  yield* copyEntry(destStat, src, dest, opts);
}

// ---- drivers ----------------------------------------------------------------------------------

function syncCall(fs, [name, ...args]) {
  if (name === 'exists') return fs.existsSync(args[0]);
  if (name === 'filter') {
    const [filter, src, dest] = args;
    if (filter === undefined) return true;
    const keep = filter(src, dest);
    if (keep && typeof keep.then === 'function') throw invalidReturnValue('boolean', 'filter', keep);
    return keep;
  }
  return fs[`${name}Sync`](...args);
}

async function asyncCall(fs, [name, ...args]) {
  if (name === 'exists') {
    try {
      await fs.promises.stat(args[0]);
      return true;
    } catch (err) {
      if (err.code === 'ENOENT') return false;
      throw err;
    }
  }
  if (name === 'filter') {
    const [filter, src, dest] = args;
    return filter === undefined ? true : filter(src, dest);
  }
  return fs.promises[name](...args);
}

function drive(steps, call) {
  let step = steps.next();
  while (!step.done) {
    let result;
    let failure;
    let failed = false;
    try {
      result = call(step.value);
    } catch (err) {
      failed = true;
      failure = err;
    }
    step = failed ? steps.throw(failure) : steps.next(result);
  }
}

async function driveAsync(steps, call) {
  let step = steps.next();
  while (!step.done) {
    let result;
    let failure;
    let failed = false;
    try {
      result = await call(step.value);
    } catch (err) {
      failed = true;
      failure = err;
    }
    step = failed ? steps.throw(failure) : steps.next(result);
  }
}

function cpSync(src, dest, options) {
  const opts = checkOptions(options);
  src = u.toPath(src, 'src');
  dest = u.toPath(dest, 'dest');
  const fs = require('fs');
  drive(copyTree(src, dest, { ...opts, asyncForm: false }), (step) => syncCall(fs, step));
}

function cpPromise(src, dest, options) {
  const opts = checkOptions(options);
  src = u.toPath(src, 'src');
  dest = u.toPath(dest, 'dest');
  const fs = require('fs');
  return driveAsync(copyTree(src, dest, { ...opts, asyncForm: true }), (step) => asyncCall(fs, step));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const cb = u.checkCallback(callback);
  cpPromise(src, dest, options).then(() => cb(null), cb);
}

module.exports = { cpSync, cp, cpPromise };
