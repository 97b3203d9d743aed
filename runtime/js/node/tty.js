'use strict';
// The `tty` module: terminals as streams, their size and colour depth.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { codedError } = require('internal/errors');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && ops.isatty(fd);
}

/** A readable over a file descriptor; reads run on the blocking pool. */
class ReadStream extends Readable {
  constructor(fd, options) {
    super({ highWaterMark: 65536, ...options });
    this.fd = fd;
    this.isRaw = false;
    // Only terminals say so: Node's pipe and file streams have no isTTY at all.
    if (ops.isatty(fd)) this.isTTY = true;
  }

  _read(size) {
    ops.fsAsync('read', (err, bytes) => {
      if (err) {
        this.destroy(err);
      } else if (bytes.length === 0) {
        this.push(null);
      } else {
        this.push(require('buffer').Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
      }
    }, this.fd, Math.max(size, 1), null);
  }

  setRawMode(flag) {
    const code = ops.setRawMode(this.fd, Boolean(flag));
    if (code !== undefined) throw codedError(Error, 'ERR_TTY_INIT_FAILED', `TTY initialization failed: uv_tty_set_mode returned ${code}`);
    this.isRaw = Boolean(flag);
    return this;
  }
}

/** A synchronous writer to a file descriptor (Node writes to terminals, files and pipes so). */
class WriteStream extends Writable {
  constructor(fd) {
    super({ decodeStrings: false, emitClose: false, autoDestroy: false });
    this.fd = fd;
    this._isStdio = fd <= 2;
    if (ops.isatty(fd)) this.isTTY = true;
  }

  _write(chunk, encoding, cb) {
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
  }

  get columns() {
    const size = this.isTTY ? ops.ttySize(this.fd) : undefined;
    return size ? size[0] : undefined;
  }

  get rows() {
    const size = this.isTTY ? ops.ttySize(this.fd) : undefined;
    return size ? size[1] : undefined;
  }

  getWindowSize() {
    const size = ops.ttySize(this.fd);
    return size || [0, 0];
  }

  getColorDepth(env = process.env) {
    if (env.FORCE_COLOR !== undefined) {
      const level = { '': 4, 1: 4, true: 4, 2: 8, 3: 24, 0: 1, false: 1 }[env.FORCE_COLOR];
      if (level !== undefined) return level;
    }
    if (env.NODE_DISABLE_COLORS !== undefined || (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.TERM === 'dumb') {
      return 1;
    }
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (env.TERM && /-256(color)?$/i.test(env.TERM)) return 8;
    if (env.TERM && /^(xterm|screen|vt100|vt220|rxvt|color|ansi|cygwin|linux|tmux)/i.test(env.TERM)) return 4;
    if (env.CI !== undefined) return 8;
    return env.TERM ? 4 : 1;
  }

  hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    }
    return count <= 2 ** this.getColorDepth(env);
  }

  clearLine(dir, cb) {
    const code = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
    return this.write(code, cb);
  }

  cursorTo(x, y, cb) {
    if (typeof y === 'function') {
      cb = y;
      y = undefined;
    }
    return this.write(typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`, cb);
  }

  moveCursor(dx, dy, cb) {
    let data = '';
    if (dx < 0) data += `\x1b[${-dx}D`;
    else if (dx > 0) data += `\x1b[${dx}C`;
    if (dy < 0) data += `\x1b[${-dy}A`;
    else if (dy > 0) data += `\x1b[${dy}B`;
    return this.write(data, cb);
  }

  clearScreenDown(cb) {
    return this.write('\x1b[0J', cb);
  }

  destroySoon() {
    this.destroy();
  }
}

module.exports = { isatty, ReadStream, WriteStream };
