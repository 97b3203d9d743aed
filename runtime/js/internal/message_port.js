'use strict';
// MessageChannel, MessagePort, BroadcastChannel and receiveMessageOnPort. A port's messages
// wait in a native queue until the port is started (a 'message' listener, onmessage, start());
// ports move to other threads in the transfer list of a message (runtime/src/ops/ports.rs).

const EventEmitter = require('events');
const { codedError } = require('internal/errors');
const { Event, EventTarget, DOMException } = require('internal/web');

const kId = Symbol('kId');
const kState = Symbol('kState');

/** A message as addEventListener and onmessage listeners see it. */
class MessageEvent extends Event {
  #data;
  #ports;

  constructor(type, options = {}) {
    super(type, options);
    this.#data = options?.data ?? null;
    this.#ports = options?.ports ?? [];
  }

  get data() {
    return this.#data;
  }

  get ports() {
    return this.#ports;
  }

  get origin() {
    return '';
  }

  get lastEventId() {
    return '';
  }

  get source() {
    return null;
  }
}

function stateOf(port) {
  // Ports made by a clone on another thread get their state on first use.
  port[kState] ??= {
    stream: undefined, closed: false, started: false, refed: null, onmessage: null, wrappers: new Map(), held: [],
  };
  return port[kState];
}

function listening(port) {
  return port.listenerCount('message') > 0;
}

/** Follows the port's queue while it is started, and holds the loop while it has listeners. */
function update(port) {
  const state = stateOf(port);
  if (state.closed) return;
  // Messages that came while only a 'close' listener followed the port, now that it is read.
  if (state.held.length > 0 && (state.started || listening(port))) {
    const held = state.held.splice(0);
    process.nextTick(() => {
      for (const value of held) port.emit('message', value);
    });
  }
  // A 'close' listener follows the port too: the other end's close arrives in its queue.
  if (state.stream === undefined && (state.started || listening(port) || port.listenerCount('close') > 0)) {
    state.stream = ops.portFollow(port[kId], (event) => deliver(port, event));
  }
  if (state.stream !== undefined) ops.streamRef(state.stream, state.refed ?? listening(port));
}

function deliver(port, event) {
  if (event[0] === 'close') {
    closeLocally(port);
    return;
  }
  const state = stateOf(port);
  // Not started yet (followed for its 'close' only): kept until it is, as Node queues them.
  if (!state.started && !listening(port)) state.held.push(event[1]);
  else port.emit('message', event[1]);
}

function closeLocally(port) {
  const state = stateOf(port);
  if (state.closed) return;
  state.closed = true;
  state.stream = undefined;
  ops.portClose(port[kId]);
  process.nextTick(() => port.emit('close'));
}

/**
 * The ArrayBuffers of a transfer list (bare or `{ transfer }`); MessagePorts in it leave this
 * thread (they are marked to be cloned as ports and their queues parked). `source` is the port
 * sending, which cannot be in its own list.
 */
function prepareTransfer(options, source = undefined) {
  // Streams a failed send left marked are cloneable no more.
  if (transferredStreams.length > 0) require('internal/webstreams/transfer').sent(transferredStreams.splice(0));
  const list = transferItems(options);
  // Every item is checked before any port is moved.
  const items = [];
  const { Blob } = require('internal/blob');
  const { checkTransferable, transferStream } = require('internal/webstreams/transfer');
  for (const item of list) {
    // Node lets a Blob (cloneable, not transferable) stand in the list and copies it.
    if (item instanceof Blob) continue;
    // A buffer marked untransferable is copied instead (before the duplicate check, as Node).
    if (untransferable.has(item)) continue;
    const kind = transferKind(item);
    if (kind === undefined) {
      throw codedError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
    if (items.some(([seen]) => seen === item)) throw new DOMException(`Transfer list contains duplicate ${kind}`, 'DataCloneError');
    if (kind === 'MessagePort') {
      if (item === source) throw new DOMException('Transfer list contains source port', 'DataCloneError');
      if (stateOf(item).closed) throw new DOMException('MessagePort in transfer list is already detached', 'DataCloneError');
    } else if (kind !== 'ArrayBuffer') {
      checkTransferable(item, kind);
    }
    items.push([item, kind]);
  }
  const buffers = [];
  for (const [item, kind] of items) {
    if (kind === 'MessagePort') movePort(item);
    else if (kind === 'ArrayBuffer') buffers.push(item);
    else {
      // A stream travels as new ports piped to it, for the message being cloned only.
      for (const port of transferStream(item, kind)) movePort(port);
      transferredStreams.push(item);
    }
  }
  return buffers;
}

/** The streams of the transfer list about to be cloned (see `cloning`). */
const transferredStreams = [];

/** What a transfer list item is, by the name its messages use; undefined for what cannot be
 * transferred. */
function transferKind(item) {
  if (item instanceof ArrayBuffer) return 'ArrayBuffer';
  if (item instanceof MessagePort) return 'MessagePort';
  if (require('internal/webstreams/readable').isReadableStream(item)) return 'ReadableStream';
  if (require('internal/webstreams/writable').isWritableStream(item)) return 'WritableStream';
  if (require('internal/webstreams/transform').isTransformStream(item)) return 'TransformStream';
  return undefined;
}

/** A port in a message's transfer list leaves this thread: cloned as itself, its queue parked. */
function movePort(port) {
  const state = stateOf(port);
  ops.markCloneable(port, ['MessagePort', port[kId]]);
  ops.portPark(port[kId]);
  state.closed = true;
  state.stream = undefined;
}

const isObject = (value) => value !== null && (typeof value === 'object' || typeof value === 'function');
const iterable = (value) => isObject(value) && typeof value[Symbol.iterator] === 'function';

/** The items of postMessage's second argument: an iterable, or an object with an iterable
 * `transfer` (Node's checks and messages). */
function transferItems(options) {
  if (options === undefined || options === null) return [];
  const error = (what) => codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `Optional ${what} argument must be an iterable`);
  if (!isObject(options)) throw error('transferList');
  if (iterable(options)) return [...options];
  const { transfer } = options;
  if (transfer === undefined) return [];
  if (!iterable(transfer)) throw error('options.transfer');
  return [...transfer];
}

/** ArrayBuffers given to markAsUntransferable: a transfer list copies them. */
const untransferable = new WeakSet();

function markAsUntransferable(object) {
  if (isObject(object)) untransferable.add(object);
}

/** A value V8 cannot clone is a DataCloneError, as structuredClone reports it. */
function cloning(send) {
  // This message's streams: a message sent while this one is cloned (from a getter) has its own.
  const streams = transferredStreams.splice(0);
  try {
    return send();
  } catch (err) {
    if (err !== null && typeof err === 'object' && 'dataCloneError' in err) {
      throw new DOMException(err.dataCloneError, 'DataCloneError');
    }
    throw err;
  } finally {
    if (streams.length > 0) require('internal/webstreams/transfer').sent(streams);
  }
}

function makePort(id) {
  const port = Object.create(MessagePort.prototype);
  port[kId] = id;
  // Cloned only when it is in the transfer list (prepareTransfer marks it then).
  ops.markCloneable(port, null);
  return port;
}

class MessagePort extends EventEmitter {
  constructor() {
    throw codedError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
  }

  postMessage(value, transferList) {
    if (arguments.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    if (stateOf(this).closed) return;
    const buffers = prepareTransfer(transferList, this);
    cloning(() => ops.portPost(this[kId], value, buffers));
  }

  start() {
    stateOf(this).started = true;
    update(this);
  }

  close() {
    closeLocally(this);
  }

  ref() {
    stateOf(this).refed = true;
    update(this);
  }

  unref() {
    stateOf(this).refed = false;
    update(this);
  }

  hasRef() {
    const state = stateOf(this);
    return !state.closed && state.stream !== undefined && (state.refed ?? listening(this));
  }

  get onmessage() {
    return stateOf(this).onmessage;
  }

  set onmessage(handler) {
    const state = stateOf(this);
    if (state.onmessage) this.removeEventListener('message', state.onmessage);
    state.onmessage = typeof handler === 'function' ? handler : null;
    if (state.onmessage) this.addEventListener('message', state.onmessage);
  }

  addEventListener(type, listener, options) {
    const wrapper = (data) => {
      const event = new MessageEvent(type, { data });
      if (typeof listener === 'function') listener.call(this, event);
      else listener?.handleEvent?.(event);
    };
    stateOf(this).wrappers.set(listener, wrapper);
    if (options?.once) this.once(type, wrapper);
    else this.on(type, wrapper);
  }

  removeEventListener(type, listener) {
    const { wrappers } = stateOf(this);
    const wrapper = wrappers.get(listener);
    if (wrapper) {
      wrappers.delete(listener);
      this.removeListener(type, wrapper);
    }
  }

  get [Symbol.toStringTag]() {
    return 'MessagePort';
  }
}

// Listeners start the port and hold the loop; removing the last one lets go.
for (const name of ['on', 'addListener', 'prependListener']) {
  MessagePort.prototype[name] = function (type, listener) {
    EventEmitter.prototype[name].call(this, type, listener);
    if (type === 'message' || type === 'close') update(this);
    return this;
  };
}
for (const name of ['off', 'removeListener', 'removeAllListeners']) {
  MessagePort.prototype[name] = function (...args) {
    EventEmitter.prototype[name].apply(this, args);
    update(this);
    return this;
  };
}

class MessageChannel {
  constructor() {
    const [a, b] = ops.portPair();
    this.port1 = makePort(a);
    this.port2 = makePort(b);
  }
}

class BroadcastChannel extends EventTarget {
  #name;
  #id;
  #stream;
  #onmessage = null;
  #refed = true;

  constructor(name) {
    if (arguments.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    super();
    this.#name = `${name}`;
    this.#id = ops.broadcastJoin(this.#name);
    this.#stream = ops.portFollow(this.#id, (event) => {
      if (event[0] === 'message' && this.#id !== undefined) this.dispatchEvent(new MessageEvent('message', { data: event[1] }));
    });
    ops.streamRef(this.#stream, this.#refed);
  }

  get name() {
    return this.#name;
  }

  postMessage(message) {
    if (arguments.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    if (this.#id === undefined) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    cloning(() => ops.broadcastPost(this.#id, this.#name, message));
  }

  close() {
    if (this.#id === undefined) return;
    ops.portClose(this.#id);
    this.#id = undefined;
  }

  ref() {
    this.#refed = true;
    if (this.#id !== undefined) ops.streamRef(this.#stream, true);
    return this;
  }

  unref() {
    this.#refed = false;
    if (this.#id !== undefined) ops.streamRef(this.#stream, false);
    return this;
  }

  get onmessage() {
    return this.#onmessage;
  }

  set onmessage(handler) {
    if (this.#onmessage) this.removeEventListener('message', this.#onmessage);
    this.#onmessage = typeof handler === 'function' ? handler : null;
    if (this.#onmessage) this.addEventListener('message', this.#onmessage);
  }
}

/** The next message waiting on `port`, as `{ message }`, without starting it. */
function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  }
  const next = ops.portReceive(port[kId]);
  return next === undefined ? undefined : { message: next[0] };
}

const cloneShape = [MessagePort.prototype, kId];

module.exports = {
  MessageChannel, MessagePort, MessageEvent, BroadcastChannel, receiveMessageOnPort, prepareTransfer, markAsUntransferable, cloning, cloneShape,
};

// Loaded alone (the global MessageChannel), messages must still carry built-in objects: the
// clone kinds come after the exports above, which they read.
require('internal/clone_kinds');
