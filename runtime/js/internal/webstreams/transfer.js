'use strict';
// Web streams in a transfer list (postMessage, structuredClone), as the standard's cross-realm
// transforms: the stream stays on its thread, piped through a MessageChannel whose other port
// travels in the message, and the copy reads or writes through that port. The two ends speak
// in `{ type, value }` messages: 'chunk', 'close', 'error', and 'pull' from the reading end
// when it wants the next chunk (the writing end waits for it: backpressure).
//
// A TransformStream travels as its two sides: two channels, two ports.
//
// As in Node, the channel does not keep the process alive by itself: the sending side's port
// never does, and the copy's only while it waits for the other side (a read for its chunk, a
// write for the reader's pull), so that a stream posted to nobody, or a copy left unread, lets
// the process end.
//
// The copy is made natively without running JS (runtime/src/ops/clone.rs), so it arrives as an
// object with the stream's prototype and its ports under kTransferPort (and kWritablePort for
// a TransformStream's writable side); its state is set up when the stream is first used (the
// prototypes' state accessor calls `adopt`).

const { deferred, handled, promiseCall } = require('internal/webstreams/common');

const kTransferPort = Symbol('kTransferPort');
const kWritablePort = Symbol('kWritablePort');

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
  port.unref();
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

/** Holds the loop while `port` (a copy's, when `copy`) waits for an answer. */
function waitingOn(port, copy) {
  return (waiting) => {
    if (!copy) return;
    if (waiting) port.ref();
    else port.unref();
  };
}

/** A readable stream (made in `into` when given) of what the port's other end writes; `copy`
 * when it is the copy a message brought. */
function crossRealmReadable(port, into = undefined, copy = false) {
  const { createReadableStream } = require('internal/webstreams/readable');
  const wait = waitingOn(port, copy);
  let controller;
  follow(
    port,
    (err) => settle(() => controller.error(err)),
    (type, value) => {
      wait(false);
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
    () => {
      wait(true);
      return promiseCall(post, undefined, port, 'pull', undefined);
    },
    (reason) => hangUp(port, reason),
    0,
    () => 1,
    into,
  );
}

/** A writable stream (made in `into` when given) whose chunks the port's other end reads;
 * `copy` when it is the copy a message brought. */
function crossRealmWritable(port, into = undefined, copy = false) {
  const { createWritableStream } = require('internal/webstreams/writable');
  const wait = waitingOn(port, copy);
  let controller;
  // Settled when the reading end asks for a chunk.
  let backpressure = deferred();
  const release = () => {
    wait(false);
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
      if (backpressure !== undefined) wait(true);
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

/** A locked stream cannot be transferred (checked for every item before any moves); nor can
 * a TransformStream either of whose sides is locked. */
function checkTransferable(stream, kind) {
  if (kind === 'TransformStream') {
    checkTransferable(stream.readable, 'ReadableStream');
    checkTransferable(stream.writable, 'WritableStream');
  } else if (stream.locked) {
    const { DOMException } = require('internal/web');
    throw new DOMException(`Cannot transfer a locked ${kind}`, 'DataCloneError');
  }
}

/**
 * Prepares a stream of a transfer list: it is piped through new channels and will be cloned
 * as the ports that travel, which this returns.
 */
function transferStream(stream, kind) {
  const ports = kind === 'TransformStream'
    ? [pipeAway(stream.readable, 'ReadableStream'), pipeAway(stream.writable, 'WritableStream')]
    : [pipeAway(stream, kind)];
  // Cloned as those ports in the message being sent only (`sent` ends that): a later message
  // without it in the list fails.
  ops.markCloneable(stream, [kind, ...ports]);
  return ports;
}

/** Pipes a readable or writable stream through a new channel; returns the port that travels. */
function pipeAway(stream, kind) {
  const { MessageChannel } = require('internal/message_port');
  const { port1, port2 } = new MessageChannel();
  if (kind === 'ReadableStream') handled(stream.pipeTo(crossRealmWritable(port1)));
  else handled(crossRealmReadable(port1).pipeTo(stream));
  return port2;
}

/** Sets up a stream that came in a message from its ports (a TransformStream's state goes
 * under `key`); false for any other object that has the prototype but no state. */
function adopt(stream, kind, key) {
  const port = Object.hasOwn(stream, kTransferPort) ? stream[kTransferPort] : undefined;
  if (port === undefined) return false;
  delete stream[kTransferPort];
  ops.markCloneable(stream, null);
  if (kind === 'ReadableStream') {
    crossRealmReadable(port, stream, true);
  } else if (kind === 'WritableStream') {
    crossRealmWritable(port, stream, true);
  } else {
    const writablePort = stream[kWritablePort];
    delete stream[kWritablePort];
    // As the standard's deserialization: the two sides, and nothing of the transformer.
    stream[key] = {
      readable: crossRealmReadable(port, undefined, true),
      writable: crossRealmWritable(writablePort, undefined, true),
      backpressure: undefined,
      backpressureChange: undefined,
      controller: undefined,
    };
  }
  return true;
}

/**
 * The accessor a stream prototype has for its state key: an own value once set (every stream
 * made here), and the state of a transferred stream set up at its first use.
 */
function stateAccessor(key, kind) {
  return {
    get() {
      return adopt(this, kind, key) ? this[key] : undefined;
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
    TransformStream: [require('internal/webstreams/transform').TransformStream.prototype, [kTransferPort], [kWritablePort]],
  };
}

/** After a message was cloned: the streams it transferred are no longer cloneable. */
function sent(streams) {
  for (const stream of streams) ops.markCloneable(stream, null);
}

module.exports = { checkTransferable, transferStream, sent, stateAccessor, cloneShapes };
