'use strict';
// The `process` object. Facts that differ between runs (argv, env, pid) are filled in by
// `_start`, called at launch.

const EventEmitter = require('events');
const { codedError, invalidArgType, validateInteger, errnoInfo } = require('internal/errors');


// Node's process object is made by a function named `process` whose prototype is an emitter.
function ProcessObject() {
  EventEmitter.call(this);
}
Object.defineProperty(ProcessObject, 'name', { value: 'process' });
Object.setPrototypeOf(ProcessObject.prototype, EventEmitter.prototype);
const process = new ProcessObject();
Object.defineProperty(process, Symbol.toStringTag, {
  value: 'process',
  writable: false,
  enumerable: false,
  configurable: true,
});

let exitCode;

/**
 * Node 20 accepts integers and integer strings (and undefined/null) as exit codes; a string that
 * reads as a number is checked as that number.
 */
function validateExitCode(code) {
  if (code === undefined || code === null) return;
  const asNumber = typeof code === 'string' && code !== '' ? Number(code) : NaN;
  validateInteger(Number.isNaN(asNumber) ? code : asNumber, 'code');
}

Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() {
    return exitCode;
  },
  set(code) {
    validateExitCode(code);
    exitCode = code;
  },
});

process._exiting = false;

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  const status = exitCode === undefined || exitCode === null ? 0 : Number(exitCode) | 0;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', status);
  }
  // 'exit' listeners may have changed the code.
  const final = exitCode === undefined || exitCode === null ? 0 : Number(exitCode) | 0;
  ops.exit(final);
};

process.reallyExit = function reallyExit(code) {
  ops.exit(code | 0);
};

// Read once and kept until the next chdir, as Node does.
let cachedCwd;

process.cwd = function cwd() {
  if (cachedCwd !== undefined) return cachedCwd;
  const dir = ops.cwd();
  if (typeof dir !== 'string') throw errnoError(dir.code, 'uv_cwd');
  cachedCwd = dir;
  return dir;
};

process.chdir = function chdir(directory) {
  if (typeof directory !== 'string') throw invalidArgType('directory', 'string', directory);
  const code = ops.chdir(directory);
  if (code !== undefined) {
    // Both paths as the system saw them: the current one read afresh, the target cut at a NUL.
    const current = ops.cwd();
    const from = typeof current === 'string' ? current : '';
    const dest = directory.split('\0')[0];
    const err = errnoError(code, 'chdir', `chdir '${from}' -> '${dest}'`);
    err.path = from;
    err.dest = dest;
    throw err;
  }
  cachedCwd = undefined;
};

/** An OS error as Node words it: `CODE: description, what`. */
function errnoError(code, syscall, what = syscall) {
  const { errno, description } = errnoInfo(code);
  const err = new Error(`${code}: ${description}, ${what}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

// ---- time and resources -----------------------------------------------------------------------

function hrtime(time) {
  const ns = BigInt(Math.round(ops.hrtime())) + originNs;
  let sec = Number(ns / 1000000000n);
  let nsec = Number(ns % 1000000000n);
  if (time !== undefined) {
    if (!Array.isArray(time)) throw invalidArgType('time', 'Array', time);
    if (time.length !== 2) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "time" is out of range. It must be 2. Received ${time.length}`);
    }
    sec -= time[0];
    nsec -= time[1];
    if (nsec < 0) {
      sec -= 1;
      nsec += 1e9;
    }
  }
  return [sec, nsec];
}
// The monotonic clock's reading is process-relative; give it an arbitrary but fixed base.
const originNs = 1000000000000n;
hrtime.bigint = function bigint() {
  return BigInt(Math.round(ops.hrtime())) + originNs;
};
process.hrtime = hrtime;

process.uptime = function uptime() {
  return ops.hrtime() / 1e9;
};

function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = ops.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
}
memoryUsage.rss = function rss() {
  return ops.rss();
};
process.memoryUsage = memoryUsage;

process.cpuUsage = function cpuUsage(previous) {
  const [user, system] = ops.resourceUsage();
  // Any falsy value means "no earlier reading".
  if (!previous) return { user, system };
  if (typeof previous !== 'object') throw invalidArgType('prevValue', 'object', previous);
  for (const key of ['user', 'system']) {
    const v = previous[key];
    if (typeof v !== 'number') throw invalidArgType(`prevValue.${key}`, 'number', v);
    if (v < 0 || !Number.isFinite(v)) {
      throw codedError(RangeError, 'ERR_INVALID_ARG_VALUE', `The property 'prevValue.${key}' is invalid. Received ${v}`);
    }
  }
  return { user: user - previous.user, system: system - previous.system };
};

const resourceNames = ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite', 'ipcSent',
  'ipcReceived', 'signalsCount', 'voluntaryContextSwitches', 'involuntaryContextSwitches'];
process.resourceUsage = function resourceUsage() {
  const values = ops.resourceUsage();
  const out = {};
  resourceNames.forEach((name, i) => (out[name] = values[i]));
  return out;
};

process.umask = function umask(mask) {
  if (mask === undefined) return ops.umask();
  // null means "no mode given", which is not allowed here.
  mask ??= undefined;
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '${mask}'`);
    }
    mask = parseInt(mask, 8);
  }
  validateInteger(mask, 'mask', 0, 4294967295);
  return ops.umask(mask);
};

// ---- credentials -----------------------------------------------------------------------------

function unknownCredential(kind, id) {
  const what = kind === 'user' ? 'User' : 'Group';
  return codedError(Error, 'ERR_UNKNOWN_CREDENTIAL', `${what} identifier does not exist: ${id}`);
}

/** A user or group given by id or name, checked as Node checks it; returns the number. */
function credentialId(id, name, kind) {
  if (typeof id === 'number') {
    validateInteger(id, name, 0, 4294967295);
  } else if (typeof id !== 'string') {
    throw invalidArgType(name, ['number', 'string'], id);
  }
  // The all-ones id is the system's "no id".
  const number = typeof id === 'number' ? (id === 4294967295 ? undefined : id) : ops.credentialId(kind, id);
  if (number === undefined) throw unknownCredential(kind, id);
  return number;
}

/** Runs a credential call; a refusal is thrown as Node words it (`EPERM, Operation not permitted`). */
function setCredentials(call, ...args) {
  const failure = ops.setCredentials(call, ...args);
  if (failure === undefined) return;
  if (failure === 'ENOUSER') throw unknownCredential('user', args[0]);
  const [code, errno, text] = failure;
  const err = new Error(`${code}, ${text}`);
  err.errno = errno;
  err.code = code;
  err.syscall = call;
  throw err;
}

// Node's id setters are anonymous functions.
process.setuid = (id) => setCredentials('setuid', credentialId(id, 'id', 'user'));
process.seteuid = (id) => setCredentials('seteuid', credentialId(id, 'id', 'user'));
process.setgid = (id) => setCredentials('setgid', credentialId(id, 'id', 'group'));
process.setegid = (id) => setCredentials('setegid', credentialId(id, 'id', 'group'));

process.setgroups = function setgroups(groups) {
  if (!Array.isArray(groups)) throw invalidArgType('groups', 'Array', groups);
  setCredentials('setgroups', groups.map((group, i) => credentialId(group, `groups[${i}]`, 'group')));
};

process.initgroups = function initgroups(user, extraGroup) {
  if (typeof user === 'number') validateInteger(user, 'user', 0, 4294967295);
  else if (typeof user !== 'string') throw invalidArgType('user', ['number', 'string'], user);
  setCredentials('initgroups', user, credentialId(extraGroup, 'extraGroup', 'group'));
};

process.getuid = () => ops.ids()[0];
process.geteuid = () => ops.ids()[1];
process.getgid = () => ops.ids()[2];
process.getegid = () => ops.ids()[3];
// The supplementary groups as the system lists them, with the effective group added if missing.
process.getgroups = () => {
  const [, , , egid, ...groups] = ops.ids();
  if (!groups.includes(egid)) groups.push(egid);
  return groups;
};

process.features = {
  inspector: false,
  debug: false,
  uv: true,
  ipv6: true,
  tls_alpn: true,
  tls_sni: true,
  tls_ocsp: true,
  tls: true,
  cached_builtins: true,
  typescript: false,
};
Object.defineProperty(process, 'config', {
  value: Object.freeze({ target_defaults: Object.freeze({}), variables: Object.freeze({}) }),
  writable: false,
  enumerable: true,
  configurable: true,
});
process.allowedNodeEnvironmentFlags = new Set();
process.debugPort = 9229;

/** Ends the process at once with SIGABRT, as C's abort() does. */
process.abort = function abort() {
  ops.signalDefault(signals.SIGABRT);
};

process.setSourceMapsEnabled = function setSourceMapsEnabled(enabled) {
  if (typeof enabled !== 'boolean') throw invalidArgType('val', 'boolean', enabled);
  // The packed program runs as written: there are no source maps to apply.
};

/** The memory limit the system sets for this process (cgroups), or 0 where none is known. */
process.constrainedMemory = function constrainedMemory() {
  return ops.constrainedMemory();
};

process.nextTick = require('internal/ticks').nextTick;

// ---- signals ----------------------------------------------------------------------------------

const signals = { __proto__: null, ...ops.signals() };
const signalNames = new Map();
for (const name of Object.keys(signals)) {
  if (!signalNames.has(signals[name])) signalNames.set(signals[name], name);
}

// Listening starts with the first listener; the runtime then delivers the signal to
// `_emitSignal`, which falls back to the default action once no listener is left.
process.on('newListener', (type) => {
  if (typeof type === 'string' && type.startsWith('SIG') && signals[type] !== undefined) {
    ops.listenSignal(signals[type]);
  }
});

process._emitSignal = function _emitSignal(signo) {
  const name = signalNames.get(signo);
  if (name === undefined || !process.emit(name, name, signo)) ops.signalDefault(signo);
};

process.kill = function kill(pid, sig) {
  if (pid != (pid | 0)) throw invalidArgType('pid', 'number', pid);
  let signo;
  if (sig === (sig | 0)) {
    // Any int32 goes to the system as it is (0 only probes).
    signo = sig;
  } else {
    // Other falsy values mean the default signal; names are looked up as given.
    const name = sig || 'SIGTERM';
    signo = signals[name];
    if (!signo) throw codedError(TypeError, 'ERR_UNKNOWN_SIGNAL', require('util').format('Unknown signal: %s', name));
  }
  const code = ops.kill(pid, signo);
  if (code !== undefined) {
    const err = new Error(`kill ${code}`);
    err.errno = errnoInfo(code).errno;
    err.code = code;
    err.syscall = 'kill';
    throw err;
  }
  return true;
};

process.emitWarning = function emitWarning(warning, type, code) {
  let w = warning;
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ({ code, detail } = type);
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    // emitWarning(warning, ctor): the constructor only trims the stack.
    type = 'Warning';
    code = undefined;
  }
  if (type !== undefined && typeof type !== 'string') throw invalidArgType('type', 'string', type);
  if (typeof code === 'function') code = undefined;
  else if (code !== undefined && typeof code !== 'string') throw invalidArgType('code', 'string', code);
  if (typeof w === 'string') {
    w = new Error(w);
    w.name = typeof type === 'string' ? type : 'Warning';
    if (typeof code === 'string') w.code = code;
    if (typeof detail === 'string') w.detail = detail;
  } else if (!(w instanceof Error)) {
    throw invalidArgType('warning', 'Error or string', warning);
  }
  if (w.name === 'DeprecationWarning' && process.noDeprecation) return;
  if (w.name === 'DeprecationWarning' && process.throwDeprecation) {
    // Thrown once the warnings before it have been printed.
    process.nextTick(() => {
      throw w;
    });
    return;
  }
  process.nextTick(() => {
    // Node's own printer is the first 'warning' listener.
    const label = w.code ? `[${w.code}] ` : '';
    const detail = typeof w.detail === 'string' ? `\n${w.detail}` : '';
    ops.write(2, `(node:${process.pid}) ${label}${w.name}: ${w.message}${detail}\n`);
    process.emit('warning', w);
  });
};

process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  const { capture } = require('internal/uncaught');
  if (fn === null) {
    capture.fn = null;
    return;
  }
  if (typeof fn !== 'function') throw invalidArgType('fn', ['function', 'null'], fn);
  if (capture.fn !== null) {
    throw codedError(
      Error,
      'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
      '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active',
    );
  }
  capture.fn = fn;
};

process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return require('internal/uncaught').capture.fn !== null;
};

// Standard streams, made when first used.
let stdout;
let stderr;
let stdin;
Object.defineProperty(process, 'stdout', {
  configurable: true,
  enumerable: true,
  get() {
    if (stdout === undefined) stdout = stdioStream(1);
    return stdout;
  },
});
Object.defineProperty(process, 'stderr', {
  configurable: true,
  enumerable: true,
  get() {
    if (stderr === undefined) stderr = stdioStream(2);
    return stderr;
  },
});
Object.defineProperty(process, 'stdin', {
  configurable: true,
  enumerable: true,
  get() {
    if (stdin === undefined) {
      const kind = ops.guessHandle(0);
      const { ReadStream } = require('tty');
      // A terminal, else a file read as fs does, else (pipes) a plain socket.
      if (kind === 'TTY') stdin = new ReadStream(0);
      else if (kind === 'FILE') stdin = new (require('internal/fs_streams').ReadStream)(null, { fd: 0, autoClose: false });
      else stdin = new (Object.getPrototypeOf(ReadStream))(0, 'read');
      stdin.fd = 0;
      // Closing standard input does not close the descriptor.
      stdin._destroy = (err, cb) => cb(err);
    }
    return stdin;
  },
});

/** Whether the program has touched process.stdout (1) or process.stderr (2) yet. */
process._stdioStreamMade = function _stdioStreamMade(fd) {
  return fd === 1 ? stdout !== undefined : stderr !== undefined;
};
Object.defineProperty(process, '_stdioStreamMade', { enumerable: false });

function stdioStream(fd) {
  const kind = ops.guessHandle(fd);
  const { WriteStream } = require('tty');
  // Only a terminal is a tty.WriteStream; files and pipes get the plain socket it builds on.
  const stream = kind === 'TTY' ? new WriteStream(fd) : new (Object.getPrototypeOf(WriteStream))(fd, 'write');
  stream._type = kind === 'TTY' ? 'tty' : kind === 'FILE' ? 'fs' : 'pipe';
  // Standard output and error are never really ended by the program.
  stream.destroySoon = stream.destroy;
  stream._destroy = (err, cb) => cb(err);
  return stream;
}

process._start = function _start(info) {
  process.argv = info.argv;
  process.argv0 = info.argv0;
  process.execArgv = [];
  process.execPath = info.execPath;
  process.pid = info.pid;
  process.ppid = info.ppid;
  process.platform = info.platform;
  process.arch = info.arch;
  process.version = `v${info.nodeVersion}`;
  process.versions = {
    node: info.nodeVersion,
    // The libuv release whose behaviour this runtime's event loop follows (Node 20's).
    uv: '1.46.0',
    v8: info.v8Version,
    pack: info.packVersion,
  };
  const download = `https://nodejs.org/download/release/v${info.nodeVersion}/node-v${info.nodeVersion}`;
  process.release = { name: 'node', lts: 'Iron', sourceUrl: `${download}.tar.gz`, headersUrl: `${download}-headers.tar.gz` };
  process.title = info.argv0;
  process.env = makeEnv(ops.env());
};

/**
 * `process.env`: the environment as the system keeps it. Names and values are C strings (cut at a
 * NUL), values are stored as strings, and names the system rejects (empty, with '=') are dropped.
 * Its prototype is an object of its own that inherits from Object.prototype.
 */
function makeEnv(initial) {
  const store = Object.assign(Object.create(Object.create(Object.prototype)), initial);
  const cString = (text) => text.split('\0')[0];
  const hasVar = (name) => Object.prototype.hasOwnProperty.call(store, name);
  const setVar = (key, value) => {
    if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    const name = cString(key);
    const text = cString(`${value}`);
    if (name !== '' && !name.includes('=')) store[name] = text;
  };
  const defineError = (what) => codedError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY', `'process.env' ${what}`);
  const env = new Proxy(store, {
    get(target, key) {
      if (typeof key === 'symbol') return undefined;
      const name = cString(key);
      return hasVar(name) ? store[name] : Reflect.get(target, key);
    },
    set(target, key, value, receiver) {
      // An object inheriting from the environment gets its own property instead.
      if (receiver !== env) {
        return Reflect.defineProperty(receiver, key, { value, writable: true, enumerable: true, configurable: true });
      }
      setVar(key, value);
      return true;
    },
    has(target, key) {
      return typeof key !== 'symbol' && (hasVar(cString(key)) || key in target);
    },
    deleteProperty(target, key) {
      if (typeof key !== 'symbol') delete store[cString(key)];
      return true;
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'symbol' || !hasVar(cString(key))) return undefined;
      return Reflect.getOwnPropertyDescriptor(store, cString(key));
    },
    defineProperty(target, key, descriptor) {
      if ('get' in descriptor || 'set' in descriptor) throw defineError('does not accept an accessor(getter/setter) descriptor');
      if (!('value' in descriptor) || !descriptor.configurable || !descriptor.writable || !descriptor.enumerable) {
        throw defineError('only accepts a configurable, writable, and enumerable data descriptor');
      }
      setVar(key, descriptor.value);
      return true;
    },
    preventExtensions() {
      throw new TypeError(lockRefusal());
    },
  });
  return env;
}

/** The environment cannot be frozen, sealed or made non-extensible; V8 words it per operation. */
function lockRefusal() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 3;
  const stack = new Error().stack;
  Error.stackTraceLimit = limit;
  if (/\n\s+at (Function\.|Object\.)?freeze /.test(stack)) return 'Cannot freeze';
  if (/\n\s+at (Function\.|Object\.)?seal /.test(stack)) return 'Cannot seal';
  return 'Cannot prevent extensions';
}

module.exports = process;
