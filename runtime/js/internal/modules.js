'use strict';
// The application's modules as the bundle defines them. The bundle is a function of `$pack`
// (the registry below) that registers one factory per module: CommonJS factories take Node's
// wrapper parameters; ES module factories take their namespace object and `import.meta`, and
// call back here for their imports. Modules run on first use, as under Node.

const path = require('path');
const pathToFileURL = (file) => require('url').pathToFileURL(file);
const loader = require('internal/loader');
const { codedError } = require('internal/errors');

const ObjectCreate = Object.create;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectKeys = Object.keys;
const FunctionPrototypeToString = Function.prototype.toString;
const ReflectGet = Reflect.get;
const ArrayIsArray = Array.isArray;
const ObjectPreventExtensions = Object.preventExtensions;
const ObjectPrototypeHasOwnProperty = Object.prototype.hasOwnProperty;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseAll = Promise.all.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const ReflectApply = Reflect.apply;
const SymbolToStringTag = Symbol.toStringTag;

const CJS = 0;
const ESM = 1;
// ES module states.
const UNLINKED = 0;
const EVALUATING = 1;
const EVALUATED = 2;
const FAILED = 3;

/** Every module, in bundle order (the entry first). */
const records = [];
/** Module index by absolute filename. */
const byFilename = new Map();
/** The record of a CommonJS `Module` object. */
const recordOf = new WeakMap();
/** Module namespace objects, which util.inspect shows as `[Module: null prototype]`. */
const namespaces = new WeakSet();
/** Namespaces of CommonJS exports and built-ins, made once per exports object. */
const namespaceOfExports = new WeakMap();
let root = '/';
let Module;
/** Where the modules are taken to be while a build preinitialises them; a launch moves them. */
const BUILD_ROOT = '/';
/** Set while a build runs modules into the snapshot (`--preinit`). */
let building = false;
/** The records of modules the build ran or gave an `import.meta`: a launch visits only these. */
const builtRecords = new Set();

function newNamespace() {
  const ns = ObjectCreate(null);
  ObjectDefineProperty(ns, SymbolToStringTag, { value: 'Module' });
  namespaces.add(ns);
  return ns;
}

/**
 * A namespace for CommonJS exports: `default` and `names` (for a bundled module, the names Node
 * would find in its source; for a built-in, each own enumerable key).
 */
function namespaceOf(exports, names) {
  const isObject = (typeof exports === 'object' && exports !== null) || typeof exports === 'function';
  // Built-ins' and external packages' namespaces are kept by exports object; a bundled
  // module's by its record (its names are its own).
  const cacheable = isObject && names === undefined;
  if (cacheable) {
    const cached = namespaceOfExports.get(exports);
    if (cached !== undefined) return cached;
  }
  const ns = newNamespace();
  names = (names ?? (isObject ? ObjectKeys(exports) : [])).filter((k) => k !== 'default');
  names.push('default');
  names.sort();
  for (const name of names) {
    const value = name === 'default' ? exports : exports[name];
    ObjectDefineProperty(ns, name, { value, writable: true, enumerable: true });
  }
  ObjectPreventExtensions(ns);
  if (cacheable) namespaceOfExports.set(exports, ns);
  return ns;
}

/** The namespace an import of CommonJS or JSON module `i` sees (JSON has only `default`). */
function importedNamespace(i) {
  const record = records[i];
  const exports = requireRecord(i, undefined);
  if (!record.json) {
    if (record.namespaceFor !== exports || record.namespace === undefined) {
      record.namespace = namespaceOf(exports, record.names);
      record.namespaceFor = exports;
    }
    return record.namespace;
  }
  const ns = newNamespace();
  ObjectDefineProperty(ns, 'default', { value: exports, writable: true, enumerable: true });
  return ObjectPreventExtensions(ns);
}

function moduleNotFound(specifier, from) {
  const parent = from === undefined ? undefined : records[from].filename;
  const isPath = /^(\.{0,2}\/|file:)/.test(specifier);
  const message = isPath
    ? `Cannot find module '${specifier.startsWith('file:') ? specifier : path.resolve(path.dirname(parent ?? root), specifier)}'${parent ? ` imported from ${parent}` : ''}`
    : `Cannot find package '${specifier}'${parent ? ` imported from ${parent}` : ''}`;
  return codedError(Error, 'ERR_MODULE_NOT_FOUND', message);
}

function builtinNamespace(name) {
  if (!loader.isBuiltin(name)) {
    throw codedError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${name}`);
  }
  const bare = name.startsWith('node:') ? name.slice(5) : name;
  const exports = loader.loadBuiltin(bare);
  if (exports === undefined) {
    throw codedError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${name}`);
  }
  return namespaceOf(exports);
}

/**
 * `import.meta` of a module run at build time: reading it then is refused (its place belongs to
 * the launch); a launch fills in the object behind it.
 */
function buildTimeMeta(record) {
  const guard = require('internal/build_guard');
  const target = ObjectCreate(null);
  record.buildMeta = target;
  builtRecords.add(record);
  const refuse = () => {
    if (guard.isActive()) throw guard.refusal(`import.meta of ${record.name}`);
  };
  return new Proxy(target, {
    get(t, key, receiver) {
      refuse();
      return ReflectGet(t, key, receiver);
    },
    has(t, key) {
      refuse();
      return key in t;
    },
    ownKeys(t) {
      refuse();
      return Reflect.ownKeys(t);
    },
  });
}

function importMeta(record) {
  if (building) return buildTimeMeta(record);
  const url = pathToFileURL(record.filename).href;
  const meta = ObjectCreate(null);
  meta.dirname = path.dirname(record.filename);
  meta.filename = record.filename;
  meta.resolve = function resolve(specifier) {
    specifier = `${specifier}`;
    if (loader.isBuiltin(specifier)) return specifier.startsWith('node:') ? specifier : `node:${specifier}`;
    const bundled = findBundled(specifier, { filename: record.filename });
    if (bundled !== undefined) return pathToFileURL(bundled).href;
    if (/^(\.{0,2}\/)/.test(specifier)) return new URL(specifier, url).href;
    if (URL.canParse(specifier)) return specifier;
    throw moduleNotFound(specifier, record.index);
  };
  meta.url = url;
  return meta;
}

/** An external package's exports, loaded from disk for module `from`. */
function requireFromDisk(specifier, from) {
  const disk = require('internal/disk_modules');
  const filename = disk.findOnDisk(specifier, { filename: records[from].filename });
  if (filename === undefined) throw moduleNotFound(specifier, from);
  return disk.loadFromDisk(filename, undefined);
}

/** Runs ES module `i` if it has not run; rethrows the error it failed with before. */
function evaluate(i) {
  const record = records[i];
  if (record.state === EVALUATED || record.state === EVALUATING) return;
  if (record.state === FAILED) throw record.error;
  record.state = EVALUATING;
  try {
    ReflectApply(record.factory, undefined, [record.ns, importMeta(record)]);
  } catch (err) {
    record.state = FAILED;
    record.error = err;
    throw err;
  }
  record.state = EVALUATED;
}

/** Runs ES module `i`, which may await at top level; the promise settles when it has run. */
function evaluateAsync(i) {
  const record = records[i];
  if (!record.async) {
    try {
      evaluate(i);
      return PromiseResolve();
    } catch (err) {
      return PromiseReject(err);
    }
  }
  // Imported again while its body runs up to its first await: a cycle, which does not wait.
  if (record.state === EVALUATING && record.promise === undefined) return PromiseResolve();
  if (record.promise === undefined) {
    record.state = EVALUATING;
    record.promise = ReflectApply(record.factory, undefined, [record.ns, importMeta(record)]).then(
      () => {
        record.state = EVALUATED;
      },
      (err) => {
        record.state = FAILED;
        record.error = err;
        throw err;
      },
    );
  }
  return record.promise;
}

/** The exports of CommonJS module `i` (or the namespace of ES module `i`), for `require`. */
function requireRecord(i, parent) {
  const record = records[i];
  if (record.kind === ESM) {
    if (record.async) {
      throw codedError(
        Error,
        'ERR_REQUIRE_ASYNC_MODULE',
        'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.',
      );
    }
    evaluate(i);
    return record.ns;
  }
  const cached = Module._cache[record.filename];
  if (cached !== undefined) {
    if (parent && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const mod = new Module(record.filename, parent);
  mod.filename = record.filename;
  mod.paths = Module._nodeModulePaths(path.dirname(record.filename));
  if (parent) parent.children.push(mod);
  let threw = true;
  try {
    runCommonJs(record, mod);
    threw = false;
  } finally {
    // A module that failed is not its parent's child, as in Node.
    if (threw && parent) parent.children.splice(parent.children.indexOf(mod) >>> 0, 1);
  }
  return mod.exports;
}

function runCommonJs(record, mod) {
  if (building) {
    // The wrapper's own parameter list names them too: only the body counts.
    const text = FunctionPrototypeToString.call(record.factory);
    if (/\b__(?:dirname|filename)\b/.test(text.slice(text.indexOf('{') + 1))) {
      throw require('internal/build_guard').refusal(`the place of ${record.name} (__dirname, __filename)`);
    }
    record.ranAtBuild = true;
    builtRecords.add(record);
  }
  recordOf.set(mod, record);
  Module._cache[record.filename] = mod;
  let threw = true;
  try {
    const require = loader.makeRequire(mod);
    // Its `main` is only known at launch (see setBuildTimeMains).
    if (building) record.buildRequire = require;
    ReflectApply(record.factory, mod.exports, [mod.exports, require, mod, record.filename, path.dirname(record.filename)]);
    threw = false;
  } finally {
    // A module that threw is not cached: requiring it again runs it again, as in Node.
    if (threw) delete Module._cache[record.filename];
  }
  mod.loaded = true;
}

/** Extensions tried for a computed `require` path, as Node's loader does. */
const probes = ['', '.js', '.json', '.node', '/index.js', '/index.json'];

/** The filename a bundled module's `require(request)` names, or undefined. */
function findBundled(request, parent) {
  // A bundled CommonJS module, or a `require` made for a bundled file (createRequire).
  const record = parent ? recordOf.get(parent) ?? records[byFilename.get(parent.filename)] : undefined;
  if (record !== undefined && ObjectPrototypeHasOwnProperty.call(record.map, request)) {
    const target = record.map[request];
    // A number is a bundled module; a string, a file that `require.resolve` names.
    return typeof target === 'number' ? records[target].filename : path.join(root, target);
  }
  if (!/^(\.{0,2}\/|\.\.?$)/.test(request)) return undefined;
  const base = parent?.filename ? path.dirname(parent.filename) : process.cwd();
  const file = path.resolve(base, request);
  for (const suffix of probes) {
    if (byFilename.has(file + suffix)) return file + suffix;
  }
  return undefined;
}

function loadBundled(filename, parent) {
  const i = byFilename.get(filename);
  return i === undefined ? undefined : { exports: requireRecord(i, parent) };
}

// The registry the bundle calls; short names keep the bundle small.
const registry = {
  /**
   * A CommonJS module: its name, its `require` map (specifier to module, or to a file's path),
   * the names an import sees, its factory.
   */
  c(name, map, names, factory) {
    records.push({ kind: CJS, name, filename: undefined, map, names, factory, index: records.length });
  },
  /** A JSON module: its name and text, parsed when it is first loaded. */
  j(name, text) {
    registry.c(name, {}, [], function json(exports, require, module) {
      module.exports = JSON.parse(text);
    });
    records[records.length - 1].json = true;
  },
  /**
   * An ES module: its name, whether it awaits at top level, the map of the `require` it may
   * make with createRequire, its factory.
   */
  e(name, isAsync, map, factory) {
    records.push({
      kind: ESM,
      name,
      filename: undefined,
      map,
      factory,
      async: isAsync,
      ns: newNamespace(),
      state: UNLINKED,
      error: undefined,
      promise: undefined,
      index: records.length,
    });
  },
  /** The namespace of ES module `i`, which exists before it runs. */
  n(i) {
    return records[i].ns;
  },
  /**
   * Defines a module's exports as getters of its own bindings; the namespace takes no more
   * unless names of `export *` from CommonJS are still to come (`moreLater`).
   */
  x(ns, getters, moreLater) {
    for (const name of ObjectKeys(getters)) {
      // Kept reconfigurable until the late names are in, so that all can be put in order.
      ObjectDefineProperty(ns, name, { get: getters[name], enumerable: true, configurable: moreLater === true });
    }
    if (!moreLater) ObjectPreventExtensions(ns);
  },
  /** `export *` of CommonJS modules or built-ins: their names, known only now. */
  s(ns, ...sources) {
    const getters = { __proto__: null };
    for (const name of ObjectKeys(ns)) getters[name] = ObjectGetOwnPropertyDescriptor(ns, name).get;
    for (const from of sources) {
      for (const name of ObjectKeys(from)) {
        if (name === 'default' || name in getters) continue;
        getters[name] = () => from[name];
      }
    }
    // A namespace lists its names in order.
    for (const name of ObjectKeys(ns)) delete ns[name];
    for (const name of ObjectKeys(getters).sort()) {
      ObjectDefineProperty(ns, name, { get: getters[name], enumerable: true });
    }
    ObjectPreventExtensions(ns);
  },
  r: evaluate,
  ra: evaluateAsync,
  /** The imports of a module that awaits: all started, then awaited together. */
  w: (loads) => PromiseAll(loads),
  /** The namespace of CommonJS module `i`, run for an import. */
  i(i) {
    return importedNamespace(i);
  },
  b: builtinNamespace,
  /** A static import of a package left out of the bundle (`--external`): from disk. */
  m(specifier, from) {
    return namespaceOf(requireFromDisk(specifier, from));
  },
  /** `import()` of bundled module `i`. */
  d(i) {
    const record = records[i];
    // From a later job: a module importing itself while it runs waits for its own end.
    if (record.kind === ESM) return PromiseResolve().then(() => evaluateAsync(i)).then(() => record.ns);
    return PromiseResolve().then(() => importedNamespace(i));
  },
  /** `import()` of something only known now: a built-in, or a bundled module by path or URL. */
  dx(specifier, from) {
    return PromiseResolve().then(() => {
      specifier = `${specifier}`;
      if (loader.isBuiltin(specifier) || specifier.startsWith('node:')) return builtinNamespace(specifier);
      let file;
      if (specifier.startsWith('file:')) file = require('url').fileURLToPath(specifier);
      else if (/^(\.{0,2}\/)/.test(specifier)) file = path.resolve(path.dirname(records[from].filename), specifier);
      const i = file === undefined ? undefined : byFilename.get(file);
      if (i === undefined) return namespaceOf(requireFromDisk(specifier, from));
      return registry.d(i);
    });
  },
  /** Assigning to an imported binding. */
  ro() {
    throw new TypeError('Assignment to constant variable.');
  },
  /** `arguments` at a module's top level: not defined there. */
  ga() {
    throw new ReferenceError('arguments is not defined');
  },
  /** The name the language gives an anonymous default export. */
  nm(value, name) {
    ObjectDefineProperty(value, 'name', { value: name, configurable: true });
    return value;
  },
};

/**
 * Registers the bundle's modules: their factories are made, none runs. This may happen while a
 * startup snapshot is made, so nothing here may depend on the launch (paths come in runBundle).
 */
function registerBundle(bundle) {
  bundle(registry);
}

/** Takes the bundle's modules to be in directory `dir`, and lets `require` find them. */
function placeModules(dir) {
  Module = require('module');
  root = dir;
  byFilename.clear();
  for (const record of records) {
    record.filename = path.join(root, record.name);
    byFilename.set(record.filename, record.index);
  }
  loader.findBundled = findBundled;
  loader.loadBundled = loadBundled;
}

/** Modules a build ran (`--preinit`) move from the build's place to the launch's. */
function moveBuildTimeModules() {
  for (const record of builtRecords) {
    if (record.buildMeta !== undefined) {
      const meta = importMeta(record);
      for (const key of ObjectKeys(meta)) record.buildMeta[key] = meta[key];
    }
    if (!record.ranAtBuild) continue;
    const built = path.join(BUILD_ROOT, record.name);
    const mod = Module._cache[built];
    if (mod === undefined) continue;
    delete Module._cache[built];
    mod.id = record.filename;
    mod.filename = record.filename;
    mod.path = path.dirname(record.filename);
    mod.paths = Module._nodeModulePaths(mod.path);
    Module._cache[record.filename] = mod;
  }
}

/** `require.main` of the modules the build ran: the launch's main module, as for the others. */
function setBuildTimeMains() {
  for (const record of builtRecords) {
    if (record.buildRequire !== undefined) record.buildRequire.main = process.mainModule;
  }
}

/**
 * Runs the modules named in `names` (their names in the bundle) into the snapshot being made,
 * with everything that belongs to the launch refused. A failure is thrown as an Error whose
 * message names the module and why, with `bundleLine` and `bundleColumn` where the bundle (the
 * script V8 calls `bundleName`) was when it happened (0 when it was not in the bundle).
 */
function preinit(names, bundleName) {
  placeModules(BUILD_ROOT);
  const guard = require('internal/build_guard');
  building = true;
  // V8 leaves errors without stacks while a snapshot is made; failures are placed by them.
  const hadLimit = ObjectPrototypeHasOwnProperty.call(Error, 'stackTraceLimit');
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 10;
  try {
    for (const name of names) {
      const index = records.findIndex((r) => r.name === name);
      if (index < 0) throw new Error(`--preinit ${name}: not a module of the bundle`);
      const record = records[index];
      try {
        guard.duringBuild(() => {
          if (record.kind === ESM && record.async) throw guard.refusal(`top-level await in ${name}`);
          if (record.kind === ESM) evaluate(index);
          else requireRecord(index, undefined);
        });
      } catch (err) {
        throw preinitFailure(name, err, bundleName, guard.REFUSAL);
      }
    }
  } finally {
    building = false;
    if (hadLimit) Error.stackTraceLimit = limit;
    else delete Error.stackTraceLimit;
  }
}

function preinitFailure(name, err, bundleName, refusalCode) {
  const isObject = err !== null && typeof err === 'object';
  let frames;
  if (isObject) {
    const prepare = Error.prepareStackTrace;
    Error.prepareStackTrace = (_, sites) => sites;
    try {
      frames = err.stack;
    } finally {
      Error.prepareStackTrace = prepare;
    }
  }
  const frame = ArrayIsArray(frames) ? frames.find((f) => f.getFileName() === bundleName) : undefined;
  const message = isObject ? err.message : String(err);
  const failure = new Error(
    isObject && err.code === refusalCode
      ? `--preinit ${name}: the module cannot run at build time: ${message}`
      : `--preinit ${name}: the module threw while the build ran it: ${message}`,
  );
  failure.module = name;
  failure.bundleLine = frame === undefined ? 0 : frame.getLineNumber();
  failure.bundleColumn = frame === undefined ? 0 : frame.getColumnNumber();
  return failure;
}

/**
 * Runs the registered bundle's entry (module 0, or the bundled module at `entryFile`: a child
 * forked to run another module, a worker thread; or `evalCode`, a worker's code given as text,
 * run as a CommonJS module named `[worker eval]`). `dir` is where the project's root is taken to be: the
 * executable's directory. `externals` are the packages that load from disk. Returns a promise
 * when the entry is an ES module.
 */
function runBundle(dir, externals, entryFile = undefined, evalCode = undefined) {
  placeModules(dir);
  moveBuildTimeModules();
  if (externals.length > 0) {
    const disk = require('internal/disk_modules');
    disk.allow(externals);
    loader.findOnDisk = disk.findOnDisk;
    loader.loadFromDisk = disk.loadFromDisk;
  }
  if (evalCode !== undefined) {
    const filename = path.join(process.cwd(), '[worker eval]');
    const mod = loader.createMain(filename);
    mod.filename = '[worker eval]';
    process.mainModule = mod;
    const require = Module.createRequire(filename);
    require.main = mod;
    // Code that arrives at run time is compiled now: no module of the bundle holds it.
    // eslint-disable-next-line no-new-func
    const fn = new Function('exports', 'require', 'module', '__filename', '__dirname', evalCode);
    ReflectApply(fn, mod.exports, [mod.exports, require, mod, '[worker eval]', '.']);
    return undefined;
  }
  let index = 0;
  // A child started on the executable itself (cluster's default `exec`) runs the main entry.
  if (entryFile !== undefined && path.resolve(entryFile) !== process.execPath) {
    const filename = findBundled(path.resolve(entryFile));
    index = byFilename.get(filename);
    if (index === undefined) {
      const err = new Error(`Cannot find module '${path.resolve(entryFile)}'`);
      err.code = 'MODULE_NOT_FOUND';
      err.requireStack = [];
      throw err;
    }
  }
  const entry = records[index];
  // Node runs an ES module entry from a promise job: microtasks its body queues run before
  // process.nextTick callbacks.
  if (entry.kind === ESM) return PromiseResolve().then(() => evaluateAsync(index));
  // An entry the build ran already (a worker's or a forked child's module) is not run again.
  if (entry.ranAtBuild) {
    process.mainModule = Module._cache[entry.filename];
    setBuildTimeMains();
    return undefined;
  }
  const mod = loader.createMain(entry.filename);
  process.mainModule = mod;
  setBuildTimeMains();
  runCommonJs(entry, mod);
  return undefined;
}

module.exports = { registerBundle, runBundle, preinit, namespaces, records };
