'use strict';

// TransformStream (WHATWG Streams): a writable side whose chunks a transformer turns into the
// readable side's, with backpressure carried from the readable side to the writable one.

const { codedError, invalidArgType } = require('internal/errors');
const { invalidState, invalidThis, invalidProperty, deferred, promiseCall, highWaterMarkOf, sizeOf } = require('internal/webstreams/common');
const readables = require('internal/webstreams/readable');
const writables = require('internal/webstreams/writable');

const kState = Symbol('kState');
const kController = Symbol('kController');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function checkStrategyObject(value, name) {
  if (value !== null && typeof value !== 'object' && typeof value !== 'function') throw invalidArgType(name, 'Object', value);
}

function isTransformStream(value) {
  return value !== null && typeof value === 'object' && value[kState] !== undefined;
}

function checkStream(value) {
  if (!isTransformStream(value)) throw invalidThis('TransformStream');
  return value[kState];
}

class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    // Node's checks in Node's order: the three objects, the types, both strategies (readable
    // first, always named 'strategy'), then transform, flush and cancel.
    if (transformer === null || (typeof transformer !== 'object' && typeof transformer !== 'function')) {
      throw invalidArgType('transformer', 'Object', transformer);
    }
    checkStrategyObject(writableStrategy, 'writableStrategy');
    checkStrategyObject(readableStrategy, 'readableStrategy');
    const source = transformer;
    if (source.readableType !== undefined) throw invalidProperty('transformer.readableType', source.readableType, RangeError);
    if (source.writableType !== undefined) throw invalidProperty('transformer.writableType', source.writableType, RangeError);
    const { start, transform, flush, cancel } = source;
    const readableHwm = highWaterMarkOf(readableStrategy, 0, 'strategy');
    const readableSize = sizeOf(readableStrategy, 'strategy');
    const writableHwm = highWaterMarkOf(writableStrategy, 1, 'strategy');
    const writableSize = sizeOf(writableStrategy, 'strategy');
    for (const [name, fn] of [['transform', transform], ['flush', flush], ['cancel', cancel]]) {
      if (fn !== undefined && typeof fn !== 'function') throw invalidArgType(`transformer.${name}`, 'Function', fn);
    }
    const started = deferred();
    // Cloned only as part of a transfer list (which marks it then).
    ops.markCloneable(this, null);
    initialize(this, started.promise, writableHwm, writableSize, readableHwm, readableSize);
    const controller = Object.create(TransformStreamDefaultController.prototype);
    const c = {
      stream: this,
      transform: transform === undefined
        ? (chunk) => {
          try {
            enqueue(c, chunk);
            return Promise.resolve();
          } catch (err) {
            return Promise.reject(err);
          }
        }
        : (chunk) => promiseCall(transform, source, chunk, controller),
      flush: () => promiseCall(flush, source, controller),
      cancel: (reason) => promiseCall(cancel, source, reason),
      finish: undefined,
    };
    controller[kController] = c;
    this[kState].controller = c;
    // As in Node, a start that throws makes the constructor throw.
    started.resolve(start === undefined ? undefined : Reflect.apply(start, source, [controller]));
  }

  get readable() {
    return checkStream(this).readable;
  }

  get writable() {
    return checkStream(this).writable;
  }

  [kInspect](depth, options, inspect) {
    const state = this[kState];
    return `TransformStream ${inspect({ readable: state.readable, writable: state.writable, backpressure: state.backpressure }, options)}`;
  }
}
Object.defineProperty(TransformStream.prototype, Symbol.toStringTag, { value: 'TransformStream', configurable: true });
// A stream that came in a message has no state until first used (internal/webstreams/transfer).
Object.defineProperty(TransformStream.prototype, kState, require('internal/webstreams/transfer').stateAccessor(kState, 'TransformStream'));

function initialize(stream, startPromise, writableHwm, writableSize, readableHwm, readableSize) {
  const state = { readable: undefined, writable: undefined, backpressure: undefined, backpressureChange: undefined, controller: undefined };
  stream[kState] = state;
  state.writable = writables.createWritableStream(
    () => startPromise,
    (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream),
    (reason) => sinkAbort(stream, reason),
    writableHwm,
    writableSize,
  );
  state.readable = readables.createReadableStream(
    () => startPromise,
    () => {
      setBackpressure(stream, false);
      return state.backpressureChange.promise;
    },
    (reason) => sourceCancel(stream, reason),
    readableHwm,
    readableSize,
  );
  setBackpressure(stream, true);
}

function setBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChange !== undefined) state.backpressureChange.resolve(undefined);
  state.backpressureChange = deferred();
  state.backpressure = backpressure;
}

function clearAlgorithms(c) {
  c.transform = () => Promise.resolve();
  c.flush = () => Promise.resolve();
  c.cancel = () => Promise.resolve();
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function errorWritableAndUnblockWrite(stream, error) {
  clearAlgorithms(stream[kState].controller);
  writables.controllerErrorIfNeeded(stream[kState].writable, error);
  unblockWrite(stream);
}

function streamError(stream, error) {
  readables.defaultControllerError(readables.controllerOf(stream[kState].readable), error);
  errorWritableAndUnblockWrite(stream, error);
}

function enqueue(c, chunk) {
  const stream = c.stream;
  const readable = stream[kState].readable;
  const rc = readables.controllerOf(readable);
  if (!readables.defaultCanCloseOrEnqueue(rc)) throw invalidState('Unable to enqueue');
  try {
    readables.defaultControllerEnqueue(rc, chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(stream, err);
    throw readables.storedErrorOf(readable);
  }
  const backpressure = !(readables.defaultCanCloseOrEnqueue(rc) && readables.defaultDesiredSize(rc) > 0);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function performTransform(c, chunk) {
  return c.transform(chunk).catch((reason) => {
    streamError(c.stream, reason);
    throw reason;
  });
}

function sinkWrite(stream, chunk) {
  const state = stream[kState];
  const c = state.controller;
  if (state.backpressure) {
    return state.backpressureChange.promise.then(() => {
      if (writables.stateOf(state.writable) === 'erroring') throw writables.storedErrorOf(state.writable);
      return performTransform(c, chunk);
    });
  }
  return performTransform(c, chunk);
}

function settleFinish(stream, promise, onFulfilled, onRejected) {
  const c = stream[kState].controller;
  c.finish = deferred();
  const finish = c.finish;
  promise.then(() => onFulfilled(finish), (reason) => onRejected(finish, reason));
  return finish.promise;
}

function sinkAbort(stream, reason) {
  const state = stream[kState];
  const c = state.controller;
  if (c.finish !== undefined) return c.finish.promise;
  const readable = state.readable;
  const cancelled = c.cancel(reason);
  clearAlgorithms(c);
  return settleFinish(stream, cancelled, (finish) => {
    if (readables.stateOf(readable) === 'errored') finish.reject(readables.storedErrorOf(readable));
    else {
      readables.defaultControllerError(readables.controllerOf(readable), reason);
      finish.resolve(undefined);
    }
  }, (finish, r) => {
    readables.defaultControllerError(readables.controllerOf(readable), r);
    finish.reject(r);
  });
}

function sinkClose(stream) {
  const state = stream[kState];
  const c = state.controller;
  if (c.finish !== undefined) return c.finish.promise;
  const readable = state.readable;
  const flushed = c.flush();
  clearAlgorithms(c);
  return settleFinish(stream, flushed, (finish) => {
    if (readables.stateOf(readable) === 'errored') finish.reject(readables.storedErrorOf(readable));
    else {
      readables.defaultControllerClose(readables.controllerOf(readable));
      finish.resolve(undefined);
    }
  }, (finish, r) => {
    readables.defaultControllerError(readables.controllerOf(readable), r);
    finish.reject(r);
  });
}

function sourceCancel(stream, reason) {
  const state = stream[kState];
  const c = state.controller;
  if (c.finish !== undefined) return c.finish.promise;
  const writable = state.writable;
  const cancelled = c.cancel(reason);
  clearAlgorithms(c);
  return settleFinish(stream, cancelled, (finish) => {
    if (writables.stateOf(writable) === 'errored') finish.reject(writables.storedErrorOf(writable));
    else {
      writables.controllerErrorIfNeeded(writable, reason);
      unblockWrite(stream);
      finish.resolve(undefined);
    }
  }, (finish, r) => {
    writables.controllerErrorIfNeeded(writable, r);
    unblockWrite(stream);
    finish.reject(r);
  });
}

class TransformStreamDefaultController {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get desiredSize() {
    const c = checkController(this);
    return readables.defaultDesiredSize(readables.controllerOf(c.stream[kState].readable));
  }

  enqueue(chunk = undefined) {
    enqueue(checkController(this), chunk);
  }

  error(reason = undefined) {
    streamError(checkController(this).stream, reason);
  }

  terminate() {
    const c = checkController(this);
    const stream = c.stream;
    readables.defaultControllerClose(readables.controllerOf(stream[kState].readable));
    errorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
  }
}
Object.defineProperty(TransformStreamDefaultController.prototype, Symbol.toStringTag, { value: 'TransformStreamDefaultController', configurable: true });

function checkController(controller) {
  if (!(controller instanceof TransformStreamDefaultController) || controller[kController] === undefined) {
    throw invalidThis('TransformStreamDefaultController');
  }
  return controller[kController];
}

module.exports = { TransformStream, TransformStreamDefaultController, isTransformStream };
