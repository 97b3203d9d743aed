'use strict';

// ReadableStream (WHATWG Streams): default and byte controllers, default and BYOB readers,
// tee, pipeTo/pipeThrough, async iteration and ReadableStream.from. The algorithms follow the
// standard's names so that each can be checked against it.

const { codedError, invalidArgType, invalidArgValue, validateAbortSignal } = require('internal/errors');
const {
  invalidState, invalidThis, invalidProperty, deferred, handled, rejected, promiseCall, SizedQueue,
  highWaterMarkOf, sizeOf, transferBuffer,
} = require('internal/webstreams/common');

const kState = Symbol('kState');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// ---- the stream ------------------------------------------------------------------------------

function isReadableStream(value) {
  return value !== null && typeof value === 'object' && value[kState]?.kind === 'ReadableStream';
}

function checkStream(value) {
  if (!isReadableStream(value)) throw invalidThis('ReadableStream');
  return value[kState];
}

class ReadableStream {
  constructor(source = undefined, strategy = {}) {
    // Node: functions and arrays pass as a source, and null as a strategy.
    if (source === null || (typeof source !== 'object' && typeof source !== 'function' && source !== undefined)) {
      throw invalidArgType('source', 'object', source);
    }
    if (strategy !== null && typeof strategy !== 'object' && typeof strategy !== 'function') {
      throw invalidArgType('strategy', 'object', strategy);
    }
    this[kState] = newState();
    // Cloned only as part of a transfer list (which marks it then).
    ops.markCloneable(this, null);
    const type = source?.type;
    if (type === 'bytes') {
      if (strategy?.size !== undefined) throw invalidProperty('strategy.size', strategy.size, RangeError);
      const hwm = highWaterMarkOf(strategy, 0, 'strategy');
      setUpByteControllerFromSource(this, source, hwm);
    } else if (type === undefined) {
      const size = sizeOf(strategy, 'strategy');
      const hwm = highWaterMarkOf(strategy, 1, 'strategy');
      setUpDefaultControllerFromSource(this, source ?? {}, hwm, size);
    } else {
      throw invalidProperty('source.type', type);
    }
  }

  get locked() {
    return checkStream(this).reader !== undefined;
  }

  cancel(reason = undefined) {
    let state;
    try {
      state = checkStream(this);
    } catch (err) {
      return rejected(err);
    }
    if (state.reader !== undefined) return rejected(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    checkStream(this);
    // As Node: any object, or null, passes.
    if (options !== null && options !== undefined && typeof options !== 'object' && typeof options !== 'function') {
      throw invalidArgType('options', 'Object', options);
    }
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw invalidProperty('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    checkStream(this);
    const { readable, writable } = transform ?? {};
    if (!isReadableStream(readable)) throw invalidArgType('transform.readable', 'ReadableStream', readable);
    const writables = require('internal/webstreams/writable');
    if (!writables.isWritableStream(writable)) throw invalidArgType('transform.writable', 'WritableStream', writable);
    checkPipeOptions(options);
    if (this[kState].reader !== undefined) throw invalidState('The ReadableStream is locked');
    if (writables.isLocked(writable)) throw invalidState('The WritableStream is locked');
    handled(pipeTo(this, writable, options));
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      checkStream(this);
      const writables = require('internal/webstreams/writable');
      if (!writables.isWritableStream(destination)) throw invalidArgType('transform.writable', 'WritableStream', destination);
      checkPipeOptions(options);
      if (this[kState].reader !== undefined) return rejected(invalidState('The ReadableStream is locked'));
      if (writables.isLocked(destination)) return rejected(invalidState('The WritableStream is locked'));
      return pipeTo(this, destination, options);
    } catch (err) {
      return rejected(err);
    }
  }

  tee() {
    checkStream(this);
    return teeStream(this);
  }

  values(options = {}) {
    checkStream(this);
    // Node validates with kValidateObjectAllowObjectsAndNull: null, arrays and functions pass.
    if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw invalidArgType('options', 'Object', options);
    }
    return asyncIterator(this, Boolean(options?.preventCancel));
  }

  [Symbol.asyncIterator](options = undefined) {
    return this.values(options);
  }

  static from(iterable) {
    return fromIterable(iterable);
  }

  [kInspect](depth, options, inspect) {
    const state = this[kState];
    const fields = { locked: state.reader !== undefined, state: state.state, supportsBYOB: state.controller instanceof ReadableByteStreamController };
    return `ReadableStream ${inspect(fields, options)}`;
  }
}
Object.defineProperty(ReadableStream.prototype, Symbol.toStringTag, { value: 'ReadableStream', configurable: true });
// A stream that came in a message has no state until first used (internal/webstreams/transfer).
Object.defineProperty(ReadableStream.prototype, kState, require('internal/webstreams/transfer').stateAccessor(kState, 'ReadableStream'));

/** Node checks pipe options before the locks; null is allowed (kValidateObjectAllowObjectsAndNull). */
function checkPipeOptions(options) {
  if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
    throw invalidArgType('options', 'Object', options);
  }
  if (options?.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
}

function newState() {
  return { kind: 'ReadableStream', state: 'readable', reader: undefined, storedError: undefined, disturbed: false, controller: undefined };
}

/** A stream made by the runtime itself (TransformStream's readable side, adapters), in `into`
 * (an object with the prototype and no state) when given. */
function createReadableStream(start, pull, cancel, hwm = 1, size = () => 1, into = undefined) {
  const stream = into ?? Object.create(ReadableStream.prototype);
  stream[kState] = newState();
  if (into === undefined) ops.markCloneable(stream, null);
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  setUpDefaultController(stream, controller, start, pull, cancel, hwm, size);
  return stream;
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return Promise.resolve(undefined);
  if (state.state === 'errored') return rejected(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader instanceof ReadableStreamBYOBReader) {
    const requests = reader[kReader].requests;
    reader[kReader].requests = [];
    for (const request of requests) request.close(undefined);
  }
  return state.controller[kCancelSteps](reason).then(() => undefined);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kReader].closed.resolve(undefined);
  if (reader instanceof ReadableStreamDefaultReader) {
    const requests = reader[kReader].requests;
    reader[kReader].requests = [];
    for (const request of requests) request.close();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kReader].closed.reject(error);
  handled(reader[kReader].closed.promise);
  const requests = reader[kReader].requests;
  reader[kReader].requests = [];
  for (const request of requests) request.error(error);
}

function fulfillReadRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const request = reader[kReader].requests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function fulfillReadIntoRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const request = reader[kReader].requests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function numRequests(stream) {
  return stream[kState].reader?.[kReader].requests.length ?? 0;
}

function hasDefaultReader(stream) {
  return stream[kState].reader instanceof ReadableStreamDefaultReader;
}

function hasBYOBReader(stream) {
  return stream[kState].reader instanceof ReadableStreamBYOBReader;
}

// ---- readers ---------------------------------------------------------------------------------

const kReader = Symbol('kReader');

function readerInitialize(reader, stream) {
  const state = stream[kState];
  if (state.reader !== undefined) throw invalidState('ReadableStream is locked');
  const closed = deferred();
  reader[kReader] = { stream, closed, requests: [] };
  state.reader = reader;
  if (state.state === 'closed') closed.resolve(undefined);
  else if (state.state === 'errored') {
    closed.reject(state.storedError);
    handled(closed.promise);
  }
}

function readerRelease(reader) {
  const slot = reader[kReader];
  const stream = slot.stream;
  const error = invalidState('Reader released');
  if (stream[kState].state === 'readable') slot.closed.reject(error);
  else slot.closed = { promise: rejected(error), resolve() {}, reject() {} };
  // Node fails the reads still waiting with another message than `closed`'s.
  const releasing = invalidState('Releasing reader');
  handled(slot.closed.promise);
  stream[kState].controller[kReleaseSteps]();
  stream[kState].reader = undefined;
  slot.stream = undefined;
  const requests = slot.requests;
  slot.requests = [];
  for (const request of requests) request.error(releasing);
}

function checkReader(reader, Type) {
  if (!(reader instanceof Type) || reader[kReader] === undefined) throw invalidThis(Type.name);
  return reader[kReader];
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw invalidArgType('stream', 'ReadableStream', stream);
    readerInitialize(this, stream);
  }

  read() {
    let slot;
    try {
      slot = checkReader(this, ReadableStreamDefaultReader);
    } catch (err) {
      return rejected(err);
    }
    if (slot.stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
    const { promise, resolve, reject } = deferred();
    defaultReaderRead(this, {
      chunk: (value) => resolve({ value, done: false }),
      close: () => resolve({ value: undefined, done: true }),
      error: reject,
    });
    return promise;
  }

  [kInspect](depth, options, inspect) {
    const slot = checkReader(this, ReadableStreamDefaultReader);
    return `ReadableStreamDefaultReader ${inspect({ stream: slot.stream, readRequests: slot.requests.length, close: slot.closed.promise }, options)}`;
  }
}
Object.defineProperty(ReadableStreamDefaultReader.prototype, Symbol.toStringTag, { value: 'ReadableStreamDefaultReader', configurable: true });

function defaultReaderRead(reader, request) {
  const stream = reader[kReader].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') request.close();
  else if (state.state === 'errored') request.error(state.storedError);
  else state.controller[kPullSteps](request);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw invalidArgType('stream', 'ReadableStream', stream);
    if (!(stream[kState].controller instanceof ReadableByteStreamController)) {
      const shown = require('internal/inspect').inspect(stream);
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'stream' must be a byte stream. Received ${shown}`);
    }
    readerInitialize(this, stream);
  }

  read(view, options = {}) {
    let slot;
    try {
      slot = checkReader(this, ReadableStreamBYOBReader);
      if (!ArrayBuffer.isView(view)) throw invalidArgType('view', ['Buffer', 'TypedArray', 'DataView'], view);
      if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
        throw invalidArgType('options', 'Object', options);
      }
      if (view.byteLength === 0 || view.buffer.byteLength === 0) {
        throw invalidState('View or Viewed ArrayBuffer is zero-length or detached');
      }
      // Node's checks of options.min, in its order and words.
      const min = options?.min ?? 1;
      if (typeof min !== 'number') throw invalidArgType('options.min', 'number', min);
      if (!Number.isInteger(min)) throw invalidArgValue('options.min', min, 'must be an integer');
      if (min <= 0) throw invalidArgValue('options.min', min, 'must be greater than 0');
      const isDataView = view instanceof DataView;
      if (min > (isDataView ? view.byteLength : view.length)) {
        const bound = isDataView ? '<= view.byteLength' : '<= view.length';
        throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "options.min" is out of range. It must be ${bound}. Received ${min}`);
      }
    } catch (err) {
      return rejected(err);
    }
    const min = options?.min ?? 1;
    if (slot.stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
    const { promise, resolve, reject } = deferred();
    const request = {
      chunk: (value) => resolve({ value, done: false }),
      close: (value) => resolve({ value, done: true }),
      error: reject,
    };
    const state = slot.stream[kState];
    state.disturbed = true;
    if (state.state === 'errored') request.error(state.storedError);
    else byteControllerPullInto(state.controller, view, min, request);
    return promise;
  }

  [kInspect](depth, options, inspect) {
    const slot = checkReader(this, ReadableStreamBYOBReader);
    return `ReadableStreamBYOBReader ${inspect({ stream: slot.stream, readIntoRequests: slot.requests.length, close: slot.closed.promise }, options)}`;
  }
}
Object.defineProperty(ReadableStreamBYOBReader.prototype, Symbol.toStringTag, { value: 'ReadableStreamBYOBReader', configurable: true });

/** What both kinds of reader have alike: closed, releaseLock and cancel. */
function defineReaderMembers(Type) {
  const members = {
    closed: {
      get() {
        try {
          return checkReader(this, Type).closed.promise;
        } catch (err) {
          return rejected(err);
        }
      },
    },
    releaseLock: {
      value() {
        const slot = checkReader(this, Type);
        if (slot.stream !== undefined) readerRelease(this);
      },
    },
    cancel: {
      value(reason = undefined) {
        let slot;
        try {
          slot = checkReader(this, Type);
        } catch (err) {
          return rejected(err);
        }
        if (slot.stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
        return readableStreamCancel(slot.stream, reason);
      },
    },
  };
  for (const [name, descriptor] of Object.entries(members)) {
    Object.defineProperty(Type.prototype, name, { ...descriptor, configurable: true, ...(descriptor.value ? { writable: true } : {}) });
  }
}
defineReaderMembers(ReadableStreamDefaultReader);
defineReaderMembers(ReadableStreamBYOBReader);

// ---- the default controller ------------------------------------------------------------------

const kController = Symbol('kController');
const kCancelSteps = Symbol('kCancelSteps');
const kPullSteps = Symbol('kPullSteps');
const kReleaseSteps = Symbol('kReleaseSteps');

function checkController(controller, Type) {
  if (!(controller instanceof Type) || controller[kController] === undefined) throw invalidThis(Type.name);
  return controller[kController];
}

class ReadableStreamDefaultController {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get desiredSize() {
    return defaultDesiredSize(checkController(this, ReadableStreamDefaultController));
  }

  close() {
    const c = checkController(this, ReadableStreamDefaultController);
    if (!defaultCanCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
    defaultControllerClose(c);
  }

  enqueue(chunk = undefined) {
    const c = checkController(this, ReadableStreamDefaultController);
    if (!defaultCanCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
    defaultControllerEnqueue(c, chunk);
  }

  error(error = undefined) {
    defaultControllerError(checkController(this, ReadableStreamDefaultController), error);
  }

  [kCancelSteps](reason) {
    const c = this[kController];
    c.queue.clear();
    const result = c.cancel(reason);
    clearAlgorithms(c);
    return result;
  }

  [kPullSteps](request) {
    const c = this[kController];
    if (c.queue.length > 0) {
      const chunk = c.queue.shift();
      if (c.closeRequested && c.queue.length === 0) {
        clearAlgorithms(c);
        readableStreamClose(c.stream);
      } else {
        defaultCallPullIfNeeded(c);
      }
      request.chunk(chunk);
    } else {
      c.stream[kState].reader[kReader].requests.push(request);
      defaultCallPullIfNeeded(c);
    }
  }

  [kReleaseSteps]() {}
}
Object.defineProperty(ReadableStreamDefaultController.prototype, Symbol.toStringTag, { value: 'ReadableStreamDefaultController', configurable: true });

function clearAlgorithms(c) {
  c.pull = () => Promise.resolve();
  c.cancel = () => Promise.resolve();
  c.size = () => 1;
}

function defaultDesiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.hwm - c.queue.total;
}

function defaultCanCloseOrEnqueue(c) {
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

function defaultControllerClose(c) {
  if (!defaultCanCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    clearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function defaultControllerEnqueue(c, chunk) {
  if (!defaultCanCloseOrEnqueue(c)) return;
  const stream = c.stream;
  if (stream[kState].reader !== undefined && numRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = c.size(chunk);
      c.queue.push(chunk, size);
    } catch (err) {
      defaultControllerError(c, err);
      throw err;
    }
  }
  defaultCallPullIfNeeded(c);
}

function defaultControllerError(c, error) {
  if (c.stream[kState].state !== 'readable') return;
  c.queue.clear();
  clearAlgorithms(c);
  readableStreamError(c.stream, error);
}

function defaultShouldCallPull(c) {
  const stream = c.stream;
  if (!defaultCanCloseOrEnqueue(c) || !c.started) return false;
  if (stream[kState].reader !== undefined && numRequests(stream) > 0) return true;
  return defaultDesiredSize(c) > 0;
}

function defaultCallPullIfNeeded(c) {
  callPullIfNeeded(c, defaultShouldCallPull, defaultControllerError);
}

/** Pulls from the source when `shouldPull(c)` says so; one pull at a time, again if asked. */
function callPullIfNeeded(c, shouldPull, fail) {
  if (!shouldPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pull().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      callPullIfNeeded(c, shouldPull, fail);
    }
  }, (err) => fail(c, err));
}

function setUpDefaultController(stream, controller, start, pull, cancel, hwm, size) {
  const c = {
    stream, queue: new SizedQueue(), started: false, closeRequested: false, pullAgain: false, pulling: false,
    hwm, size, pull, cancel,
  };
  controller[kController] = c;
  stream[kState].controller = controller;
  // A start that throws fails the constructor.
  const startResult = start(controller);
  Promise.resolve(startResult).then(() => {
    c.started = true;
    defaultCallPullIfNeeded(c);
  }, (err) => defaultControllerError(c, err));
}

function setUpDefaultControllerFromSource(stream, source, hwm, size) {
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  const { start, pull, cancel } = source;
  if (start !== undefined && typeof start !== 'function') throw invalidArgType('source.start', 'Function', start);
  if (pull !== undefined && typeof pull !== 'function') throw invalidArgType('source.pull', 'Function', pull);
  if (cancel !== undefined && typeof cancel !== 'function') throw invalidArgType('source.cancel', 'Function', cancel);
  setUpDefaultController(
    stream,
    controller,
    (ctl) => (start === undefined ? undefined : Reflect.apply(start, source, [ctl])),
    () => promiseCall(pull, source, controller),
    (reason) => promiseCall(cancel, source, reason),
    hwm,
    size,
  );
}

// ---- the byte controller ---------------------------------------------------------------------

class ReadableStreamBYOBRequest {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get view() {
    if (!(this instanceof ReadableStreamBYOBRequest)) throw invalidThis('ReadableStreamBYOBRequest');
    return this[kController].view;
  }

  respond(bytesWritten) {
    if (!(this instanceof ReadableStreamBYOBRequest)) throw invalidThis('ReadableStreamBYOBRequest');
    const slot = this[kController];
    if (slot.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    const n = Number(bytesWritten);
    if (!Number.isFinite(n) || n < 0) throw invalidProperty('bytesWritten', bytesWritten, RangeError);
    byteControllerRespond(slot.controller[kController], n);
  }

  respondWithNewView(view) {
    if (!(this instanceof ReadableStreamBYOBRequest)) throw invalidThis('ReadableStreamBYOBRequest');
    const slot = this[kController];
    if (!ArrayBuffer.isView(view)) throw invalidArgType('view', ['Buffer', 'TypedArray', 'DataView'], view);
    if (slot.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    byteControllerRespondWithNewView(slot.controller[kController], view);
  }

  [kInspect](depth, options, inspect) {
    const slot = this[kController];
    return `ReadableStreamBYOBRequest ${inspect({ view: slot.view, controller: slot.controller }, options)}`;
  }
}
Object.defineProperty(ReadableStreamBYOBRequest.prototype, Symbol.toStringTag, { value: 'ReadableStreamBYOBRequest', configurable: true });

class ReadableByteStreamController {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get byobRequest() {
    const c = checkController(this, ReadableByteStreamController);
    if (c.byobRequest === null && c.pending.length > 0) {
      const first = c.pending[0];
      const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled, first.byteLength - first.bytesFilled);
      const request = Object.create(ReadableStreamBYOBRequest.prototype);
      request[kController] = { controller: this, view };
      c.byobRequest = request;
    }
    return c.byobRequest;
  }

  get desiredSize() {
    return byteDesiredSize(checkController(this, ReadableByteStreamController));
  }

  close() {
    const c = checkController(this, ReadableByteStreamController);
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerClose(c);
  }

  enqueue(chunk) {
    const c = checkController(this, ReadableByteStreamController);
    // Node validates with validateBuffer(chunk), whose default name is 'buffer'.
    if (!ArrayBuffer.isView(chunk)) throw invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    if (chunk.byteLength === 0) throw invalidState('chunk ArrayBuffer is zero-length or detached');
    if (chunk.buffer.byteLength === 0) throw invalidState('chunk ArrayBuffer is zero-length or detached');
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerEnqueue(c, chunk);
  }

  error(error = undefined) {
    byteControllerError(checkController(this, ReadableByteStreamController), error);
  }

  [kCancelSteps](reason) {
    const c = this[kController];
    invalidateByobRequest(c);
    c.pending = [];
    c.queue = [];
    c.queueTotal = 0;
    const result = c.cancel(reason);
    clearAlgorithms(c);
    return result;
  }

  [kPullSteps](request) {
    const c = this[kController];
    if (c.queueTotal > 0) {
      fillReadRequestFromQueue(c, request);
      return;
    }
    if (c.autoAllocateChunkSize !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(c.autoAllocateChunkSize);
      } catch (err) {
        request.error(err);
        return;
      }
      c.pending.push({
        buffer, bufferByteLength: c.autoAllocateChunkSize, byteOffset: 0, byteLength: c.autoAllocateChunkSize,
        bytesFilled: 0, minimumFill: 1, elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
      });
    }
    c.stream[kState].reader[kReader].requests.push(request);
    byteCallPullIfNeeded(c);
  }

  [kReleaseSteps]() {
    const c = this[kController];
    if (c.pending.length > 0) {
      const first = c.pending[0];
      first.readerType = 'none';
      c.pending = [first];
    }
  }
}
Object.defineProperty(ReadableByteStreamController.prototype, Symbol.toStringTag, { value: 'ReadableByteStreamController', configurable: true });

// Node shows the controllers without any fields.
for (const Controller of [ReadableStreamDefaultController, ReadableByteStreamController]) {
  Object.defineProperty(Controller.prototype, kInspect, {
    value(depth, options, inspect) {
      return `${Controller.name} ${inspect({}, options)}`;
    },
    configurable: true,
    writable: true,
  });
}

function invalidateByobRequest(c) {
  if (c.byobRequest === null) return;
  c.byobRequest[kController].controller = undefined;
  c.byobRequest[kController].view = null;
  c.byobRequest = null;
}

function byteDesiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.hwm - c.queueTotal;
}

function byteControllerClose(c) {
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotal > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pending.length > 0) {
    const first = c.pending[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const err = invalidState('Partial read');
      byteControllerError(c, err);
      throw err;
    }
  }
  clearAlgorithms(c);
  readableStreamClose(stream);
}

function enqueueChunk(c, buffer, byteOffset, byteLength) {
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotal += byteLength;
}

function enqueueClonedChunk(c, buffer, byteOffset, byteLength) {
  const clone = buffer.slice(byteOffset, byteOffset + byteLength);
  enqueueChunk(c, clone, 0, byteLength);
}

function enqueueDetachedPullInto(c, desc) {
  if (desc.bytesFilled > 0) enqueueClonedChunk(c, desc.buffer, desc.byteOffset, desc.bytesFilled);
  c.pending.shift();
}

function byteControllerEnqueue(c, chunk) {
  const stream = c.stream;
  const { byteOffset, byteLength } = chunk;
  const buffer = transferBuffer(chunk.buffer);
  if (c.pending.length > 0) {
    invalidateByobRequest(c);
    const first = c.pending[0];
    first.buffer = transferBuffer(first.buffer);
    if (first.readerType === 'none') enqueueDetachedPullInto(c, first);
  }
  if (hasDefaultReader(stream)) {
    processReadRequestsUsingQueue(c);
    if (numRequests(stream) === 0) {
      enqueueChunk(c, buffer, byteOffset, byteLength);
    } else {
      if (c.pending.length > 0) c.pending.shift();
      fulfillReadRequest(stream, new Uint8Array(buffer, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    enqueueChunk(c, buffer, byteOffset, byteLength);
    processPullIntosUsingQueue(c);
  } else {
    enqueueChunk(c, buffer, byteOffset, byteLength);
  }
  byteCallPullIfNeeded(c);
}

function byteControllerError(c, error) {
  if (c.stream[kState].state !== 'readable') return;
  invalidateByobRequest(c);
  c.pending = [];
  c.queue = [];
  c.queueTotal = 0;
  clearAlgorithms(c);
  readableStreamError(c.stream, error);
}

function fillReadRequestFromQueue(c, request) {
  const entry = c.queue.shift();
  c.queueTotal -= entry.byteLength;
  handleQueueDrain(c);
  request.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function processReadRequestsUsingQueue(c) {
  const reader = c.stream[kState].reader;
  while (reader[kReader].requests.length > 0) {
    if (c.queueTotal === 0) return;
    fillReadRequestFromQueue(c, reader[kReader].requests.shift());
  }
}

function handleQueueDrain(c) {
  if (c.queueTotal === 0 && c.closeRequested) {
    clearAlgorithms(c);
    readableStreamClose(c.stream);
  } else {
    byteCallPullIfNeeded(c);
  }
}

function convertPullInto(desc) {
  const count = desc.bytesFilled / desc.elementSize;
  return new desc.viewConstructor(desc.buffer, desc.byteOffset, count);
}

function commitPullInto(stream, desc) {
  const done = stream[kState].state === 'closed';
  const view = convertPullInto(desc);
  if (desc.readerType === 'default') fulfillReadRequest(stream, view, done);
  else fulfillReadIntoRequest(stream, view, done);
}

function fillPullIntoFromQueue(c, desc) {
  const maxCopy = Math.min(c.queueTotal, desc.byteLength - desc.bytesFilled);
  const maxFilled = desc.bytesFilled + maxCopy;
  let remaining = maxCopy;
  let ready = false;
  const aligned = maxFilled - (maxFilled % desc.elementSize);
  if (aligned >= desc.minimumFill) {
    remaining = aligned - desc.bytesFilled;
    ready = true;
  }
  while (remaining > 0) {
    const head = c.queue[0];
    const count = Math.min(remaining, head.byteLength);
    const destStart = desc.byteOffset + desc.bytesFilled;
    new Uint8Array(desc.buffer, destStart, count).set(new Uint8Array(head.buffer, head.byteOffset, count));
    if (head.byteLength === count) c.queue.shift();
    else {
      head.byteOffset += count;
      head.byteLength -= count;
    }
    c.queueTotal -= count;
    invalidateByobRequest(c);
    desc.bytesFilled += count;
    remaining -= count;
  }
  return ready;
}

function processPullIntosUsingQueue(c) {
  while (c.pending.length > 0) {
    if (c.queueTotal === 0) return;
    const first = c.pending[0];
    if (fillPullIntoFromQueue(c, first)) {
      c.pending.shift();
      commitPullInto(c.stream, first);
    } else {
      return;
    }
  }
}

function byteControllerPullInto(controller, view, min, request) {
  const c = controller[kController];
  const stream = c.stream;
  const elementSize = view.BYTES_PER_ELEMENT ?? 1;
  const viewConstructor = view instanceof DataView ? DataView : view.constructor;
  // The view's buffer moves to the stream: its extent is read first.
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferBuffer(view.buffer);
  } catch (err) {
    request.error(err);
    return;
  }
  const desc = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength,
    bytesFilled: 0, minimumFill: min * elementSize, elementSize, viewConstructor, readerType: 'byob',
  };
  if (c.pending.length > 0) {
    c.pending.push(desc);
    stream[kState].reader[kReader].requests.push(request);
    return;
  }
  if (stream[kState].state === 'closed') {
    request.close(new viewConstructor(desc.buffer, desc.byteOffset, 0));
    return;
  }
  if (c.queueTotal > 0) {
    if (fillPullIntoFromQueue(c, desc)) {
      const filled = convertPullInto(desc);
      handleQueueDrain(c);
      request.chunk(filled);
      return;
    }
    if (c.closeRequested) {
      const err = invalidState('ReadableStream closed');
      byteControllerError(c, err);
      request.error(err);
      return;
    }
  }
  c.pending.push(desc);
  stream[kState].reader[kReader].requests.push(request);
  byteCallPullIfNeeded(c);
}

function byteControllerRespond(c, bytesWritten) {
  const first = c.pending[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    // A TypeError here but RangeErrors below, as in Node.
    if (bytesWritten !== 0) throw invalidProperty('bytesWritten', bytesWritten);
  } else {
    if (bytesWritten === 0) throw invalidProperty('bytesWritten', bytesWritten, RangeError);
    if (first.bytesFilled + bytesWritten > first.byteLength) throw invalidProperty('bytesWritten', bytesWritten, RangeError);
  }
  first.buffer = transferBuffer(first.buffer);
  respondInternal(c, bytesWritten);
}

function byteControllerRespondWithNewView(c, view) {
  const first = c.pending[0];
  const state = c.stream[kState].state;
  if (state === 'closed' && view.byteLength !== 0) throw invalidState('View is not zero-length');
  if (state !== 'closed' && view.byteLength === 0) throw invalidState('View is zero-length');
  // Node names the whole view in each of these.
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) throw invalidProperty('view', view, RangeError);
  if (first.bytesFilled + view.byteLength > first.byteLength) throw invalidProperty('view', view, RangeError);
  if (first.bufferByteLength !== view.buffer.byteLength) throw invalidProperty('view', view, RangeError);
  const written = view.byteLength;
  first.buffer = transferBuffer(view.buffer);
  respondInternal(c, written);
}

function respondInternal(c, bytesWritten) {
  const first = c.pending[0];
  invalidateByobRequest(c);
  const stream = c.stream;
  if (stream[kState].state === 'closed') {
    if (first.readerType === 'none') c.pending.shift();
    if (hasBYOBReader(stream)) {
      while (numRequests(stream) > 0) commitPullInto(stream, c.pending.shift());
    }
  } else {
    first.bytesFilled += bytesWritten;
    if (first.readerType === 'none') {
      enqueueDetachedPullInto(c, first);
      processPullIntosUsingQueue(c);
    } else if (first.bytesFilled >= first.minimumFill) {
      c.pending.shift();
      const remainder = first.bytesFilled % first.elementSize;
      if (remainder > 0) {
        const end = first.byteOffset + first.bytesFilled;
        enqueueClonedChunk(c, first.buffer, end - remainder, remainder);
      }
      first.bytesFilled -= remainder;
      commitPullInto(stream, first);
      processPullIntosUsingQueue(c);
    }
  }
  byteCallPullIfNeeded(c);
}

function byteShouldCallPull(c) {
  const stream = c.stream;
  if (stream[kState].state !== 'readable' || c.closeRequested || !c.started) return false;
  if ((hasDefaultReader(stream) || hasBYOBReader(stream)) && numRequests(stream) > 0) return true;
  return byteDesiredSize(c) > 0;
}

function byteCallPullIfNeeded(c) {
  callPullIfNeeded(c, byteShouldCallPull, byteControllerError);
}

function setUpByteControllerFromSource(stream, source, hwm) {
  const controller = Object.create(ReadableByteStreamController.prototype);
  const { start, pull, cancel } = source;
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = Number(autoAllocateChunkSize);
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw invalidProperty('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  const c = {
    stream, queue: [], queueTotal: 0, pending: [], byobRequest: null, started: false, closeRequested: false,
    pullAgain: false, pulling: false, hwm, autoAllocateChunkSize,
    pull: () => promiseCall(pull, source, controller),
    cancel: (reason) => promiseCall(cancel, source, reason),
  };
  controller[kController] = c;
  stream[kState].controller = controller;
  const startResult = start === undefined ? undefined : Reflect.apply(start, source, [controller]);
  Promise.resolve(startResult).then(() => {
    c.started = true;
    byteCallPullIfNeeded(c);
  }, (err) => byteControllerError(c, err));
}

// ---- tee, iteration, from --------------------------------------------------------------------

function teeStream(stream) {
  if (stream[kState].controller instanceof ReadableByteStreamController) return byteStreamTee(stream);
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  // Which branches were cancelled (teeCancel sets them).
  const flags = { canceled1: false, canceled2: false };
  const cancelled = deferred();
  let branch1;
  let branch2;
  const ctl = (branch) => branch[kState].controller[kController];
  const pull = () => {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    defaultReaderRead(reader, {
      chunk: (chunk) => {
        queueMicrotask(() => {
          readAgain = false;
          if (!flags.canceled1) defaultControllerEnqueue(ctl(branch1), chunk);
          if (!flags.canceled2) defaultControllerEnqueue(ctl(branch2), chunk);
          reading = false;
          if (readAgain) pull();
        });
      },
      close: () => {
        reading = false;
        if (!flags.canceled1) defaultControllerClose(ctl(branch1));
        if (!flags.canceled2) defaultControllerClose(ctl(branch2));
        if (!flags.canceled1 || !flags.canceled2) cancelled.resolve(undefined);
      },
      error: () => {
        reading = false;
      },
    });
    return Promise.resolve();
  };
  const cancel = teeCancel(stream, cancelled, flags);
  branch1 = createReadableStream(() => undefined, pull, cancel(true), 1);
  branch2 = createReadableStream(() => undefined, pull, cancel(false), 1);
  reader[kReader].closed.promise.catch((err) => {
    defaultControllerError(ctl(branch1), err);
    defaultControllerError(ctl(branch2), err);
    if (!flags.canceled1 || !flags.canceled2) cancelled.resolve(undefined);
  });
  return [branch1, branch2];
}

/**
 * A branch's cancel algorithm: it marks the branch in `flags`; once both are cancelled the
 * source is cancelled with both reasons.
 */
function teeCancel(stream, cancelled, flags) {
  const reasons = [undefined, undefined];
  return (first) => (reason) => {
    if (first) {
      flags.canceled1 = true;
      reasons[0] = reason;
    } else {
      flags.canceled2 = true;
      reasons[1] = reason;
    }
    if (flags.canceled1 && flags.canceled2) cancelled.resolve(readableStreamCancel(stream, reasons));
    return cancelled.promise;
  };
}

/**
 * The standard's tee of a byte stream: a branch read with a BYOB reader reads the source with
 * one into that branch's own view (the other branch gets a copy), a branch read otherwise reads
 * it with a default reader; the reader is swapped as the branches ask.
 */
function byteStreamTee(stream) {
  let reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let again1 = false;
  let again2 = false;
  // Which branches were cancelled (teeCancel sets them).
  const flags = { canceled1: false, canceled2: false };
  const cancelled = deferred();
  let branch1;
  let branch2;
  const ctl = (branch) => branch[kState].controller[kController];
  const copy = (chunk) => new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength));
  const close = (branch) => {
    try {
      byteControllerClose(ctl(branch));
    } catch {
      // A pending read with part of an element: the branch is errored already.
    }
  };
  const forwardReaderError = (thisReader) => {
    thisReader[kReader].closed.promise.catch((err) => {
      if (thisReader !== reader) return;
      byteControllerError(ctl(branch1), err);
      byteControllerError(ctl(branch2), err);
      if (!flags.canceled1 || !flags.canceled2) cancelled.resolve(undefined);
    });
  };
  const pullAgain = () => {
    if (again1) pull1();
    else if (again2) pull2();
  };
  const withDefaultReader = () => {
    if (reader instanceof ReadableStreamBYOBReader) {
      readerRelease(reader);
      reader = new ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    defaultReaderRead(reader, {
      chunk: (chunk) => queueMicrotask(() => {
        again1 = false;
        again2 = false;
        const second = !flags.canceled1 && !flags.canceled2 ? copy(chunk) : chunk;
        if (!flags.canceled1) byteControllerEnqueue(ctl(branch1), chunk);
        if (!flags.canceled2) byteControllerEnqueue(ctl(branch2), second);
        reading = false;
        pullAgain();
      }),
      close: () => {
        reading = false;
        if (!flags.canceled1) close(branch1);
        if (!flags.canceled2) close(branch2);
        if (ctl(branch1).pending.length > 0) respondInternal(ctl(branch1), 0);
        if (ctl(branch2).pending.length > 0) respondInternal(ctl(branch2), 0);
        if (!flags.canceled1 || !flags.canceled2) cancelled.resolve(undefined);
      },
      error: () => {
        reading = false;
      },
    });
  };
  const withBYOBReader = (view, forBranch2) => {
    if (reader instanceof ReadableStreamDefaultReader) {
      readerRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    const byobCanceled = () => (forBranch2 ? flags.canceled2 : flags.canceled1);
    const otherCanceled = () => (forBranch2 ? flags.canceled1 : flags.canceled2);
    const request = {
      chunk: (chunk) => queueMicrotask(() => {
        again1 = false;
        again2 = false;
        if (!otherCanceled()) {
          const copied = copy(chunk);
          if (!byobCanceled()) byteControllerRespondWithNewView(ctl(byobBranch), chunk);
          byteControllerEnqueue(ctl(otherBranch), copied);
        } else if (!byobCanceled()) {
          byteControllerRespondWithNewView(ctl(byobBranch), chunk);
        }
        reading = false;
        pullAgain();
      }),
      close: (chunk) => {
        reading = false;
        if (!byobCanceled()) close(byobBranch);
        if (!otherCanceled()) close(otherBranch);
        if (chunk !== undefined) {
          if (!byobCanceled()) byteControllerRespondWithNewView(ctl(byobBranch), chunk);
          if (!otherCanceled() && ctl(otherBranch).pending.length > 0) respondInternal(ctl(otherBranch), 0);
        }
        if (!byobCanceled() || !otherCanceled()) cancelled.resolve(undefined);
      },
      error: () => {
        reading = false;
      },
    };
    const state = stream[kState];
    state.disturbed = true;
    if (state.state === 'errored') request.error(state.storedError);
    else byteControllerPullInto(state.controller, view, 1, request);
  };
  const pullFor = (second) => () => {
    if (reading) {
      if (second) again2 = true;
      else again1 = true;
      return Promise.resolve();
    }
    reading = true;
    const byobRequest = (second ? branch2 : branch1)[kState].controller.byobRequest;
    if (byobRequest === null) withDefaultReader();
    else withBYOBReader(byobRequest.view, second);
    return Promise.resolve();
  };
  const pull1 = pullFor(false);
  const pull2 = pullFor(true);
  const cancel = teeCancel(stream, cancelled, flags);
  const make = (pull, first) => {
    const branch = Object.create(ReadableStream.prototype);
    branch[kState] = newState();
    setUpByteControllerFromSource(branch, { pull, cancel: cancel(first) }, 0);
    return branch;
  };
  branch1 = make(pull1, true);
  branch2 = make(pull2, false);
  forwardReaderError(reader);
  return [branch1, branch2];
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// Node 20's values(): results are { done, value }, the first next() waits one microtask, and
// return() waits for the read in flight but does not queue later nexts behind itself.
function asyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  const state = { done: false, current: undefined };
  let started = false;
  const settled = () => {
    state.current = undefined;
  };
  const finished = () => {
    state.current = undefined;
    state.done = true;
    readerRelease(reader);
  };
  const nextSteps = () => {
    if (state.done) return Promise.resolve({ done: true, value: undefined });
    const { promise, resolve, reject } = deferred();
    defaultReaderRead(reader, {
      chunk: (value) => {
        settled();
        resolve({ value, done: false });
      },
      close: () => {
        finished();
        resolve({ done: true, value: undefined });
      },
      error: (err) => {
        finished();
        reject(err);
      },
    });
    return promise;
  };
  const returnSteps = async (value) => {
    if (state.done) return { done: true, value };
    state.done = true;
    if (!preventCancel) {
      const result = readableStreamCancel(stream, value);
      readerRelease(reader);
      await result;
      return { done: true, value };
    }
    readerRelease(reader);
    return { done: true, value };
  };
  return Object.setPrototypeOf({
    next() {
      if (!started) {
        state.current = Promise.resolve();
        started = true;
      }
      state.current = state.current !== undefined ? state.current.then(nextSteps, nextSteps) : nextSteps();
      return state.current;
    },
    return(value) {
      const run = () => returnSteps(value);
      return state.current ? state.current.then(run, run) : run();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);
}

// Node 20's readableStreamFromIterable: every value, a ReadableStream too, is read through its
// async iterator (a sync one is wrapped by an async generator), so the errors are Node's.
function fromIterable(iterable) {
  let iterator;
  const method = iterable[Symbol.asyncIterator];
  if (method === undefined || method === null) {
    const syncMethod = iterable[Symbol.iterator];
    if (syncMethod === undefined) throw notIterable(iterable);
    const sync = getIterator(iterable, syncMethod);
    iterator = (async function* () { return yield* { [Symbol.iterator]: () => sync }; })();
  } else {
    iterator = getIterator(iterable, method);
  }
  const nextMethod = iterator.next;
  let stream;
  const pull = () => Promise.resolve(Reflect.apply(nextMethod, iterator, [])).then((result) => {
    if (result === null || typeof result !== 'object') {
      throw invalidState('The promise returned by the iterator.next() method must fulfill with an object');
    }
    const c = stream[kState].controller[kController];
    if (result.done) defaultControllerClose(c);
    else defaultControllerEnqueue(c, result.value);
  });
  const cancel = (reason) => {
    const method = iterator.return;
    if (method === undefined) return Promise.resolve();
    return Promise.resolve(Reflect.apply(method, iterator, [reason])).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw invalidState('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  // Node's algorithms are async functions: a throw becomes a rejection.
  stream = createReadableStream(() => undefined, () => promiseCall(pull), (reason) => promiseCall(cancel, undefined, reason), 0);
  return stream;
}

function getIterator(iterable, method) {
  if (typeof method !== 'function') throw notIterable(iterable);
  const iterator = Reflect.apply(method, iterable, []);
  if (iterator === null || typeof iterator !== 'object') throw invalidState('The iterator method must return an object');
  return iterator;
}

function notIterable(value) {
  const shown = require('internal/inspect').format('%s', value);
  return codedError(TypeError, 'ERR_ARG_NOT_ITERABLE', `${shown} must be iterable`);
}

// ---- piping ----------------------------------------------------------------------------------

function pipeTo(source, dest, options) {
  const writables = require('internal/webstreams/writable');
  const preventClose = Boolean(options?.preventClose);
  const preventAbort = Boolean(options?.preventAbort);
  const preventCancel = Boolean(options?.preventCancel);
  const signal = options?.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  const reader = new ReadableStreamDefaultReader(source);
  const writer = writables.acquireWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const result = deferred();
  let onAbort;

  const finalize = (isError, error) => {
    writables.releaseWriter(writer);
    readerRelease(reader);
    if (onAbort) signal.removeEventListener('abort', onAbort);
    if (isError) result.reject(error);
    else result.resolve(undefined);
  };
  const waitForWrites = () => {
    const last = currentWrite;
    return last.then(() => (last === currentWrite ? undefined : waitForWrites()), () => undefined);
  };
  const destWritable = () => writables.stateOf(dest) === 'writable' && !writables.closeQueuedOrInFlight(dest);
  const shutdownWithAction = (action, isError, error) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const run = () => {
      let promise;
      try {
        promise = Promise.resolve(action());
      } catch (err) {
        promise = Promise.reject(err);
      }
      promise.then(() => finalize(isError, error), (err) => finalize(true, err));
    };
    if (destWritable()) waitForWrites().then(run);
    else run();
  };
  const shutdown = (isError, error) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destWritable()) waitForWrites().then(() => finalize(isError, error));
    else finalize(isError, error);
  };

  if (signal !== undefined) {
    onAbort = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) actions.push(() => (writables.stateOf(dest) === 'writable' ? writables.abort(dest, error) : Promise.resolve()));
      if (!preventCancel) actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      onAbort();
      return result.promise;
    }
    signal.addEventListener('abort', onAbort);
  }

  // Errors and closes on either side, as they happen.
  const sourceErrored = (err) => {
    if (!preventAbort) shutdownWithAction(() => writables.abort(dest, err), true, err);
    else shutdown(true, err);
  };
  const destErrored = (err) => {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, err), true, err);
    else shutdown(true, err);
  };
  const sourceClosed = () => {
    if (!preventClose) shutdownWithAction(() => writables.closeWithErrorPropagation(writer));
    else shutdown();
  };
  const check = () => {
    const s = source[kState];
    if (s.state === 'errored') {
      sourceErrored(s.storedError);
      return true;
    }
    const destState = writables.stateOf(dest);
    if (destState === 'errored' || destState === 'erroring') {
      destErrored(writables.storedErrorOf(dest));
      return true;
    }
    if (s.state === 'closed') {
      sourceClosed();
      return true;
    }
    if (writables.closeQueuedOrInFlight(dest) || destState === 'closed') {
      const err = invalidState('Destination WritableStream is closed');
      if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, err), true, err);
      else shutdown(true, err);
      return true;
    }
    return false;
  };
  reader[kReader].closed.promise.then(() => check(), () => check());
  writer.closed.then(() => check(), () => check());
  if (check()) return result.promise;

  const step = () => {
    if (shuttingDown) return;
    writer.ready.then(() => {
      if (shuttingDown) return;
      defaultReaderRead(reader, {
        chunk: (chunk) => {
          currentWrite = handled(writables.writerWrite(writer, chunk));
          step();
        },
        close: () => check(),
        error: () => check(),
      });
    }, () => check());
  };
  step();
  return result.promise;
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  isReadableStream,
  createReadableStream,
  readableStreamCancel,
  controllerOf: (stream) => stream[kState].controller[kController],
  defaultControllerEnqueue,
  defaultControllerClose,
  defaultControllerError,
  defaultDesiredSize,
  defaultCanCloseOrEnqueue,
  isDisturbed: (stream) => stream[kState].disturbed,
  stateOf: (stream) => stream[kState].state,
  storedErrorOf: (stream) => stream[kState].storedError,
};
