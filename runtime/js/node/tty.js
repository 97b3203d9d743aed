'use strict';
// The `tty` module: terminals as streams, their size and colour depth.

const Duplex = require('internal/streams/duplex');
const { codedError, systemError, errnoInfo, validateInteger } = require('internal/errors');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && ops.isatty(fd);
}

// Writes are synchronous and never end the descriptor; reads buffer up to 64 KiB.
const sideOptions = {
  read: { highWaterMark: 65536, writable: false },
  write: { decodeStrings: false, emitClose: false, autoDestroy: false, readable: false },
};

/**
 * A stream over a file descriptor, in the place of Node's net.Socket (the base of both tty
 * classes, and what standard I/O is when it is a pipe). `side` is 'read' or 'write'. The tty
 * classes, like Node's, also work without `new`.
 */
function Socket(fd, side, options) {
  Duplex.call(this, { ...sideOptions[side], ...options });
  this.fd = fd;
  this._isStdio = fd <= 2;
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

Socket.prototype._read = function _read(size) {
  ops.fsAsync('read', (err, bytes) => {
    if (err) {
      this.destroy(err);
    } else if (bytes.length === 0) {
      this.push(null);
    } else {
      this.push(require('buffer').Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    }
  }, this.fd, Math.max(size, 1), null);
};

Socket.prototype._write = function _write(chunk, encoding, cb) {
  const data = typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8'
    ? require('buffer').Buffer.from(chunk, encoding)
    : chunk;
  const code = ops.write(this.fd, data);
  // A reader that went away (EPIPE) ends the output quietly, as Node's stdout does.
  if (code === undefined || code === 'EPIPE') {
    cb();
    return;
  }
  const err = new Error(`write ${code}`);
  err.code = code;
  err.syscall = 'write';
  cb(err);
};

/** The checks of Node's tty handle: a non-negative int32 that is a terminal, pipe or socket. */
function checkTtyFd(fd) {
  if (fd >> 0 !== fd || fd < 0) throw codedError(RangeError, 'ERR_INVALID_FD', `"fd" must be a positive integer: ${fd}`);
  const kind = ops.guessHandle(fd);
  if (kind === 'FILE' || kind === 'UNKNOWN') {
    const { errno, description } = errnoInfo('EINVAL');
    const info = { errno, code: 'EINVAL', message: description, syscall: 'uv_tty_init' };
    throw systemError('ERR_TTY_INIT_FAILED', 'TTY initialization failed', { syscall: 'uv_tty_init', errnoCode: 'EINVAL' }, info);
  }
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  checkTtyFd(fd);
  Socket.call(this, fd, 'read', { ...options, writable: false });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, Socket.prototype);
Object.setPrototypeOf(ReadStream, Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  const code = ops.setRawMode(this.fd, Boolean(flag));
  if (code !== undefined) throw codedError(Error, 'ERR_TTY_INIT_FAILED', `TTY initialization failed: uv_tty_set_mode returned ${code}`);
  this.isRaw = Boolean(flag);
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  checkTtyFd(fd);
  Socket.call(this, fd, 'write');
}
Object.setPrototypeOf(WriteStream.prototype, Socket.prototype);
Object.setPrototypeOf(WriteStream, Socket);

Object.defineProperty(WriteStream.prototype, 'columns', {
  configurable: true,
  get() {
    const size = ops.ttySize(this.fd);
    return size ? size[0] : undefined;
  },
});

Object.defineProperty(WriteStream.prototype, 'rows', {
  configurable: true,
  get() {
    const size = ops.ttySize(this.fd);
    return size ? size[1] : undefined;
  },
});

WriteStream.prototype.getWindowSize = function getWindowSize() {
  const size = ops.ttySize(this.fd);
  return size || [0, 0];
};

WriteStream.prototype.getColorDepth = function getColorDepth(env = process.env) {
  return colorDepth(env);
};

WriteStream.prototype.hasColors = function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  // The module's own depth rule, not an overridden getColorDepth, as in Node.
  return count <= 2 ** colorDepth(env ?? process.env);
};

WriteStream.prototype.clearLine = function clearLine(dir, cb) {
  const code = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
  return this.write(code, cb);
};

WriteStream.prototype.cursorTo = function cursorTo(x, y, cb) {
  if (typeof y === 'function') {
    cb = y;
    y = undefined;
  }
  return this.write(typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`, cb);
};

WriteStream.prototype.moveCursor = function moveCursor(dx, dy, cb) {
  let data = '';
  if (dx < 0) data += `\x1b[${-dx}D`;
  else if (dx > 0) data += `\x1b[${dx}C`;
  if (dy < 0) data += `\x1b[${-dy}A`;
  else if (dy > 0) data += `\x1b[${dy}B`;
  return this.write(data, cb);
};

WriteStream.prototype.clearScreenDown = function clearScreenDown(cb) {
  return this.write('\x1b[0J', cb);
};

WriteStream.prototype.destroySoon = function destroySoon() {
  this.destroy();
};

// Every instance is a terminal (standard I/O that is not one uses a plain Socket).
WriteStream.prototype.isTTY = true;

// ---- colour depth: the environment variables Node reads, in its order --------------------------

const forcedDepths = { __proto__: null, '': 4, 1: 4, true: 4, 2: 8, 3: 24 };
// CI services known to show colours.
const colourCIs = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];
// Terminal names (lower case) with a known depth, then patterns of 16-colour ones.
const termDepths = {
  __proto__: null,
  eterm: 4, cons25: 4, console: 4, cygwin: 4, dtterm: 4, gnome: 4, hurd: 4, jfbterm: 4, konsole: 4,
  kterm: 4, mlterm: 4, mosh: 24, putty: 4, st: 4, 'rxvt-unicode-24bit': 24, terminator: 24,
};
const termPatterns = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/];
let warnedForcedColor = false;

function colorDepth(env) {
  if (env.FORCE_COLOR !== undefined) {
    const forced = forcedDepths[env.FORCE_COLOR];
    if (forced === undefined) return 1;
    warnIgnoredColorEnv(env);
    return forced;
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
  if (env.TMUX) return 8;
  if (env.CI) return colourCIs.some((name) => name in env) || env.CI_NAME === 'codeship' ? 8 : 1;
  if ('TEAMCITY_VERSION' in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 4 : 1;
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? 8 : 24;
    case 'HyperTerm':
    case 'MacTerm':
      return 24;
    case 'Apple_Terminal':
      return 8;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    if (env.TERM.startsWith('xterm-256')) return 8;
    const term = env.TERM.toLowerCase();
    if (termDepths[term] !== undefined) return termDepths[term];
    if (termPatterns.some((pattern) => pattern.test(term))) return 4;
  }
  return env.COLORTERM ? 4 : 1;
}

/** FORCE_COLOR wins over the variables that turn colours off; Node says so once. */
function warnIgnoredColorEnv(env) {
  if (warnedForcedColor) return;
  const ignored = ['NODE_DISABLE_COLORS', 'NO_COLOR'].filter((name) => env[name] !== undefined);
  if (ignored.length === 0) return;
  warnedForcedColor = true;
  process.emitWarning(`The ${ignored.map((name) => `'${name}'`).join(' and ')} env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
}

module.exports = { isatty, ReadStream, WriteStream };
