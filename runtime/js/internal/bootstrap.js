'use strict';
// Runs first, before any application code. Sets up the built-in module loader and the globals,
// and exports the hooks through which the runtime drives a run (see runtime/src/engine.rs).

// Captured before application code can replace them.
const ObjectCreate = Object.create;
const ObjectDefineProperty = Object.defineProperty;
const ObjectFreeze = Object.freeze;
const MapCtor = Map;

// ---- built-in modules -------------------------------------------------------------------------

const publicNames = ObjectFreeze(ops.builtinNames());
const publicSet = new Set(publicNames);
// Names that exist only with the `node:` prefix in Node; not provided yet, but they must never be
// reachable without it.
const prefixOnly = new Set(['sea', 'sqlite', 'test', 'test/reporters']);
const cache = new MapCtor();

/** Loads an embedded module by file id (`node/events`, `internal/inspect`). */
function loadEmbedded(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  const wrapper = ops.compileBuiltin(id);
  if (wrapper === undefined) throw new Error(`internal module ${id} does not exist`);
  const mod = { exports: {}, id };
  cache.set(id, mod);
  wrapper.call(mod.exports, mod.exports, internalRequire, mod, ops);
  return mod.exports;
}

/** `require` inside the runtime's own modules: public names and `internal/...` ids. */
function internalRequire(name) {
  if (name.startsWith('internal/')) return loadEmbedded(name);
  const bare = name.startsWith('node:') ? name.slice(5) : name;
  return loadEmbedded(`node/${bare}`);
}

/**
 * The built-in module named `request` as application code asks for it (`fs`, `node:fs`), or
 * `undefined` if `request` does not name a built-in.
 */
function builtinForRequest(request) {
  if (request.startsWith('node:')) {
    const bare = request.slice(5);
    if (publicSet.has(bare)) return loadEmbedded(`node/${bare}`);
    const { codedError } = loadEmbedded('internal/errors');
    throw codedError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${request}`);
  }
  if (publicSet.has(request) && !prefixOnly.has(request)) return loadEmbedded(`node/${request}`);
  return undefined;
}

function isBuiltin(request) {
  const bare = request.startsWith('node:') ? request.slice(5) : request;
  return publicSet.has(bare) && (request.startsWith('node:') || !prefixOnly.has(bare));
}

// ---- globals ----------------------------------------------------------------------------------

const process = loadEmbedded('node/process');

function defineGlobal(name, value, enumerable = false) {
  ObjectDefineProperty(globalThis, name, {
    value,
    writable: true,
    configurable: true,
    enumerable,
  });
}

// ---- the application's modules ----------------------------------------------------------------

function makeRequire(mod) {
  function require(request) {
    if (typeof request !== 'string') {
      const { invalidArgType } = loadEmbedded('internal/errors');
      throw invalidArgType('id', 'string', request);
    }
    if (request === '') {
      const { codedError } = loadEmbedded('internal/errors');
      throw codedError(
        TypeError,
        'ERR_INVALID_ARG_VALUE',
        "The argument 'id' must be a non-empty string. Received ''",
      );
    }
    const builtin = builtinForRequest(request);
    if (builtin !== undefined) return builtin;
    throw moduleNotFound(request, mod);
  }
  require.resolve = function resolve(request) {
    if (typeof request === 'string' && isBuiltin(request)) return request;
    throw moduleNotFound(request, mod);
  };
  require.resolve.paths = function paths(request) {
    return isBuiltin(request) ? null : [];
  };
  require.main = mainModule;
  require.cache = moduleCache;
  return require;
}

function moduleNotFound(request, mod) {
  const stack = [mod.filename];
  const err = new Error(`Cannot find module '${request}'\nRequire stack:\n- ${stack.join('\n- ')}`);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  return err;
}

const moduleCache = ObjectCreate(null);
let mainModule;

// What `node:module` needs from the loader.
cache.set('internal/loader', {
  id: 'internal/loader',
  exports: {
    builtinForRequest,
    isBuiltin,
    publicNames,
    prefixOnly,
    moduleCache,
    makeRequire,
    mainModule: () => mainModule,
  },
});

// ---- hooks ------------------------------------------------------------------------------------

const timers = loadEmbedded('internal/timers');
const ticks = loadEmbedded('internal/ticks');
const uncaught = loadEmbedded('internal/uncaught');

/**
 * A global whose module loads on first use (start-up stays quick); the first read turns it
 * into a plain data property, as Node's own lazy globals do.
 */
function defineLazyGlobal(name, load, enumerable = false) {
  ObjectDefineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      defineGlobal(name, value, enumerable);
      return value;
    },
    set(value) {
      defineGlobal(name, value, enumerable);
    },
  });
}

const web = () => loadEmbedded('internal/web');
const encoding = () => loadEmbedded('internal/encoding');
const url = () => loadEmbedded('internal/url');

// Node's enumerable globals, in Node's order (`Object.keys(globalThis)` shows them so).
for (const [name, value] of [
  ['global', globalThis],
  ['clearImmediate', timers.clearImmediate],
  ['setImmediate', timers.setImmediate],
  ['clearInterval', timers.clearInterval],
  ['clearTimeout', timers.clearTimeout],
  ['setInterval', timers.setInterval],
  ['setTimeout', timers.setTimeout],
  ['queueMicrotask', ticks.queueMicrotask],
]) {
  defineGlobal(name, value, true);
}
for (const name of ['structuredClone', 'atob', 'btoa', 'performance', 'crypto']) {
  defineLazyGlobal(name, () => web()[name], true);
}

defineGlobal('process', process);
defineGlobal('console', loadEmbedded('node/console'));
const lazyGlobals = [
  ['TextEncoder', () => encoding().TextEncoder],
  ['TextDecoder', () => encoding().TextDecoder],
  ['URL', () => url().URL],
  ['URLSearchParams', () => url().URLSearchParams],
  ['DOMException', () => web().DOMException],
  ['Event', () => web().Event],
  ['EventTarget', () => web().EventTarget],
  ['CustomEvent', () => web().CustomEvent],
  ['AbortController', () => web().AbortController],
  ['AbortSignal', () => web().AbortSignal],
  ['navigator', () => web().navigator],
  ['Buffer', () => loadEmbedded('node/buffer').Buffer],
  ['Blob', () => loadEmbedded('internal/blob').Blob],
];
for (const [name, load] of lazyGlobals) defineLazyGlobal(name, load);

module.exports = {
  start(info) {
    process._start(info);
  },

  runMain(main, filename) {
    const dirname = filename.slice(0, filename.lastIndexOf('/')) || '/';
    const mod = {
      id: '.',
      path: dirname,
      exports: {},
      filename,
      loaded: false,
      children: [],
      paths: [],
    };
    mainModule = mod;
    mod.require = makeRequire(mod);
    moduleCache[filename] = mod;
    process.mainModule = mod;
    main.call(mod.exports, mod.exports, mod.require, mod, filename, dirname);
    mod.loaded = true;
  },

  onPromiseReject: ticks.onPromiseReject,
  processTicksAndRejections: ticks.processTicksAndRejections,
  processTimers: timers.processTimers,
  processImmediates: timers.processImmediates,
  handleUncaught: uncaught.handleUncaught,
  fatal: uncaught.fatal,

  emitSignal(signo) {
    process._emitSignal(signo);
  },

  emitBeforeExit() {
    const code = process.exitCode === undefined ? 0 : uncaught.toExitStatus(process.exitCode);
    process.emit('beforeExit', code);
  },

  exit() {
    const code = process.exitCode === undefined ? 0 : uncaught.toExitStatus(process.exitCode);
    return uncaught.runExit(code);
  },
};
