'use strict';
// The `process` object. Facts that differ between runs (argv, env, pid) are filled in by
// `_start`, called at launch.

const EventEmitter = require('events');
const { codedError, invalidArgType, validateInteger } = require('internal/errors');


const process = new EventEmitter();
Object.defineProperty(process, Symbol.toStringTag, {
  value: 'process',
  writable: false,
  enumerable: false,
  configurable: true,
});

let exitCode;

/** Node 20 accepts integers and integer strings (and undefined/null) as exit codes. */
function validateExitCode(code) {
  if (code === undefined || code === null) return;
  if (typeof code === 'string' && code !== '' && Number.isInteger(Number(code))) return;
  validateInteger(code, 'code');
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

process.cwd = function cwd() {
  return ops.cwd();
};

process.chdir = function chdir(directory) {
  if (typeof directory !== 'string') throw invalidArgType('directory', 'string', directory);
  const from = ops.cwd();
  const code = ops.chdir(directory);
  if (code !== undefined) {
    const { errno, description } = errnoInfo(code);
    const err = new Error(`${code}: ${description}, chdir '${from}' -> '${directory}'`);
    err.errno = errno;
    err.code = code;
    err.syscall = 'chdir';
    err.path = from;
    err.dest = directory;
    throw err;
  }
};

function errnoInfo(code) {
  const row = ops.errnoTable().find((r) => r[1] === code);
  return row ? { errno: -row[0], description: row[2] } : { errno: 0, description: 'unknown error' };
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
  if (previous === undefined) return { user, system };
  if (previous === null || typeof previous !== 'object') throw invalidArgType('prevValue', 'object', previous);
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
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '${mask}'`);
    }
    mask = parseInt(mask, 8);
  } else if (typeof mask !== 'number') {
    throw invalidArgType('mask', 'number', mask);
  }
  return ops.umask(mask);
};

process.getuid = () => ops.ids()[0];
process.geteuid = () => ops.ids()[1];
process.getgid = () => ops.ids()[2];
process.getegid = () => ops.ids()[3];
process.getgroups = () => [...new Set(ops.ids().slice(4))];

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
process.config = { target_defaults: {}, variables: {} };
process.allowedNodeEnvironmentFlags = new Set();
process.noDeprecation = false;
process.throwDeprecation = false;

process.nextTick = require('internal/ticks').nextTick;

// ---- signals ----------------------------------------------------------------------------------

const signals = ops.signals();
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

process.kill = function kill(pid, sig = 'SIGTERM') {
  if (pid != (pid | 0)) throw invalidArgType('pid', 'number', pid);
  let signo;
  if (typeof sig === 'number') {
    signo = sig;
  } else if (typeof sig === 'string' && signals[sig] !== undefined) {
    signo = signals[sig];
  } else {
    throw codedError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
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
      const { ReadStream } = require('tty');
      stdin = new ReadStream(0);
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
  const { WriteStream } = require('tty');
  const stream = new WriteStream(fd);
  stream._type = stream.isTTY ? 'tty' : 'pipe';
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
    v8: info.v8Version,
    pack: info.packVersion,
  };
  process.release = { name: 'node', lts: 'Iron' };
  process.title = info.argv0;
  process.env = makeEnv(ops.env());
};

/** `process.env`: assigned values become strings, as in Node. */
function makeEnv(initial) {
  return new Proxy(initial, {
    set(target, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      target[key] = `${value}`;
      return true;
    },
    defineProperty(target, key, descriptor) {
      if ('value' in descriptor) {
        target[key] = `${descriptor.value}`;
        return true;
      }
      throw codedError(
        TypeError,
        'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
        "'process.env' only accepts a configurable, writable, and enumerable data descriptor",
      );
    },
  });
}

module.exports = process;
