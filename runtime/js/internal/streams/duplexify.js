'use strict';
// Duplex.from: a Duplex made of a stream, a `{ readable, writable }` pair, an async generator
// function, an iterable, a promise or a Blob. `joinSides` also serves stream.compose, which
// joins the head and the tail of a pipeline.

const Duplex = require('internal/streams/duplex');
const { invalidArgType, invalidReturnValue, AbortError } = require('internal/errors');
const { finished, isReadableNodeStream, isWritableNodeStream } = require('internal/streams/end_of_stream');
const { destroyImpl } = require('internal/streams/common');

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
  let ondrain = null;
  let onfinish = null;
  let onreadable = null;
  // undefined: not destroyed yet; a function: destroyed, waiting for the sides; null: done.
  let onclose;
  const take = (cb) => {
    if (cb) cb();
  };
  const duplex = new Duplex({
    writableObjectMode: !!head?.writableObjectMode,
    readableObjectMode: !!tail?.readableObjectMode,
    writable,
    readable,
  });
  if (writable) {
    duplex._write = (chunk, encoding, callback) => {
      if (head.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    duplex._final = (callback) => {
      head.end();
      onfinish = callback;
    };
    head.on('drain', () => {
      const cb = ondrain;
      ondrain = null;
      take(cb);
    });
    finishOn.on('finish', () => {
      const cb = onfinish;
      onfinish = null;
      take(cb);
    });
  }
  if (readable) {
    tail.on('readable', () => {
      const cb = onreadable;
      onreadable = null;
      take(cb);
    });
    tail.on('end', () => duplex.push(null));
    duplex._read = function read() {
      for (;;) {
        const chunk = tail.read();
        if (chunk === null) {
          onreadable = read;
          return;
        }
        if (!duplex.push(chunk)) return;
      }
    };
  }
  duplex._destroy = (err, callback) => {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroySides(err);
    }
  };
  function sidesDone(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) duplex.destroy(err);
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
 * Calls `fn(source, { signal })` with an async iterable of what is written; writes wait until
 * the generator asks for the next chunk.
 */
function fromAsyncGen(fn) {
  let next = Promise.withResolvers();
  const controller = new AbortController();
  const signal = controller.signal;
  async function* source() {
    for (;;) {
      const pending = next.promise;
      const { chunk, done, cb } = await pending;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      next = Promise.withResolvers();
      yield chunk;
    }
  }
  const value = fn(source(), { signal });
  return {
    value,
    write(chunk, encoding, cb) {
      next.resolve({ chunk, done: false, cb });
    },
    final(cb) {
      next.resolve({ done: true, cb });
    },
    destroy(err, cb) {
      controller.abort();
      cb(err);
    },
  };
}

const isIterable = (v) => v != null && (typeof v[Symbol.asyncIterator] === 'function' || typeof v[Symbol.iterator] === 'function');

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
