'use strict';

// WritableStream (WHATWG Streams): the stream, its default writer and controller, with the
// standard's states (writable, erroring, errored, closed) and backpressure.

const { codedError, invalidArgType } = require('internal/errors');
const {
  invalidState, invalidThis, invalidProperty, deferred, handled, rejected, promiseCall, SizedQueue,
  highWaterMarkOf, sizeOf,
} = require('internal/webstreams/common');

const kState = Symbol('kState');
const kWriter = Symbol('kWriter');
const kController = Symbol('kController');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const closeSentinel = Symbol('close');

function isWritableStream(value) {
  return value !== null && typeof value === 'object' && value[kState]?.kind === 'WritableStream';
}

function checkStream(value) {
  if (!isWritableStream(value)) throw invalidThis('WritableStream');
  return value[kState];
}

function newState() {
  return {
    kind: 'WritableStream', state: 'writable', storedError: undefined, writer: undefined, controller: undefined,
    inFlightWrite: undefined, closeRequest: undefined, inFlightClose: undefined, pendingAbort: undefined,
    writeRequests: [], backpressure: false,
  };
}

class WritableStream {
  constructor(sink = undefined, strategy = {}) {
    // Node: functions and arrays pass as a sink, and null as a strategy.
    if (sink === null || (typeof sink !== 'object' && typeof sink !== 'function' && sink !== undefined)) {
      throw invalidArgType('sink', 'object', sink);
    }
    if (strategy !== null && typeof strategy !== 'object' && typeof strategy !== 'function') {
      throw invalidArgType('strategy', 'object', strategy);
    }
    if (sink?.type !== undefined) throw invalidProperty('type', sink.type, RangeError);
    this[kState] = newState();
    // Cloned only as part of a transfer list (which marks it then).
    ops.markCloneable(this, null);
    const size = sizeOf(strategy, 'strategy');
    const hwm = highWaterMarkOf(strategy, 1, 'strategy');
    const source = sink ?? {};
    const { start, write, close, abort } = source;
    for (const [name, fn] of [['start', start], ['write', write], ['close', close], ['abort', abort]]) {
      if (fn !== undefined && typeof fn !== 'function') throw invalidArgType(`sink.${name}`, 'Function', fn);
    }
    const controller = Object.create(WritableStreamDefaultController.prototype);
    setUpController(
      this,
      controller,
      (ctl) => (start === undefined ? undefined : Reflect.apply(start, source, [ctl])),
      (chunk) => promiseCall(write, source, chunk, controller),
      () => promiseCall(close, source),
      (reason) => promiseCall(abort, source, reason),
      hwm,
      size,
    );
  }

  get locked() {
    return checkStream(this).writer !== undefined;
  }

  abort(reason = undefined) {
    let state;
    try {
      state = checkStream(this);
    } catch (err) {
      return rejected(err);
    }
    if (state.writer !== undefined) return rejected(invalidState('WritableStream is locked'));
    return streamAbort(this, reason);
  }

  close() {
    let state;
    try {
      state = checkStream(this);
    } catch (err) {
      return rejected(err);
    }
    if (state.writer !== undefined) return rejected(invalidState('WritableStream is locked'));
    if (closeQueuedOrInFlight(this)) return rejected(invalidState('Failure closing WritableStream'));
    return streamClose(this);
  }

  getWriter() {
    checkStream(this);
    return new WritableStreamDefaultWriter(this);
  }

  [kInspect](depth, options, inspect) {
    const state = this[kState];
    return `WritableStream ${inspect({ locked: state.writer !== undefined, state: state.state }, options)}`;
  }
}
Object.defineProperty(WritableStream.prototype, Symbol.toStringTag, { value: 'WritableStream', configurable: true });
// A stream that came in a message has no state until first used (internal/webstreams/transfer).
Object.defineProperty(WritableStream.prototype, kState, require('internal/webstreams/transfer').stateAccessor(kState, 'WritableStream'));

/** A stream made by the runtime itself (TransformStream's writable side, adapters), in `into`
 * (an object with the prototype and no state) when given. */
function createWritableStream(start, write, close, abort, hwm = 1, size = () => 1, into = undefined) {
  const stream = into ?? Object.create(WritableStream.prototype);
  stream[kState] = newState();
  if (into === undefined) ops.markCloneable(stream, null);
  const controller = Object.create(WritableStreamDefaultController.prototype);
  setUpController(stream, controller, start, write, close, abort, hwm, size);
  return stream;
}

function streamAbort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve(undefined);
  state.controller[kController].abortController.abort(reason);
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve(undefined);
  if (state.pendingAbort !== undefined) return state.pendingAbort.deferred.promise;
  const wasAlreadyErroring = state.state === 'erroring';
  if (wasAlreadyErroring) reason = undefined;
  const request = { deferred: deferred(), reason, wasAlreadyErroring };
  state.pendingAbort = request;
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return request.deferred.promise;
}

function streamClose(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    // Node says "closed" for an errored stream too.
    return rejected(invalidState('WritableStream is closed'));
  }
  const request = deferred();
  state.closeRequest = request;
  if (state.writer !== undefined && state.backpressure && state.state === 'writable') state.writer[kWriter].ready.resolve(undefined);
  const c = state.controller[kController];
  c.queue.push(closeSentinel, 0);
  advanceQueueIfNeeded(c);
  return request.promise;
}

function closeQueuedOrInFlight(stream) {
  const state = stream[kState];
  return state.closeRequest !== undefined || state.inFlightClose !== undefined;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const state = stream[kState];
  const c = state.controller[kController];
  state.state = 'erroring';
  state.storedError = reason;
  if (state.writer !== undefined) ensureReadyRejected(state.writer, reason);
  if (state.inFlightWrite === undefined && state.inFlightClose === undefined && c.started) finishErroring(stream);
}

function finishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  const c = state.controller[kController];
  c.queue.clear();
  const error = state.storedError;
  for (const request of state.writeRequests) request.reject(error);
  state.writeRequests = [];
  const abort = state.pendingAbort;
  if (abort === undefined) {
    rejectCloseAndClosed(stream);
    return;
  }
  state.pendingAbort = undefined;
  if (abort.wasAlreadyErroring) {
    abort.deferred.reject(error);
    rejectCloseAndClosed(stream);
    return;
  }
  const promise = c.abort(abort.reason);
  clearAlgorithms(c);
  promise.then(() => {
    abort.deferred.resolve(undefined);
    rejectCloseAndClosed(stream);
  }, (reason) => {
    abort.deferred.reject(reason);
    rejectCloseAndClosed(stream);
  });
}

function rejectCloseAndClosed(stream) {
  const state = stream[kState];
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  const writer = state.writer;
  if (writer !== undefined) {
    writer[kWriter].closed.reject(state.storedError);
    handled(writer[kWriter].closed.promise);
  }
}

function updateBackpressure(stream, backpressure) {
  const state = stream[kState];
  const writer = state.writer;
  if (writer !== undefined && backpressure !== state.backpressure) {
    if (backpressure) writer[kWriter].ready = deferred();
    else writer[kWriter].ready.resolve(undefined);
  }
  state.backpressure = backpressure;
}

// ---- the writer ------------------------------------------------------------------------------

function checkWriter(writer) {
  if (!(writer instanceof WritableStreamDefaultWriter) || writer[kWriter] === undefined) throw invalidThis('WritableStreamDefaultWriter');
  return writer[kWriter];
}

function settled(value) {
  const d = deferred();
  d.resolve(value);
  return d;
}

function failed(error) {
  const d = deferred();
  d.reject(error);
  handled(d.promise);
  return d;
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw invalidArgType('stream', 'WritableStream', stream);
    const state = stream[kState];
    if (state.writer !== undefined) throw invalidState('WritableStream is locked');
    const slot = { stream, ready: undefined, closed: undefined };
    this[kWriter] = slot;
    state.writer = this;
    if (state.state === 'writable') {
      slot.ready = !closeQueuedOrInFlight(stream) && state.backpressure ? deferred() : settled(undefined);
      slot.closed = deferred();
    } else if (state.state === 'erroring') {
      slot.ready = failed(state.storedError);
      slot.closed = deferred();
    } else if (state.state === 'closed') {
      slot.ready = settled(undefined);
      slot.closed = settled(undefined);
    } else {
      slot.ready = failed(state.storedError);
      slot.closed = failed(state.storedError);
    }
  }

  get closed() {
    try {
      return checkWriter(this).closed.promise;
    } catch (err) {
      return rejected(err);
    }
  }

  get ready() {
    try {
      return checkWriter(this).ready.promise;
    } catch (err) {
      return rejected(err);
    }
  }

  get desiredSize() {
    const slot = checkWriter(this);
    if (slot.stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    const state = slot.stream[kState];
    if (state.state === 'errored' || state.state === 'erroring') return null;
    if (state.state === 'closed') return 0;
    const c = state.controller[kController];
    return c.hwm - c.queue.total;
  }

  abort(reason = undefined) {
    return withWriter(this, (slot) => streamAbort(slot.stream, reason));
  }

  close() {
    return withWriter(this, (slot) => {
      if (closeQueuedOrInFlight(slot.stream)) return rejected(invalidState('Failure to close WritableStream'));
      return streamClose(slot.stream);
    });
  }

  releaseLock() {
    const slot = checkWriter(this);
    if (slot.stream === undefined) return;
    releaseWriter(this);
  }

  [kInspect](depth, options, inspect) {
    const slot = checkWriter(this);
    const fields = { stream: slot.stream, close: slot.closed.promise, ready: slot.ready.promise, desiredSize: this.desiredSize };
    return `WritableStreamDefaultWriter ${inspect(fields, options)}`;
  }

  write(chunk = undefined) {
    return withWriter(this, () => writerWrite(this, chunk));
  }
}
Object.defineProperty(WritableStreamDefaultWriter.prototype, Symbol.toStringTag, { value: 'WritableStreamDefaultWriter', configurable: true });

/** Runs `action` on a writer's state, or rejects as Node does for a foreign or released one. */
function withWriter(writer, action) {
  let slot;
  try {
    slot = checkWriter(writer);
  } catch (err) {
    return rejected(err);
  }
  if (slot.stream === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
  return action(slot);
}

function acquireWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function ensureReadyRejected(writer, error) {
  const slot = writer[kWriter];
  if (slot.ready.settled) slot.ready = failed(error);
  else slot.ready.reject(error);
  handled(slot.ready.promise);
}

function releaseWriter(writer) {
  const slot = writer[kWriter];
  const stream = slot.stream;
  const error = invalidState('Writer has been released');
  ensureReadyRejected(writer, error);
  const state = stream[kState];
  if (state.state === 'writable' || state.state === 'erroring') {
    slot.closed.reject(error);
    handled(slot.closed.promise);
  } else {
    slot.closed = failed(error);
  }
  state.writer = undefined;
  slot.stream = undefined;
}

function writerWrite(writer, chunk) {
  const slot = writer[kWriter];
  const stream = slot.stream;
  const state = stream[kState];
  const c = state.controller[kController];
  let size = 1;
  try {
    size = c.size(chunk);
  } catch (err) {
    controllerErrorIfNeeded(c, err);
  }
  if (stream !== slot.stream) return rejected(invalidState('Writer is not bound to a WritableStream'));
  if (state.state === 'errored') return rejected(state.storedError);
  if (closeQueuedOrInFlight(stream) || state.state === 'closed') return rejected(invalidState('WritableStream is closed'));
  if (state.state === 'erroring') return rejected(state.storedError);
  const request = deferred();
  state.writeRequests.push(request);
  try {
    c.queue.push(chunk, size);
  } catch (err) {
    controllerErrorIfNeeded(c, err);
    return request.promise;
  }
  if (!closeQueuedOrInFlight(stream) && state.state === 'writable') updateBackpressure(stream, c.hwm - c.queue.total <= 0);
  advanceQueueIfNeeded(c);
  return request.promise;
}

function closeWithErrorPropagation(writer) {
  const stream = writer[kWriter].stream;
  const state = stream[kState];
  if (closeQueuedOrInFlight(stream) || state.state === 'closed') return Promise.resolve(undefined);
  if (state.state === 'errored') return rejected(state.storedError);
  return streamClose(stream);
}

// ---- the controller --------------------------------------------------------------------------

class WritableStreamDefaultController {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get signal() {
    if (!(this instanceof WritableStreamDefaultController) || this[kController] === undefined) throw invalidThis('WritableStreamDefaultController');
    return this[kController].abortController.signal;
  }

  error(error = undefined) {
    if (!(this instanceof WritableStreamDefaultController) || this[kController] === undefined) throw invalidThis('WritableStreamDefaultController');
    const c = this[kController];
    if (c.stream[kState].state !== 'writable') return;
    clearAlgorithms(c);
    startErroring(c.stream, error);
  }

  [kInspect](depth, options, inspect) {
    return `WritableStreamDefaultController ${inspect({ stream: this[kController].stream }, options)}`;
  }
}
Object.defineProperty(WritableStreamDefaultController.prototype, Symbol.toStringTag, { value: 'WritableStreamDefaultController', configurable: true });

function clearAlgorithms(c) {
  c.write = () => Promise.resolve();
  c.close = () => Promise.resolve();
  c.abort = () => Promise.resolve();
  c.size = () => 1;
}

function controllerErrorIfNeeded(c, error) {
  if (c.stream[kState].state === 'writable') {
    clearAlgorithms(c);
    startErroring(c.stream, error);
  }
}

function advanceQueueIfNeeded(c) {
  const stream = c.stream;
  const state = stream[kState];
  if (!c.started || state.inFlightWrite !== undefined) return;
  if (state.state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = c.queue.peek();
  if (value === closeSentinel) processClose(c);
  else processWrite(c, value);
}

function processClose(c) {
  const stream = c.stream;
  const state = stream[kState];
  state.inFlightClose = state.closeRequest;
  state.closeRequest = undefined;
  c.queue.shift();
  const promise = c.close();
  clearAlgorithms(c);
  promise.then(() => {
    state.inFlightClose.resolve(undefined);
    state.inFlightClose = undefined;
    if (state.state === 'erroring') {
      state.storedError = undefined;
      if (state.pendingAbort !== undefined) {
        state.pendingAbort.deferred.resolve(undefined);
        state.pendingAbort = undefined;
      }
    }
    state.state = 'closed';
    if (state.writer !== undefined) state.writer[kWriter].closed.resolve(undefined);
  }, (reason) => {
    state.inFlightClose.reject(reason);
    state.inFlightClose = undefined;
    if (state.pendingAbort !== undefined) {
      state.pendingAbort.deferred.reject(reason);
      state.pendingAbort = undefined;
    }
    dealWithRejection(stream, reason);
  });
}

function processWrite(c, chunk) {
  const stream = c.stream;
  const state = stream[kState];
  state.inFlightWrite = state.writeRequests.shift();
  c.write(chunk).then(() => {
    state.inFlightWrite.resolve(undefined);
    state.inFlightWrite = undefined;
    c.queue.shift();
    if (!closeQueuedOrInFlight(stream) && state.state === 'writable') updateBackpressure(stream, c.hwm - c.queue.total <= 0);
    advanceQueueIfNeeded(c);
  }, (reason) => {
    if (state.state === 'writable') clearAlgorithms(c);
    state.inFlightWrite.reject(reason);
    state.inFlightWrite = undefined;
    dealWithRejection(stream, reason);
  });
}

function setUpController(stream, controller, start, write, close, abort, hwm, size) {
  const c = {
    stream, queue: new SizedQueue(), started: false, hwm, size, write, close, abort,
    abortController: new AbortController(),
  };
  controller[kController] = c;
  stream[kState].controller = controller;
  updateBackpressure(stream, hwm <= 0);
  // A start that throws fails the constructor.
  const startResult = start(controller);
  Promise.resolve(startResult).then(() => {
    c.started = true;
    advanceQueueIfNeeded(c);
  }, (err) => {
    c.started = true;
    dealWithRejection(stream, err);
  });
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  isLocked: (stream) => stream[kState].writer !== undefined,
  createWritableStream,
  acquireWriter,
  releaseWriter,
  writerWrite,
  closeWithErrorPropagation,
  closeQueuedOrInFlight,
  abort: streamAbort,
  stateOf: (stream) => stream[kState].state,
  storedErrorOf: (stream) => stream[kState].storedError,
  controllerErrorIfNeeded: (stream, error) => controllerErrorIfNeeded(stream[kState].controller[kController], error),
};
