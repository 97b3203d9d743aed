'use strict';
// `fs/promises`: the promise forms of `fs`, and FileHandle.

const fs = require('fs');
const u = require('internal/fs_utils');
const { FileHandle } = require('internal/fs_handle');

const forms = fs._promiseForms;

async function open(path, flags, mode) {
  const fd = await ops.fsAsync('open', undefined, u.toPath(path), u.stringToFlags(flags), u.parseMode(mode, 'mode', 0o666));
  return new FileHandle(fd);
}

// A FileHandle in place of a path reads or writes through the handle.
async function readFile(path, options) {
  if (path instanceof FileHandle) return path.readFile(options);
  return forms.readFile(path, options);
}

async function writeFile(path, data, options) {
  if (path instanceof FileHandle) return path.writeFile(data, options);
  return forms.writeFile(path, data, options);
}

async function appendFile(path, data, options) {
  if (path instanceof FileHandle) return path.appendFile(data, options);
  return forms.appendFile(path, data, options);
}

/** Changes of `filename` as { eventType, filename } objects, until the signal aborts. */
async function* watch(filename, options = {}) {
  const { AbortError, validateObject } = require('internal/errors');
  validateObject(options, 'options');
  const { signal } = options;
  const watcher = fs.watch(filename, { ...options, signal: undefined });
  const events = require('events').on(watcher, 'change', { close: ['close'] });
  const abort = () => watcher.close();
  if (signal) {
    if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
    signal.addEventListener('abort', abort, { once: true });
  }
  try {
    for await (const [eventType, name] of events) yield { eventType, filename: name };
    if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  } finally {
    if (signal) signal.removeEventListener('abort', abort);
    watcher.close();
  }
}

module.exports = {
  access: forms.access,
  copyFile: forms.copyFile,
  cp: forms.cp,
  open,
  opendir: forms.opendir,
  rename: forms.rename,
  truncate: forms.truncate,
  rm: forms.rm,
  rmdir: forms.rmdir,
  mkdir: forms.mkdir,
  readdir: forms.readdir,
  readlink: forms.readlink,
  symlink: forms.symlink,
  lstat: forms.lstat,
  stat: forms.stat,
  statfs: forms.statfs,
  link: forms.link,
  unlink: forms.unlink,
  chmod: forms.chmod,
  lchmod: forms.lchmod,
  lchown: forms.lchown,
  chown: forms.chown,
  utimes: forms.utimes,
  lutimes: forms.lutimes,
  realpath: forms.realpath,
  mkdtemp: forms.mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants: u.constants,
};
