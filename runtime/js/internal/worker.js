'use strict';
// Worker threads: the parent's Worker object and the worker's parentPort. Messages are
// structured clones (SharedArrayBuffers shared, transferred ArrayBuffers moved); a worker
// runs another module of this bundle on its own isolate and event loop.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const path = require('path');
const { codedError, invalidArgType, invalidArgValue } = require('internal/errors');
const workerState = require('internal/worker_state');

// Messages may carry Blobs and MessagePorts: their clone kinds must be known here.
require('internal/clone_kinds');
const { prepareTransfer, cloning } = require('internal/message_port');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

/** The environment a worker starts with, as `[name, value, ...]`: a copy of process.env, or
 * of the `env` option. SHARE_ENV gives a copy too: isolates cannot share one object. */
function workerEnv(env) {
  if (env != null && env !== SHARE_ENV && typeof env !== 'object') {
    throw invalidArgType('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], env);
  }
  const source = env == null || env === SHARE_ENV ? process.env : env;
  const pairs = [];
  for (const name of Object.keys(source)) pairs.push(name, `${source[name]}`);
  return pairs;
}

/** The parent's side of a worker's output: a stream the worker's writes arrive on. */
function outputStream() {
  return new (require('stream').Readable)({ read() {} });
}

const kLimits = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb'];

class Worker extends EventEmitter {
  #id = null;
  #exitCode = undefined;
  #exitWaiters = [];
  #stdout = outputStream();
  #stderr = outputStream();
  #stdin = null;

  constructor(filename, options = {}) {
    super();
    // Node reads any options value as an object (null throws on the first property read).
    if (options.execArgv && !Array.isArray(options.execArgv)) throw invalidArgType('options.execArgv', 'Array', options.execArgv);
    const isEval = Boolean(options.eval);
    let entry;
    if (isEval) {
      if (typeof filename !== 'string') {
        throw invalidArgValue('options.eval', options.eval, "must be false when 'filename' is not a string");
      }
      entry = filename;
    } else {
      if (filename !== null && typeof filename === 'object' && typeof filename.href === 'string') {
        // Other schemes are ERR_INVALID_URL_SCHEME.
        filename = require('url').fileURLToPath(filename);
      }
      if (typeof filename !== 'string') throw invalidArgType('filename', ['string', 'URL'], filename);
      if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
        const hint = (filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
          (filename.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '');
        throw codedError(TypeError, 'ERR_WORKER_PATH', `The worker script or module filename must be an absolute path or a relative path starting with './' or '../'.${hint} Received "${filename}"`);
      }
      entry = path.resolve(filename);
    }
    if (options.argv !== undefined && !Array.isArray(options.argv)) throw invalidArgType('options.argv', 'Array', options.argv);
    // Limits that are not numbers are ignored, as Node does.
    const limits = {};
    const requested = options.resourceLimits;
    if (typeof requested === 'object' && requested !== null) {
      for (const key of kLimits) {
        const value = requested[key];
        if (typeof value === 'number' && value > 0) limits[key] = value;
      }
    }
    const transfer = prepareTransfer(options.transferList);
    // The environment data travels with workerData, copied as it is now (as Node sends it).
    workerState.takeWorkerData();
    const data = [options.workerData, workerState.environmentData];
    const started = cloning(() => ops.workerStart(entry, isEval, data, transfer, {
      name: options.name === undefined ? '' : `${options.name}`,
      argv: (options.argv ?? []).map((a) => `${a}`),
      env: workerEnv(options.env),
      ...limits,
    }, (event) => this.#event(event)));
    [this.#id, this.threadId] = started;
    this.resourceLimits = {
      maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb ?? 48,
      maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb ?? 2048,
      codeRangeSizeMb: limits.codeRangeSizeMb ?? 0,
      stackSizeMb: limits.stackSizeMb ?? 4,
    };
    this.performance = { eventLoopUtilization: () => ({ idle: 0, active: 0, utilization: 0 }) };
    // Unless asked to keep them apart, the worker's output goes on to this process's.
    if (!options.stdout) this.#stdout.pipe(process.stdout);
    if (!options.stderr) this.#stderr.pipe(process.stderr);
    // The worker's process.stdin is what this side writes to worker.stdin, or nothing.
    const id = this.#id;
    if (options.stdin) {
      this.#stdin = new (require('stream').Writable)({
        write(chunk, encoding, callback) {
          ops.workerStdin(id, typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
          callback();
        },
        final(callback) {
          ops.workerStdin(id, null);
          callback();
        },
      });
    } else {
      ops.workerStdin(id, null);
    }
  }

  #event(event) {
    switch (event[0]) {
      case 'online':
        this.emit('online');
        break;
      case 'message':
        this.emit('message', event[1]);
        break;
      case 'error':
        this.emit('error', deserializeError(event[1]));
        break;
      case 'stdio': {
        const bytes = event[2];
        (event[1] === 2 ? this.#stderr : this.#stdout).push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        break;
      }
      case 'outOfMemory':
        this.emit('error', codedError(Error, 'ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: JS heap out of memory'));
        break;
      case 'exit': {
        const code = event[1];
        ops.workerClose(this.#id);
        this.#id = null;
        this.#exitCode = code;
        this.threadId = -1;
        // An exited worker has no limits left, as Node reports it.
        this.resourceLimits = {};
        this.#stdout.push(null);
        this.#stderr.push(null);
        for (const resolve of this.#exitWaiters.splice(0)) resolve(code);
        this.emit('exit', code);
        break;
      }
      default:
        break;
    }
  }

  postMessage(value, transferList) {
    if (arguments.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    if (this.#id === null) return;
    const buffers = prepareTransfer(transferList);
    cloning(() => ops.workerPost(this.#id, value, buffers));
  }

  /** Stops the worker; resolves with its exit code (undefined if it had already exited). */
  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.', 'DeprecationWarning', 'DEP0132');
    }
    if (this.#id === null) {
      if (typeof callback === 'function') process.nextTick(callback, null, this.#exitCode);
      return Promise.resolve(undefined);
    }
    const done = new Promise((resolve) => this.#exitWaiters.push(resolve));
    if (typeof callback === 'function') done.then((code) => callback(null, code));
    ops.workerTerminate(this.#id);
    return done;
  }

  ref() {
    if (this.#id !== null) ops.streamRef(this.#id, true);
  }

  unref() {
    if (this.#id !== null) ops.streamRef(this.#id, false);
  }

  get stdin() {
    return this.#stdin;
  }

  get stdout() {
    return this.#stdout;
  }

  get stderr() {
    return this.#stderr;
  }
}

// The classes an error thrown in a worker is rebuilt as in its parent (Node's error_serdes).
const kErrorClasses = { Error, TypeError, RangeError, URIError, SyntaxError, ReferenceError, EvalError };

/** The data properties of `object` and its prototypes (nearest wins), getters read, functions
 * left out: what Node copies of an error. */
function allProperties(object, target = object) {
  const all = { __proto__: null };
  if (object === null) return all;
  Object.assign(all, allProperties(Object.getPrototypeOf(object), target));
  for (const key of Object.getOwnPropertyNames(object)) {
    let descriptor;
    try {
      descriptor = Object.getOwnPropertyDescriptor(object, key);
      if (descriptor.get && key !== '__proto__') descriptor.value = descriptor.get.call(target);
    } catch {
      continue;
    }
    if ('value' in descriptor && typeof descriptor.value !== 'function') {
      delete descriptor.get;
      delete descriptor.set;
      all[key] = descriptor;
    }
  }
  return all;
}

/** In a worker, an uncaught exception as its parent's 'error' event gets it: an error as its
 * nearest built-in class with all its properties (custom ones too), anything else cloned. */
function serializeError(error) {
  try {
    if (Object.prototype.toString.call(error) === '[object Error]') {
      for (let p = error; p !== null; p = Object.getPrototypeOf(p)) {
        const name = Object.getOwnPropertyDescriptor(p, 'constructor')?.value?.name;
        if (Object.hasOwn(kErrorClasses, name)) {
          const serialized = ['error', name, allProperties(error)];
          structuredClone(serialized);
          return serialized;
        }
      }
    }
  } catch {
    // Cloned as it is below.
  }
  return ['value', error];
}

function deserializeError([kind, ...rest]) {
  if (kind !== 'error') return rest[0];
  const [name, properties] = rest;
  Object.defineProperty(properties, Symbol.toStringTag, { value: { value: 'Error', configurable: true }, enumerable: true });
  return Object.create(kErrorClasses[name].prototype, properties);
}

/** A message event as addEventListener's listeners get it. */
class WorkerMessageEvent {
  constructor(data, target) {
    this.type = 'message';
    this.data = data;
    this.target = target;
    this.ports = [];
  }
}

/**
 * The worker's end of its channel to the parent. Like Node's MessagePort it holds the worker
 * alive while it has 'message' listeners, and serves both on() and addEventListener().
 */
class ParentPort extends EventEmitter {
  #id;
  #closed = false;
  #refed = null;
  #wrappers = new Map();

  constructor() {
    super();
    this.#id = ops.parentPortOpen((event) => {
      if (event[0] === 'terminate') {
        ops.exit(1);
        return;
      }
      if (event[0] === 'stdin') {
        const bytes = event[1];
        workerStdin.push(bytes === undefined ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        this.#update();
        return;
      }
      if (!this.#closed) this.emit('message', event[1]);
    });
    this.#update();
    const counts = (name) => name === 'message';
    this.on('newListener', (name) => counts(name) && process.nextTick(() => this.#update()));
    this.on('removeListener', (name) => counts(name) && process.nextTick(() => this.#update()));
  }

  /** Held open while someone listens for messages, or reads process.stdin before its end. */
  #update() {
    if (this.#id === undefined) return;
    const reading = workerStdin !== null && !workerStdin._readableState.ended && (workerStdin.listenerCount('data') > 0 || workerStdin.listenerCount('readable') > 0);
    const on = (!this.#closed && (this.#refed ?? this.listenerCount('message') > 0)) || reading;
    ops.streamRef(this.#id, on);
  }

  /** process.stdin's listeners count too. */
  _stdinListenersChanged() {
    process.nextTick(() => this.#update());
  }

  postMessage(value, transferList) {
    if (arguments.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    if (this.#closed) return;
    const buffers = prepareTransfer(transferList);
    cloning(() => ops.parentPortPost(value, buffers));
  }

  addEventListener(type, listener, options) {
    const wrapper = (data) => {
      const event = new WorkerMessageEvent(data, this);
      if (typeof listener === 'function') listener.call(this, event);
      else listener?.handleEvent?.(event);
    };
    this.#wrappers.set(listener, wrapper);
    if (options?.once) this.once(type, wrapper);
    else this.on(type, wrapper);
  }

  removeEventListener(type, listener) {
    const wrapper = this.#wrappers.get(listener);
    if (wrapper) {
      this.#wrappers.delete(listener);
      this.off(type, wrapper);
    }
  }

  start() {}

  close() {
    if (this.#closed) return;
    this.#closed = true;
    this.#update();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this.#refed = true;
    this.#update();
  }

  unref() {
    this.#refed = false;
    this.#update();
  }
}

let parentPort = null;

// A worker's process.stdin: what the parent writes to worker.stdin (made on the worker's side).
let workerStdin = null;

/** In a worker, the port to the parent (made once). */
function getParentPort() {
  if (workerState.isMainThread) return null;
  parentPort ??= new ParentPort();
  return parentPort;
}

/**
 * In a worker about to run its entry: opens the parent port (so that terminate() reaches an
 * idle worker) and sets process.argv. Returns what to run: `{ file }` or `{ code }`.
 */
function setupWorkerThread() {
  const { Readable } = require('stream');
  workerStdin = new Readable({ read() {} });
  workerStdin.fd = 0;
  for (const name of ['newListener', 'removeListener']) {
    workerStdin.on(name, (event) => {
      if (event === 'data' || event === 'readable') parentPort?._stdinListenersChanged();
    });
  }
  Object.defineProperty(process, 'stdin', { value: workerStdin, configurable: true, enumerable: true, writable: false });
  getParentPort();
  // Output goes to the parent's worker.stdout and worker.stderr, in order with other events.
  const { Writable } = require('stream');
  for (const [fd, name] of [[1, 'stdout'], [2, 'stderr']]) {
    const stream = new Writable({
      write(chunk, encoding, callback) {
        ops.workerStdio(fd, chunk);
        callback();
      },
    });
    stream.fd = fd;
    Object.defineProperty(process, name, { value: stream, configurable: true, enumerable: true, writable: false });
  }
  process._stdioStreamMade = () => true;
  process.argv.splice(1, process.argv.length - 1, workerState.isEval ? '[worker eval]' : workerState.entry, ...workerState.argv);
  return workerState.isEval ? { code: workerState.entry } : { file: workerState.entry };
}

module.exports = { Worker, getParentPort, setupWorkerThread, serializeError };
