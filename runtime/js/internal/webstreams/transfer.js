'use strict';
// Web streams in a transfer list (postMessage, structuredClone), as the standard's cross-realm
// transforms: the stream stays on its thread, piped through a MessageChannel whose other port
// travels in the message, and the copy reads or writes through that port. The two ends speak
// in `{ type, value }` messages: 'chunk', 'close', 'error', and 'pull' from the reading end
// when it wants the next chunk (the writing end waits for it: backpressure).
//
// The copy is made natively without running JS (runtime/src/ops/clone.rs), so it arrives as an
// object with the stream's prototype and its port under kTransferPort; its state is set up
// when the stream is first used (the prototypes' state accessor calls `adopt`).

const { deferred, handled, promiseCall } = require('internal/webstreams/common');

const kTransferPort = Symbol('kTransferPort');

/** Posts a message on `port`, or the clone failure in its place (as the standard does). */
function post(port, type, value) {
  try {
    port.postMessage({ type, value });
  } catch (err) {
    port.postMessage({ type: 'error', value: err });
    throw err;
  }
}

/**
 * Follows the port: `on(type, value)` for each message; an 'error' from the other end, or a
 * message that cannot be read, is given to `fail` and ends the channel.
 */
function follow(port, fail, on) {
  port.on('message', (data) => {
    const { type, value } = data ?? {};
    if (type === 'error') {
      fail(value);
      port.close();
    } else {
      on(type, value);
    }
  });
  port.on('messageerror', (err) => {
    settle(() => post(port, 'error', err));
    fail(err);
    port.close();
  });
}

/** Cancel and abort: the other end hears the reason, and the channel ends. */
function hangUp(port, reason) {
  settle(() => post(port, 'error', reason));
  port.close();
  return Promise.resolve();
}

function settle(action) {
  try {
    action();
  } catch {
    // The stream had already ended.
  }
}

/** A readable stream (made in `into` when given) of what the port's other end writes. */
function crossRealmReadable(port, into = undefined) {
  const { createReadableStream } = require('internal/webstreams/readable');
  let controller;
  follow(
    port,
    (err) => settle(() => controller.error(err)),
    (type, value) => {
      if (type === 'chunk') {
        settle(() => controller.enqueue(value));
      } else if (type === 'close') {
        settle(() => controller.close());
        port.close();
      }
    },
  );
  return createReadableStream(
    (c) => {
      controller = c;
    },
    () => promiseCall(post, undefined, port, 'pull', undefined),
    (reason) => hangUp(port, reason),
    0,
    () => 1,
    into,
  );
}

/** A writable stream (made in `into` when given) whose chunks the port's other end reads. */
function crossRealmWritable(port, into = undefined) {
  const { createWritableStream } = require('internal/webstreams/writable');
  let controller;
  // Settled when the reading end asks for a chunk.
  let backpressure = deferred();
  const release = () => {
    backpressure?.resolve();
    backpressure = undefined;
  };
  follow(
    port,
    (err) => {
      settle(() => controller.error(err));
      release();
    },
    (type) => {
      if (type === 'pull') release();
    },
  );
  return createWritableStream(
    (c) => {
      controller = c;
    },
    (chunk) => {
      const ready = backpressure === undefined ? Promise.resolve() : backpressure.promise;
      return ready.then(() => {
        backpressure = deferred();
        post(port, 'chunk', chunk);
      });
    },
    () =>
      promiseCall(() => {
        post(port, 'close', undefined);
        port.close();
      }),
    (reason) => hangUp(port, reason),
    1,
    () => 1,
    into,
  );
}

/** A locked stream cannot be transferred (checked for every item before any moves). */
function checkTransferable(stream, kind) {
  if (stream.locked) {
    const { DOMException } = require('internal/web');
    throw new DOMException(`Cannot transfer a locked ${kind}`, 'DataCloneError');
  }
}

/**
 * Prepares a stream of a transfer list: it is piped through a new channel and will be cloned
 * as the port that travels, which this returns.
 */
function transferStream(stream, kind) {
  const { MessageChannel } = require('internal/message_port');
  const { port1, port2 } = new MessageChannel();
  if (kind === 'ReadableStream') handled(stream.pipeTo(crossRealmWritable(port1)));
  else handled(crossRealmReadable(port1).pipeTo(stream));
  // Cloned as that port for this message only; a later message without it in the list fails.
  ops.markCloneable(stream, [kind, port2]);
  queueMicrotask(() => ops.markCloneable(stream, null));
  return port2;
}

/** Sets up a stream that came in a message from its port; false for any other object that has
 * the prototype but no state. */
function adopt(stream, kind) {
  const port = Object.hasOwn(stream, kTransferPort) ? stream[kTransferPort] : undefined;
  if (port === undefined) return false;
  delete stream[kTransferPort];
  ops.markCloneable(stream, null);
  if (kind === 'ReadableStream') crossRealmReadable(port, stream);
  else crossRealmWritable(port, stream);
  return true;
}

/**
 * The accessor a stream prototype has for its state key: an own value once set (every stream
 * made here), and the state of a transferred stream set up at its first use.
 */
function stateAccessor(key, kind) {
  return {
    get() {
      return adopt(this, kind) ? this[key] : undefined;
    },
    set(value) {
      Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
    },
    configurable: true,
  };
}

/** How clones of transferred streams are made: the prototype and the port, kept hidden. */
function cloneShapes() {
  return {
    ReadableStream: [require('internal/webstreams/readable').ReadableStream.prototype, [kTransferPort]],
    WritableStream: [require('internal/webstreams/writable').WritableStream.prototype, [kTransferPort]],
  };
}

module.exports = { checkTransferable, transferStream, stateAccessor, cloneShapes };
