'use strict';
// The `module` module: the Module class as far as bundled programs need it.

const loader = require('internal/loader');

function Module(id = '', parent) {
  this.id = id;
  this.path = id.slice(0, id.lastIndexOf('/')) || '.';
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  if (parent && parent.children) parent.children.push(this);
}

Module.builtinModules = [...loader.publicNames].filter((n) => !loader.prefixOnly.has(n));
// Names Node reserves behind `node:` count even where this runtime does not provide them.
Module.isBuiltin = (name) =>
  typeof name === 'string' && (loader.isBuiltin(name) || (name.startsWith('node:') && loader.prefixOnly.has(name.slice(5))));
Module._cache = loader.moduleCache;
Module._extensions = { __proto__: null, '.js': () => {}, '.json': () => {}, '.node': () => {} };
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = function findSourceMap() {
  return undefined;
};
Module.Module = Module;

Module.createRequire = function createRequire(filename) {
  let path = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    path = require('url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    path = require('url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !filename.startsWith('/')) {
    const { codedError } = require('internal/errors');
    throw codedError(
      TypeError,
      'ERR_INVALID_ARG_VALUE',
      `The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received ${require('internal/inspect').inspect(filename)}`,
    );
  }
  const mod = new Module(path);
  mod.filename = path;
  return loader.makeRequire(mod);
};

Object.defineProperty(Module, 'globalPaths', { value: [], enumerable: true });

module.exports = Module;
