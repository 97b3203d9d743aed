'use strict';
// The file system module (a first part: reading whole files).

const { invalidArgType } = require('internal/errors');
const { TextDecoder } = require('internal/encoding');

function toPath(path) {
  if (typeof path === 'string') return path;
  if (typeof URL === 'function' && path instanceof URL && path.protocol === 'file:') return decodeURIComponent(path.pathname);
  throw invalidArgType('path', 'string or an instance of Buffer or URL', path);
}

function encodingOf(options) {
  if (typeof options === 'string') return options;
  if (options && typeof options === 'object') return options.encoding;
  return undefined;
}

function decode(bytes, encoding) {
  if (encoding === undefined || encoding === null || encoding === 'buffer') return bytes;
  return new TextDecoder(encoding).decode(bytes);
}

function readFile(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (typeof callback !== 'function') throw invalidArgType('cb', 'function', callback);
  const encoding = encodingOf(options);
  ops.readFile(toPath(path), (err, bytes) => {
    if (err) callback(err);
    else callback(null, decode(bytes, encoding));
  });
}

function readFileSync(path, options) {
  return decode(ops.readFileSync(toPath(path)), encodingOf(options));
}

const promises = {
  async readFile(path, options) {
    return decode(await ops.readFile(toPath(path)), encodingOf(options));
  },
};

module.exports = { readFile, readFileSync, promises };
