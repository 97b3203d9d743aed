'use strict';
// The IPC channel between a parent and a child it forked (or spawned with stdio 'ipc'): the
// parent's ChildProcess and the child's `process` get send(), disconnect(), `connected`,
// `channel` and 'message'/'disconnect' events. On the wire, as Node writes it: 'json' sends each
// message as a line of JSON; 'advanced' as a 4-byte big-endian length and V8's serialization
// (the format of v8.serialize). Messages whose `cmd` starts with NODE_ are the runtime's own
// and come as 'internalMessage'.

const { codedError, errnoException, invalidArgType, validateObject } = require('internal/errors');

const kMaxQueued = 64 * 1024;

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' && message.cmd.startsWith('NODE_');
}

/**
 * A bare descriptor this process keeps and sends copies of: a cluster primary's shared
 * socket. The receiver gets the descriptor number.
 */
class SharedDescriptor {
  constructor(fd) {
    this.fd = fd;
  }

  _descriptor() {
    return ops.dupFd(this.fd);
  }
}

/** What kind of handle can travel over the channel: a net server or connection, a UDP socket. */
function handleType(handle) {
  const net = require('net');
  if (handle instanceof net.Server) return 'net.Server';
  if (handle instanceof net.Socket && !handle.encrypted) return 'net.Socket';
  if (handle instanceof require('dgram').Socket) return 'dgram.Socket';
  if (handle instanceof SharedDescriptor) return 'fd';
  return null;
}

/** The object a received descriptor stands for. */
function receiveHandle(message, fd) {
  const net = require('net');
  if (fd === undefined) return undefined;
  switch (message.type) {
    case 'net.Server':
      return new net.Server()._listenOnDescriptor(fd);
    case 'net.Socket':
      return new net.Socket()._adoptDescriptor(fd);
    case 'dgram.Socket':
      return require('dgram').createSocket(message.dgramType).bind({ fd, exclusive: true });
    case 'fd':
      return fd;
    default:
      ops.closeFd(fd);
      return undefined;
  }
}

/** Frames and unframes messages of one serialization. */
function codecFor(serialization) {
  const { Buffer } = require('buffer');
  if (serialization === 'advanced') {
    const v8 = require('v8');
    let pending = Buffer.alloc(0);
    return {
      encode(message) {
        const body = v8.serialize(message);
        const frame = Buffer.allocUnsafe(4 + body.length);
        frame.writeUInt32BE(body.length, 0);
        body.copy(frame, 4);
        return frame;
      },
      decode(chunk) {
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        const messages = [];
        while (pending.length >= 4) {
          const size = pending.readUInt32BE(0);
          if (pending.length < 4 + size) break;
          messages.push(v8.deserialize(pending.subarray(4, 4 + size)));
          pending = pending.subarray(4 + size);
        }
        if (pending.length === 0) pending = Buffer.alloc(0);
        return messages;
      },
    };
  }
  const { StringDecoder } = require('string_decoder');
  const decoder = new StringDecoder('utf8');
  let pending = '';
  return {
    encode(message) {
      return Buffer.from(`${JSON.stringify(message)}\n`);
    },
    decode(chunk) {
      pending += decoder.write(chunk);
      const lines = pending.split('\n');
      pending = lines.pop();
      return lines.map((line) => JSON.parse(line));
    },
  };
}

/**
 * Gives `target` (a ChildProcess or `process`) the channel on descriptor `fd`. `refed` says
 * whether the open channel alone keeps the process alive (the parent's does; the child's only
 * while it has 'message' or 'disconnect' listeners). Returns the channel's control, whose
 * `closed` promise-like `onClose` hook the ChildProcess uses for 'close'.
 */
function setupChannel(target, fd, serialization, { refed, onClose }) {
  const codec = codecFor(serialization);
  const writes = new Map();
  let nextWrite = 1;
  let queued = 0;
  let explicitRef = null;
  let listeners = 0;
  let closed = false;

  // Descriptors that came with the data, for the handle messages that follow, in order.
  const received = [];
  const id = ops.ipcOpen(fd, (event) => {
    switch (event[0]) {
      case 'data': {
        if (event[2]) received.push(...event[2]);
        let messages;
        try {
          const { Buffer } = require('buffer');
          messages = codec.decode(Buffer.from(event[1].buffer, event[1].byteOffset, event[1].byteLength));
        } catch (err) {
          process.nextTick(() => target.emit('error', err));
          return;
        }
        for (const message of messages) {
          if (message !== null && typeof message === 'object' && message.cmd === 'NODE_HANDLE') {
            const handle = receiveHandle(message, received.shift());
            const inner = message.msg;
            const name = isInternal(inner) ? 'internalMessage' : 'message';
            process.nextTick(() => target.emit(name, inner, handle));
            continue;
          }
          const name = isInternal(message) ? 'internalMessage' : 'message';
          process.nextTick(() => target.emit(name, message, undefined));
        }
        break;
      }
      case 'end':
        if (target.connected) target.disconnect();
        else close();
        break;
      case 'written': {
        const done = writes.get(event[1]);
        writes.delete(event[1]);
        if (writes.size === 0) applyRef();
        if (done) {
          queued -= done.size;
          const err = event[2] === undefined ? null : errnoException('write', event[2]);
          done.callback?.(err);
          if (err && !done.callback) target.emit('error', err);
        }
        break;
      }
      default:
        break;
    }
  });
  if (typeof id === 'string') throw errnoException('ipcOpen', id);

  // Writes still waiting for the socket hold the process, as libuv's write requests do.
  const applyRef = () => {
    if (closed) return;
    const on = writes.size > 0 || (explicitRef ?? (refed || listeners > 0));
    ops.streamRef(id, on);
  };

  function close() {
    if (closed) return;
    closed = true;
    ops.ipcClose(id);
    onClose?.();
  }

  target.connected = true;
  target.channel = {
    ref() {
      explicitRef = true;
      applyRef();
    },
    unref() {
      explicitRef = false;
      applyRef();
    },
  };
  if (!refed) {
    // The child's channel holds the process only while someone listens to it.
    const counts = (name) => name === 'message' || name === 'disconnect';
    target.on('newListener', (name) => {
      if (!counts(name)) return;
      listeners++;
      applyRef();
    });
    target.on('removeListener', (name) => {
      if (!counts(name)) return;
      listeners--;
      applyRef();
    });
  }
  applyRef();

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    if (message === undefined) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    }
    if (serialization !== 'advanced' && !['string', 'object', 'number', 'boolean'].includes(typeof message)) {
      throw invalidArgType('message', ['string', 'object', 'number', 'boolean'], message);
    }
    let descriptor;
    if (handle !== undefined && handle !== null) {
      const type = handleType(handle);
      if (type === null) throw codedError(TypeError, 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent');
      descriptor = handle._descriptor();
      if (typeof descriptor === 'string') {
        const err = errnoException('send', descriptor);
        if (typeof callback === 'function') process.nextTick(callback, err);
        else process.nextTick(() => this.emit('error', err));
        return false;
      }
      message = { cmd: 'NODE_HANDLE', type, msg: message };
      if (type === 'dgram.Socket') message.dgramType = handle.type;
      // A sent connection is the receiver's now, unless asked to keep it.
      if (type === 'net.Socket' && !options?.keepOpen) {
        const done = callback;
        callback = (err) => {
          if (!err) handle._release();
          if (typeof done === 'function') done(err);
        };
      }
    }
    if (!this.connected) {
      const err = codedError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => this.emit('error', err));
      return false;
    }
    const frame = codec.encode(message);
    const seq = nextWrite++;
    const sent = ops.ipcWrite(id, seq, frame, descriptor);
    if (typeof sent === 'string') {
      const err = errnoException('write', sent);
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => this.emit('error', err));
      return false;
    }
    if (sent) {
      if (typeof callback === 'function') process.nextTick(callback, null);
      return true;
    }
    writes.set(seq, { callback: typeof callback === 'function' ? callback : undefined, size: frame.length });
    if (writes.size === 1) applyRef();
    queued += frame.length;
    return queued < kMaxQueued;
  };

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', codedError(Error, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
      return;
    }
    this.connected = false;
    // Messages already read are delivered before 'disconnect'.
    process.nextTick(() => {
      close();
      target.emit('disconnect');
    });
  };
  return { close };
}

/**
 * In a child started with an IPC channel (NODE_CHANNEL_FD, as Node names it), opens the
 * channel on `process`. A child that fork() started (PACK_FORKED, only honoured with a channel)
 * runs the bundled module named after its execArgv (PACK_FORK_EXEC_ARGC of them): returns that
 * path, and `process.argv` is `[execPath, modulePath, ...args]` as under Node. The variables
 * are removed, so the child's own children do not inherit them.
 */
function setupForkedChild() {
  const env = process.env;
  const fdText = env.NODE_CHANNEL_FD;
  const serialization = env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  const forked = env.PACK_FORKED === '1';
  const execArgc = Number.parseInt(env.PACK_FORK_EXEC_ARGC, 10) || 0;
  delete env.NODE_CHANNEL_FD;
  delete env.NODE_CHANNEL_SERIALIZATION_MODE;
  delete env.PACK_FORKED;
  delete env.PACK_FORK_EXEC_ARGC;
  if (fdText === undefined) return undefined;
  const fd = Number.parseInt(fdText, 10);
  if (!(fd >= 0)) return undefined;
  setupChannel(process, fd, serialization, { refed: false });
  if (!forked || process.argv.length < 3 + execArgc) return undefined;
  process.argv.splice(1, 1);
  // fork's execArgv come first: they are the child's process.execArgv, not its argv.
  process.execArgv = process.argv.splice(1, execArgc);
  return process.argv[1];
}

module.exports = { SharedDescriptor, setupChannel, setupForkedChild };
