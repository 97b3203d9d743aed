'use strict';
// ChildProcess: a command started with spawn() and followed from the event loop. Its piped
// standard streams are streams here; 'exit' comes with the exit status, 'close' once the
// status is in and the output streams have closed.

const EventEmitter = require('events');
const { Readable, Writable } = require('stream');
const { Buffer } = require('buffer');
const { codedError, errnoException: callError } = require('internal/errors');

const signalNumbers = { __proto__: null, ...ops.signals() };
const signalNames = { __proto__: null };
for (const name of Object.keys(signalNumbers)) signalNames[signalNumbers[name]] ??= name;

/** A signal by name (in any case, as Node takes it) or number, as kill() and killSignal take it. */
function signalNumber(signal) {
  if (typeof signal === 'number' && signal in signalNames) return signal;
  if (typeof signal === 'string' && signal.toUpperCase() in signalNumbers) return signalNumbers[signal.toUpperCase()];
  throw codedError(TypeError, 'ERR_UNKNOWN_SIGNAL', require('util').format('Unknown signal: %s', signal));
}


class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._id = null;
    this._stopped = false;
    this._exited = false;
    // Per piped output: whether it reached its end, and whether it is done for 'close'.
    this._outputs = [];
    this._closeSent = false;
    // An IPC channel, while open, holds 'close' back as the output streams do.
    this._channelOpen = false;
    this._writes = new Map();
    this._nextWrite = 1;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this.spawnargs = [];
    this.pid = undefined;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [null, null, null];
  }

  /**
   * Starts `file` with `args` (`options` as ops.spawn takes them, `modes` the three stdio
   * modes). A failure to start is reported as an 'error' event, as Node does.
   */
  _start(file, args, spawnargs, options, modes, extraPipes = []) {
    this.spawnfile = file;
    this.spawnargs = spawnargs;
    for (let fd = 0; fd < 3; fd++) {
      if (modes[fd] !== 'pipe') continue;
      const stream = fd === 0 ? this._input() : this._output(fd);
      this.stdio[fd] = stream;
    }
    [this.stdin, this.stdout, this.stderr] = this.stdio;
    const started = ops.spawn(file, args, options, (event) => this._event(event));
    if (typeof started === 'string') {
      for (const [, token] of extraPipes) ops.netReject(token);
      const err = callError(`spawn ${file}`, started);
      err.path = file;
      err.spawnargs = args;
      this._exited = true;
      this.exitCode = err.errno;
      process.nextTick(() => {
        this.emit('error', err);
        for (const stream of this.stdio) stream?.destroy();
        this._maybeClose();
      });
      return err;
    }
    let channelFd;
    [this._id, this.pid, channelFd] = started;
    // Extra pipes are sockets, readable and writable; the child's 'close' waits for them too.
    for (const [target, token] of extraPipes) {
      const socket = new (require('net').Socket)();
      socket._adopt(token, {}, false);
      this.stdio[target] = socket;
      const output = { fd: target, ended: true, done: false };
      this._outputs.push(output);
      socket.once('close', () => {
        output.done = true;
        this._maybeClose();
      });
    }
    if (channelFd >= 0) {
      this._channelOpen = true;
      require('internal/ipc').setupChannel(this, channelFd, options.serialization, {
        refed: true,
        onClose: () => {
          this._channelOpen = false;
          this._maybeClose();
        },
      });
    }
    process.nextTick(() => this.emit('spawn'));
    return undefined;
  }

  _output(fd) {
    // Reading the pipe stops while the stream holds enough, and goes on when it wants more.
    const stream = new Readable({
      read: () => {
        if (this._id !== null && !this._stopped) ops.spawnFlow(this._id, fd, true);
      },
      // A destroyed stream closes our end of the pipe: a child still writing gets EPIPE.
      destroy: (err, callback) => {
        if (this._id !== null && !this._stopped) ops.spawnFlow(this._id, fd, 'close');
        callback(err);
      },
    });
    const output = { fd, ended: false, done: false };
    this._outputs.push(output);
    // Registered before any listener of the program's: the child's 'close' comes first.
    stream.once('close', () => {
      output.done = true;
      this._maybeClose();
    });
    return stream;
  }

  _input() {
    const child = this;
    return new Writable({
      write(chunk, encoding, callback) {
        if (child._id === null) {
          callback(callError('write', 'EPIPE'));
          return;
        }
        const seq = child._nextWrite++;
        child._writes.set(seq, callback);
        // Strings arrive as Buffers (decodeStrings).
        ops.spawnWrite(child._id, seq, chunk);
      },
      final(callback) {
        if (child._id !== null) ops.spawnEndStdin(child._id);
        callback();
      },
      destroy(err, callback) {
        if (child._id !== null && !child._exited) ops.spawnEndStdin(child._id);
        callback(err);
      },
    });
  }

  _event(event) {
    switch (event[0]) {
      case 'data': {
        const bytes = event[2];
        const stream = this.stdio[event[1]];
        if (stream && !stream.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) {
          ops.spawnFlow(this._id, event[1], false);
        }
        break;
      }
      case 'end': {
        const stream = this.stdio[event[1]];
        const output = this._outputs.find((o) => o.fd === event[1]);
        stream?.push(null);
        if (output) output.ended = true;
        // Output nobody reads does not hold the child's 'close' back (the data stays readable),
        // as when Node closes the pipe at its end.
        process.nextTick(() => {
          if (output && stream.readableFlowing !== true) {
            output.done = true;
            this._maybeClose();
          }
        });
        this._maybeStopFollowing();
        break;
      }
      case 'written': {
        const callback = this._writes.get(event[1]);
        this._writes.delete(event[1]);
        callback?.(event[2] === undefined ? null : callError('write', event[2]));
        break;
      }
      case 'exit': {
        const [, code, signo] = event;
        this.exitCode = code === undefined ? null : code;
        this.signalCode = signo === undefined ? null : signalNames[signo] ?? null;
        this._exited = true;
        this.stdin?.destroy();
        this.emit('exit', this.exitCode, this.signalCode);
        this._maybeStopFollowing();
        // Never in the same tick as 'exit': a listener added once 'exit' is seen still gets
        // 'close', as when Node's pipes close after the exit status arrives.
        setImmediate(() => this._maybeClose());
        break;
      }
      default:
        break;
    }
  }

  /** The loop lets go of the child once its status and all its output are in. */
  _maybeStopFollowing() {
    if (!this._exited || this._id === null || this._stopped) return;
    if (this._outputs.every((o) => o.ended)) {
      this._stopped = true;
      ops.spawnClose(this._id);
    }
  }

  _maybeClose() {
    if (this._closeSent || !this._exited || this._channelOpen || this._outputs.some((o) => !o.done)) return;
    this._closeSent = true;
    this.emit('close', this.exitCode, this.signalCode);
  }

  kill(signal = 'SIGTERM') {
    // 0 only checks that the child is there (and still counts as killing it, as in Node).
    const signo = signal === 0 ? 0 : signalNumber(signal);
    if (this._id === null || this._exited) return false;
    const code = ops.kill(this.pid, signo);
    if (code === undefined) {
      this.killed = true;
      return true;
    }
    if (code === 'ESRCH') return false;
    throw callError('kill', code);
  }

  ref() {
    if (this._id !== null && !this._exited) ops.streamRef(this._id, true);
  }

  unref() {
    if (this._id !== null && !this._exited) ops.streamRef(this._id, false);
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }
}

module.exports = { ChildProcess, signalNumber, signalNames };
