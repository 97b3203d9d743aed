'use strict';
// Packages left out of the bundle (`pack build --external NAME`) load from disk at run time, the
// way Node's CommonJS loader finds and runs them: from the node_modules folders above the
// requiring module, which sit next to the executable. Only those packages (and files they
// require) are looked for on disk; nothing else is.

const path = require('path');
const fs = require('fs');
const { codedError } = require('internal/errors');

const ObjectPrototypeHasOwnProperty = Object.prototype.hasOwnProperty;
const ReflectApply = Reflect.apply;
const JSONParse = JSON.parse;

const WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];
// The conditions a `require` matches in package.json "exports".
const CONDITIONS = ['node', 'require', 'default'];

/** Package names allowed on disk. */
const allowed = new Set();
/** Files loaded from disk: requests from them may go to disk too. */
const diskFiles = new Set();
const packageCache = new Map();

function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p) {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function readPackage(dir) {
  if (packageCache.has(dir)) return packageCache.get(dir);
  let pkg;
  try {
    pkg = JSONParse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  } catch {
    pkg = undefined;
  }
  packageCache.set(dir, pkg);
  return pkg;
}

const extensions = ['.js', '.json', '.node'];

function asFile(p) {
  if (isFile(p)) return p;
  for (const ext of extensions) {
    if (isFile(p + ext)) return p + ext;
  }
  return undefined;
}

function asDirectory(dir) {
  const main = readPackage(dir)?.main;
  if (typeof main === 'string' && main !== '') {
    const file = asFile(path.resolve(dir, main)) ?? asIndex(path.resolve(dir, main));
    if (file !== undefined) return file;
  }
  return asIndex(dir);
}

function asIndex(dir) {
  for (const ext of extensions) {
    const file = path.join(dir, `index${ext}`);
    if (isFile(file)) return file;
  }
  return undefined;
}

/** The target of `subpath` ('.' or './x') in an "exports" field, for `require`. */
function exportsTarget(dir, exports, subpath, name) {
  const notExported = () =>
    codedError(
      Error,
      'ERR_PACKAGE_PATH_NOT_EXPORTED',
      subpath === '.'
        ? `No "exports" main defined in ${path.join(dir, 'package.json')}`
        : `Package subpath '${subpath}' is not defined by "exports" in ${path.join(dir, 'package.json')}`,
    );
  const isSubpathMap =
    typeof exports === 'object' && exports !== null && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith('.'));
  let target;
  let star;
  if (!isSubpathMap) {
    if (subpath !== '.') throw notExported();
    target = exports;
  } else if (ObjectPrototypeHasOwnProperty.call(exports, subpath) && !subpath.includes('*')) {
    target = exports[subpath];
  } else {
    // The longest matching pattern wins.
    let best = '';
    for (const key of Object.keys(exports)) {
      const at = key.indexOf('*');
      if (at === -1) continue;
      const [prefix, suffix] = [key.slice(0, at), key.slice(at + 1)];
      if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= key.length && key.length > best.length) {
        best = key;
        star = subpath.slice(prefix.length, subpath.length - suffix.length);
      }
    }
    if (best === '') throw notExported();
    target = exports[best];
  }
  const resolved = conditionTarget(target, star);
  if (resolved === undefined) throw notExported();
  return path.join(dir, resolved);
}

function conditionTarget(target, star) {
  if (typeof target === 'string') return star === undefined ? target : target.replaceAll('*', star);
  if (Array.isArray(target)) {
    for (const t of target) {
      const r = conditionTarget(t, star);
      if (r !== undefined) return r;
    }
    return undefined;
  }
  if (typeof target === 'object' && target !== null) {
    for (const key of Object.keys(target)) {
      if (CONDITIONS.includes(key)) {
        const r = conditionTarget(target[key], star);
        if (r !== undefined) return r;
      }
    }
  }
  return undefined;
}

function packageName(request) {
  const parts = request.split('/');
  return request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * The file on disk that `request` from `parent` names, or undefined: for packages marked
 * external, and for requests made by files loaded from disk.
 */
function findOnDisk(request, parent) {
  const from = parent?.filename;
  const isPath = /^(\.{0,2}\/|\.\.?$)/.test(request);
  if (isPath) {
    if (from === undefined || !diskFiles.has(from)) return undefined;
    const abs = path.resolve(path.dirname(from), request);
    return asFile(abs) ?? asDirectory(abs);
  }
  const name = packageName(request);
  if (!allowed.has(name) && !(from !== undefined && diskFiles.has(from))) return undefined;
  const subpath = request === name ? '.' : `.${request.slice(name.length)}`;
  for (const dir of require('module')._nodeModulePaths(from === undefined ? process.cwd() : path.dirname(from))) {
    const pkgDir = path.join(dir, name);
    if (!isDirectory(pkgDir)) continue;
    const pkg = readPackage(pkgDir);
    if (pkg?.exports !== undefined && pkg.exports !== null) return exportsTarget(pkgDir, pkg.exports, subpath, name);
    const abs = path.join(dir, request);
    const file = asFile(abs) ?? asDirectory(abs);
    if (file !== undefined) return file;
  }
  return undefined;
}

/** Runs the file `filename` found on disk as Node's CommonJS loader would; returns exports. */
function loadFromDisk(filename, parent) {
  const Module = require('module');
  const cached = Module._cache[filename];
  if (cached !== undefined) return cached.exports;
  const mod = new Module(filename, parent);
  mod.filename = filename;
  mod.paths = Module._nodeModulePaths(path.dirname(filename));
  if (parent) parent.children.push(mod);
  diskFiles.add(filename);
  Module._cache[filename] = mod;
  let threw = true;
  try {
    if (filename.endsWith('.json')) {
      mod.exports = JSONParse(fs.readFileSync(filename, 'utf8'));
    } else if (filename.endsWith('.node')) {
      throw codedError(Error, 'ERR_DLOPEN_FAILED', `Cannot load native addon ${filename}: native addons are not supported`);
    } else {
      let source = fs.readFileSync(filename, 'utf8');
      if (source.startsWith('#!')) source = `//${source.slice(2)}`;
      const wrapper = ops.compileFunction(source, filename, WRAPPER_PARAMS);
      const moduleRequire = require('internal/loader').makeRequire(mod);
      ReflectApply(wrapper, mod.exports, [mod.exports, moduleRequire, mod, filename, path.dirname(filename)]);
    }
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) parent.children.splice(parent.children.indexOf(mod) >>> 0, 1);
    }
  }
  mod.loaded = true;
  return mod.exports;
}

function allow(names) {
  for (const name of names) allowed.add(name);
}

module.exports = { findOnDisk, loadFromDisk, allow };
