'use strict';
// Runs first, before any application code. Sets up the built-in module loader and the globals,
// and exports the hooks through which the runtime drives a run (see runtime/src/engine.rs).

// Captured before application code can replace them.
const ObjectCreate = Object.create;
const ObjectDefineProperty = Object.defineProperty;
const ObjectFreeze = Object.freeze;
const MapCtor = Map;
// The language's own global constructors (Object, Map, Promise...), before Node's are added:
// util.inspect treats their prototypes as built-in.
const languageGlobals = ObjectFreeze(
  Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)),
);

// ---- built-in modules -------------------------------------------------------------------------

// Node 20's built-in module names (runtime/node-builtins.txt, shared with pack). Not all of them
// are provided here (`provided`); the others fail to load but are still built-in names.
const allBuiltinNames = ops.nodeBuiltinNames();
const nodeBuiltinNames = ObjectFreeze(allBuiltinNames.filter((n) => !n.startsWith('node:')));
const nodeBuiltinSet = new Set(nodeBuiltinNames);
// Names that exist only with the `node:` prefix.
const prefixOnly = new Set(allBuiltinNames.filter((n) => n.startsWith('node:')).map((n) => n.slice(5)));
const provided = new Set(ops.builtinNames());
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

/** The exports of built-in `name` (without `node:`), or undefined where it is not provided. */
function loadBuiltin(name) {
  return provided.has(name) ? loadEmbedded(`node/${name}`) : undefined;
}

/** Whether `request` names one of Node's built-in modules (prefix-only ones need `node:`). */
function isBuiltin(request) {
  if (!request.startsWith('node:')) return nodeBuiltinSet.has(request);
  const bare = request.slice(5);
  return nodeBuiltinSet.has(bare) || prefixOnly.has(bare);
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

const moduleCache = ObjectCreate(null);

// What `node:module` needs from the loader.
cache.set('internal/loader', {
  id: 'internal/loader',
  exports: {
    loadBuiltin,
    isBuiltin,
    nodeBuiltinNames,
    moduleCache,
    languageGlobals,
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
  ['CryptoKey', () => loadEmbedded('internal/webcrypto').CryptoKey],
  ['SubtleCrypto', () => loadEmbedded('internal/webcrypto').SubtleCrypto],
  ['Event', () => web().Event],
  ['EventTarget', () => web().EventTarget],
  ['CustomEvent', () => web().CustomEvent],
  ['AbortController', () => web().AbortController],
  ['AbortSignal', () => web().AbortSignal],
  ['navigator', () => web().navigator],
  ['Buffer', () => loadEmbedded('node/buffer').Buffer],
  ['Blob', () => loadEmbedded('internal/blob').Blob],
  ['File', () => loadEmbedded('internal/blob').File],
  ['MessageChannel', () => loadEmbedded('internal/message_port').MessageChannel],
  ['MessagePort', () => loadEmbedded('internal/message_port').MessagePort],
  ['MessageEvent', () => loadEmbedded('internal/message_port').MessageEvent],
  ['BroadcastChannel', () => loadEmbedded('internal/message_port').BroadcastChannel],
];
// fetch and its types.
for (const name of ['fetch', 'Request', 'Response']) lazyGlobals.push([name, () => loadEmbedded('internal/fetch')[name]]);
lazyGlobals.push(['Headers', () => loadEmbedded('internal/fetch_headers').Headers]);
lazyGlobals.push(['FormData', () => loadEmbedded('internal/fetch_body').FormData]);
// The web streams, as globals.
for (const name of [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
  'ReadableByteStreamController', 'ReadableStreamDefaultController', 'TransformStream',
  'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream',
]) {
  lazyGlobals.push([name, () => loadEmbedded('node/stream/web')[name]]);
}
for (const [name, load] of lazyGlobals) defineLazyGlobal(name, load);

// Runtime modules that nearly every program reaches, loaded lazily without a snapshot: a
// snapshot carries them ready (formatting values for console.log, stack traces of errors).
const warmInSnapshot = ['internal/inspect', 'internal/stack_trace'];
// Built-ins whose loading warns (deprecated names): they load when first required, so that the
// warning comes then and not while a snapshot is made.
const warnWhenLoaded = new Set(['sys', '_stream_wrap']);

// Whether the entry module still awaits at top level.
let entryPending = false;
const UNSETTLED_TOP_LEVEL_AWAIT = 13;

module.exports = {
  start(info) {
    process._start(info);
    loadEmbedded('internal/launch').launch();
  },

  /**
   * Registers the bundle's modules (none runs) and loads the built-ins in `preload`. With a
   * startup snapshot this happens when the snapshot is made, so it must not read anything that
   * belongs to the launch (environment, arguments, files, time).
   */
  register(bundle, preload, forSnapshot) {
    // `node:module` owns the Module class; loading it adds `createMain` and `makeRequire` to
    // the loader.
    loadEmbedded('node/module');
    loadEmbedded('internal/modules').registerBundle(bundle);
    for (const name of preload) if (!warnWhenLoaded.has(name)) loadBuiltin(name);
    if (forSnapshot) for (const id of warmInSnapshot) loadEmbedded(id);
  },

  /** Runs modules of the bundle into the snapshot being made (`--preinit`). */
  preinit(names, bundleName) {
    loadEmbedded('internal/modules').preinit(names, bundleName);
  },

  runMain(root, externals) {
    // The entry module, unless this is a worker thread or a forked child running another one.
    // Most launches are neither: they load nothing to find that out.
    let start = {};
    if (ops.workerSelf() !== undefined) start = loadEmbedded('internal/worker').setupWorkerThread();
    else if (process.env.NODE_CHANNEL_FD !== undefined) {
      start = { file: loadEmbedded('internal/ipc').setupForkedChild() };
      // A cluster worker joins its cluster before its code runs.
      if (process.env.NODE_UNIQUE_ID !== undefined) {
        loadEmbedded('internal/cluster_state').isWorker = true;
        loadEmbedded('internal/cluster_child').setupWorker(loadBuiltin('cluster'));
        delete process.env.NODE_UNIQUE_ID;
      }
    }
    const entry = loadEmbedded('internal/modules').runBundle(root, externals, start.file, start.code);
    // An entry that awaits at top level and fails is an uncaught exception, as in Node.
    if (entry !== undefined) {
      entryPending = true;
      entry.then(
        () => {
          entryPending = false;
        },
        (err) => {
          entryPending = false;
          uncaught.handleUncaught(err);
        },
      );
    }
  },

  prepareStackTrace: (error, sites) => loadEmbedded('internal/stack_trace').prepareStackTrace(error, sites),

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
    // The loop ran dry while the entry still awaited at top level: Node's status 13, already
    // in process.exitCode when 'exit' is emitted (with 0).
    if (entryPending && process.exitCode === undefined) process.exitCode = UNSETTLED_TOP_LEVEL_AWAIT;
    return uncaught.runExit(code);
  },
};
