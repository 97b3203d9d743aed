'use strict';
// Duplex.from: a Duplex made of a stream, a `{ readable, writable }` pair, an async generator
// function, an iterable, a promise or a Blob. `joinSides` also serves stream.compose, which
// joins the head and the tail of a pipeline.

const Duplex = require('internal/streams/duplex');
const { invalidArgType, invalidReturnValue, AbortError } = require('internal/errors');
const { finished, isReadableNodeStream, isWritableNodeStream } = require('internal/streams/end_of_stream');
const { destroyImpl, isIterable } = require('internal/streams/common');

const isNodeStream = (s) => isReadableNodeStream(s) || isWritableNodeStream(s);
const isOpenReadable = (s) => !!s && s.readable === true && !s.destroyed && isReadableNodeStream(s);
const isOpenWritable = (s) => !!s && s.writable === true && !s.destroyed && isWritableNodeStream(s);

/**
 * A Duplex whose writes go to `head` and whose reads come from `tail`; the write side's final
 * callback waits for `finishOn`'s 'finish'. Destroying it destroys the sides through
 * `destroySides`. The caller reports the sides' end through the returned `sidesDone`.
 */
function joinSides(head, tail, finishOn, destroySides, { destroyWhenIdle }) {
  const writable = isOpenWritable(head);
  const readable = isOpenReadable(tail);
  // Callbacks parked until a side is ready: a write waiting for 'drain', final() waiting for
  // 'finish', a read waiting for 'readable'.
  const parked = { drain: null, finish: null, readable: null };
  const release = (slot) => {
    const callback = parked[slot];
    parked[slot] = null;
    if (callback) callback();
  };
  // Whether destroy() is waiting for the sides to close: 'idle' before any destroy, then the
  // pending callback, then 'closed'.
  let closing = 'idle';
  const duplex = new Duplex({
    writableObjectMode: !!head?.writableObjectMode,
    readableObjectMode: !!tail?.readableObjectMode,
    writable,
    readable,
  });
  if (writable) {
    duplex._write = (chunk, encoding, callback) => {
      if (head.write(chunk, encoding)) callback();
      else parked.drain = callback;
    };
    duplex._final = (callback) => {
      parked.finish = callback;
      head.end();
    };
    head.on('drain', () => release('drain'));
    finishOn.on('finish', () => release('finish'));
  }
  if (readable) {
    const pull = () => {
      let chunk;
      while ((chunk = tail.read()) !== null) {
        if (!duplex.push(chunk)) return;
      }
      parked.readable = pull;
    };
    duplex._read = pull;
    tail.on('readable', () => release('readable'));
    tail.on('end', () => duplex.push(null));
  }
  duplex._destroy = (err, callback) => {
    parked.drain = parked.finish = parked.readable = null;
    if (closing === 'closed') {
      callback(err);
      return;
    }
    // Destroyed before the sides ended on their own: that is an abort.
    closing = callback;
    destroySides(err || new AbortError());
  };
  function sidesDone(err) {
    if (typeof closing === 'function') {
      const callback = closing;
      closing = 'closed';
      callback(err);
      return;
    }
    closing = 'closed';
    if (err) duplex.destroy(err);
    else if (destroyWhenIdle && !readable && !writable) duplex.destroy();
  }
  return { duplex, sidesDone };
}

/** A Duplex over a readable and/or a writable stream. */
function fromPair({ readable: r, writable: w }) {
  if (r && typeof r.read !== 'function') r = require('internal/streams/readable').wrap(r);
  const { duplex, sidesDone } = joinSides(w, r, w, (err) => {
    destroyImpl.destroyer(w, err);
    destroyImpl.destroyer(r, err);
  }, { destroyWhenIdle: false });
  if (isOpenWritable(w)) {
    finished(w, (err) => {
      if (err) destroyImpl.destroyer(r, err);
      sidesDone(err);
    });
  }
  if (isOpenReadable(r)) {
    finished(r, (err) => {
      if (err) destroyImpl.destroyer(r, err);
      sidesDone(err);
    });
  }
  return duplex;
}

/**
 * Calls `fn(source, { signal })`, `source` being the chunks written to the Duplex as an async
 * iterable. A write is handed over when the generator asks for its next chunk, and completes
 * (its callback runs) at that moment: that is the backpressure.
 */
function fromAsyncGen(fn) {
  const controller = new AbortController();
  // Writes handed to the Duplex, waiting for the generator; or the generator, waiting for one.
  const handedOver = [];
  let waiting = null;
  const hand = (entry) => {
    if (waiting === null) {
      handedOver.push(entry);
    } else {
      const take = waiting;
      waiting = null;
      take(entry);
    }
  };
  const nextEntry = () => (handedOver.length > 0 ? handedOver.shift() : new Promise((resolve) => (waiting = resolve)));
  async function* source() {
    for (;;) {
      const entry = await nextEntry();
      process.nextTick(entry.callback);
      if (entry.end) return;
      if (controller.signal.aborted) throw new AbortError(undefined, { cause: controller.signal.reason });
      yield entry.chunk;
    }
  }
  return {
    value: fn(source(), { signal: controller.signal }),
    write: (chunk, encoding, callback) => hand({ chunk, callback, end: false }),
    final: (callback) => hand({ callback, end: true }),
    destroy(err, callback) {
      controller.abort();
      callback(err);
    },
  };
}

function duplexify(body, name) {
  if (isReadableNodeStream(body) && isWritableNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return fromPair({ readable: body });
  if (isWritableNodeStream(body)) return fromPair({ writable: body });
  if (isNodeStream(body)) return fromPair({});
  const from = require('internal/streams/from');
  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) return from(Duplex, value, { objectMode: true, write, final, destroy });
    if (typeof value?.then === 'function') {
      let duplex;
      const settled = value.then(
        (result) => {
          if (result != null) {
            throw invalidReturnValue('nully', name, result);
          }
        },
        (err) => destroyImpl.destroyer(duplex, err),
      );
      duplex = new Duplex({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await settled;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return duplex;
    }
    throw invalidReturnValue('Iterable, AsyncIterable or AsyncFunction', name, value);
  }
  const { Blob } = require('buffer');
  if (body instanceof Blob) return duplexify(body.arrayBuffer(), name);
  if (isIterable(body)) return from(Duplex, body, { objectMode: true, writable: false });
  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const readable = body?.readable ? (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable, name)) : undefined;
    const writable = body?.writable ? (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable, name)) : undefined;
    return fromPair({ readable, writable });
  }
  if (typeof body?.then === 'function') {
    const duplex = new Duplex({ objectMode: true, writable: false, read() {} });
    body.then(
      (value) => {
        if (value != null) duplex.push(value);
        duplex.push(null);
      },
      (err) => destroyImpl.destroyer(duplex, err),
    );
    return duplex;
  }
  throw invalidArgType(
    name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'],
    body,
  );
}

module.exports = { duplexify, joinSides, isNodeStream, isOpenReadable, isOpenWritable };
