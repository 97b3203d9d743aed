'use strict';
// The `module` module: the Module class and `require` as Node builds them. A packed program
// loads built-in modules and the modules of its bundle (internal/modules.js).

const loader = require('internal/loader');
const path = require('path');
const { codedError, invalidArgType, invalidArgValue } = require('internal/errors');

// Who required whom; `module.parent` reads it.
const parents = new WeakMap();

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  parents.set(this, parent);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Object.defineProperty(Module.prototype, 'parent', {
  configurable: false,
  enumerable: false,
  get() {
    return parents.get(this);
  },
  set(value) {
    parents.set(this, value);
  },
});

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') throw invalidArgType('id', 'string', id);
  if (id === '') throw invalidArgValue('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

Module.builtinModules = loader.nodeBuiltinNames;
Module.isBuiltin = (name) => typeof name === 'string' && loader.isBuiltin(name);
Module._cache = loader.moduleCache;
Module._extensions = { __proto__: null, '.js': () => {}, '.json': () => {}, '.node': () => {} };
// Not listed among Module's keys in Node.
Object.defineProperty(Module, 'wrapper', {
  value: ['(function (exports, require, module, __filename, __dirname) { ', '\n});'],
  writable: true,
  configurable: true,
});
Object.defineProperty(Module, 'wrap', {
  value: (script) => `${Module.wrapper[0]}${script}${Module.wrapper[1]}`,
  writable: true,
  configurable: true,
});
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = function findSourceMap() {
  return undefined;
};
Module.Module = Module;

/** `node_modules` directories searched from `from` upwards. */
Module._nodeModulePaths = function _nodeModulePaths(from) {
  const dirs = [];
  let dir = path.resolve(from);
  for (;;) {
    if (path.basename(dir) !== 'node_modules') dirs.push(path.join(dir, 'node_modules'));
    const up = path.dirname(dir);
    if (up === dir) return dirs;
    dir = up;
  }
};

/** Where a request is looked up: null for built-ins, the parent's directory for relative ones. */
Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (loader.isBuiltin(request)) return null;
  // '.', './x' and anything starting '..' are relative; '.x' names a package.
  if (/^\.(\.|\/|$)/.test(request)) {
    if (!parent || !parent.id || !parent.filename) return ['.'];
    return [path.dirname(parent.filename)];
  }
  const paths = [...(parent?.paths ?? []), ...Module.globalPaths];
  return paths.length > 0 ? paths : null;
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (loader.isBuiltin(request)) return request;
  if (typeof options === 'object' && options !== null && options.paths !== undefined && !Array.isArray(options.paths)) {
    throw invalidArgValue('options.paths', options.paths);
  }
  const found = loader.findBundled?.(request, parent) ?? loader.findOnDisk?.(request, parent);
  if (found !== undefined) return found;
  throw moduleNotFound(request, parent);
};

Module._load = function _load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const exports = loader.isBuiltin(request) ? loader.loadBuiltin(request.slice(5)) : undefined;
    if (exports === undefined) throw codedError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${request}`);
    return exports;
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  // A cache entry under a built-in's bare name wins over the built-in, as in Node.
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const bundled = loader.loadBundled?.(filename, parent);
  if (bundled !== undefined) return bundled.exports;
  if (path.isAbsolute(filename) && loader.loadFromDisk !== undefined) return loader.loadFromDisk(filename, parent);
  const exports = loader.loadBuiltin(filename);
  if (exports === undefined) throw moduleNotFound(request, parent);
  return exports;
};

function moduleNotFound(request, parent) {
  const stack = [];
  for (let m = parent; m; m = parents.get(m)) stack.push(m.filename || m.id);
  let message = `Cannot find module '${request}'`;
  if (stack.length > 0) message += `\nRequire stack:\n- ${stack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  return err;
}

/** The `require` function given to a module's code. */
function makeRequire(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') throw invalidArgType('request', 'string', request);
    return Module._resolveFilename(request, mod, false, options);
  }
  resolve.paths = function paths(request) {
    if (typeof request !== 'string') throw invalidArgType('request', 'string', request);
    return Module._resolveLookupPaths(request, mod);
  };
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  const filepath = createRequirePath(filename);
  // A directory (trailing slash) stands for a file inside it.
  const proxyPath = filepath.endsWith('/') ? path.join(filepath, 'noop.js') : filepath;
  const mod = new Module(proxyPath);
  mod.filename = proxyPath;
  mod.paths = Module._nodeModulePaths(mod.path);
  return makeRequire(mod);
};

function createRequirePath(filename) {
  const isUrl = typeof filename === 'object' && filename !== null && typeof filename.href === 'string' && typeof filename.protocol === 'string';
  if (isUrl || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      return require('url').fileURLToPath(filename);
    } catch {
      // Reported as a bad argument below.
    }
  } else if (typeof filename === 'string') {
    return filename;
  }
  throw invalidArgValue('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
}

/** ESM loader hooks live in files, which a packed program cannot load; built-ins add none. */
Module.register = function register(specifier, parentURL = 'data:') {
  const base = `${typeof parentURL === 'object' && parentURL !== null && !(parentURL instanceof URL) ? parentURL.parentURL ?? 'data:' : parentURL}`;
  specifier = `${specifier}`;
  if (loader.isBuiltin(specifier)) return;
  const { fileURLToPath } = require('url');
  const shown = (url) => (url.startsWith('file:') ? fileURLToPath(url) : url);
  let url = URL.canParse(specifier) ? specifier : undefined;
  if (url === undefined && !base.startsWith('file:')) {
    throw codedError(
      TypeError,
      'ERR_UNSUPPORTED_RESOLVE_REQUEST',
      `Failed to resolve module specifier "${specifier}" from "${base}": Invalid relative URL or base scheme is not hierarchical.`,
    );
  }
  if (url === undefined && /^(\.{0,2}\/)/.test(specifier)) url = new URL(specifier, base).href;
  const err = url === undefined
    ? new Error(`Cannot find package '${specifier}' imported from ${shown(base)}`)
    : new Error(`Cannot find module '${shown(url)}' imported from ${shown(base)}`);
  err.code = 'ERR_MODULE_NOT_FOUND';
  throw err;
};

// Global folders Node also searches: the user's and the installation's. NODE_PATH is not
// read: the environment does not choose what code a packed executable loads.
function globalPaths() {
  const dirs = [];
  if (process.env.HOME) dirs.push(path.resolve(process.env.HOME, '.node_modules'), path.resolve(process.env.HOME, '.node_libraries'));
  dirs.push(path.resolve(process.execPath, '..', '..', 'lib', 'node'));
  return dirs;
}
require('internal/launch').atLaunch(() => {
  Module.globalPaths = globalPaths();
});

// How the loader starts the program: its own module (id '.'), then that module's `require`.
loader.createMain = function createMain(filename) {
  const mod = new Module('.', null);
  mod.path = path.dirname(filename);
  mod.filename = filename;
  mod.paths = Module._nodeModulePaths(mod.path);
  return mod;
};
loader.makeRequire = makeRequire;

module.exports = Module;
