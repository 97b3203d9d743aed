'use strict';
// stream.pipeline: pipes streams (and async generators) together, destroying all on error.

const { codedError, invalidArgType, validateAbortSignal, AbortError } = require('internal/errors');
const { finished, isReadableNodeStream } = require('internal/streams/end_of_stream');
const { destroyImpl, isIterable, aggregateTwoErrors } = require('internal/streams/common');

function isStream(s) {
  return s && typeof s.on === 'function' && (typeof s.pipe === 'function' || typeof s.write === 'function');
}

function pipeline(...streams) {
  const last = streams[streams.length - 1];
  if (typeof last !== 'function') throw invalidArgType('streams[stream.length - 1]', 'function', last);
  const callback = streams.pop();
  let called = false;
  return pipelineImpl(streams, (...args) => {
    if (called) return;
    called = true;
    callback(...args);
  });
}

/** Destroys `stream` when the pipeline fails, unless it already finished or closed. */
function destroyer(stream, reading, writing) {
  let done = false;
  stream.on('close', () => {
    done = true;
  });
  const cleanup = finished(stream, { readable: reading, writable: writing }, (err) => {
    done = !err;
  });
  return {
    destroy(err) {
      if (done) return;
      done = true;
      destroyImpl.destroyer(stream, err || codedError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call pipe after a stream was destroyed'));
    },
    cleanup,
  };
}

function invalidReturn(expected, name, value) {
  const { determineSpecificType } = require('internal/errors');
  return codedError(TypeError, 'ERR_INVALID_RETURN_VALUE', `Expected ${expected} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`);
}

function isAsyncIterable(value) {
  return value != null && typeof value[Symbol.asyncIterator] === 'function';
}

/** What a function stage reads: the iterable itself, or a readable stream's async iterator. */
function asIterable(value) {
  if (isIterable(value)) return value;
  if (isReadableNodeStream(value)) {
    return (async function* fromReadable() {
      yield* value[Symbol.asyncIterator]();
    })();
  }
  throw invalidArgType('val', ['Readable', 'Iterable', 'AsyncIterable'], value);
}

/**
 * The pipeline. Every connection between two streams is watched at both ends (the source
 * read to its end, the destination written to its finish), every function stage that ends
 * the pipeline by its promise or iteration; the callback comes once all of them are done, or
 * at once with the first error, after every stream was destroyed.
 */
function pipelineImpl(streams, callback, opts = {}) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "streams" argument must be specified');
  const outerSignal = opts.signal;
  validateAbortSignal(outerSignal, 'options.signal');
  const controller = new (require('internal/web').AbortController)();
  const { signal } = controller;
  const lastStreamCleanup = [];
  let error;
  let value;
  let finishCount = 0;
  let called = false;
  const destroys = [];

  function abort() {
    finishImpl(new AbortError(undefined, { cause: outerSignal?.reason }));
  }
  if (outerSignal) outerSignal.addEventListener('abort', abort, { once: true });

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    outerSignal?.removeEventListener('abort', abort);
    controller.abort();
    if (final && !called) {
      called = true;
      if (!error) for (const fn of lastStreamCleanup) fn();
      process.nextTick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || opts.end !== false;
    const isLast = i === streams.length - 1;

    if (isStream(stream)) {
      if (end) {
        const { destroy, cleanup } = destroyer(stream, reading, writing);
        destroys.push(destroy);
        if (isLast && stream.readable) lastStreamCleanup.push(cleanup);
      }
      // An error after the data stopped flowing still fails the pipeline.
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
      };
      stream.on('error', onError);
      if (isLast && stream.readable) lastStreamCleanup.push(() => stream.removeListener('error', onError));
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) throw invalidReturn('Iterable, AsyncIterable or Stream', 'source', ret);
      } else if (isIterable(stream) || isReadableNodeStream(stream)) {
        ret = stream;
      } else {
        ret = require('internal/streams/duplexify').duplexify(stream, 'body');
      }
    } else if (typeof stream === 'function') {
      ret = stream(asIterable(ret), { signal });
      if (reading) {
        if (!isAsyncIterable(ret)) throw invalidReturn('AsyncIterable', `transform[${i - 1}]`, ret);
      } else {
        // A last stage that is a function still gives a stream back, to pipe on from.
        const { PassThrough } = require('stream');
        const pt = new PassThrough({ objectMode: true });
        const then = ret?.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(
            ret,
            (resolved) => {
              value = resolved;
              if (resolved != null) pt.write(resolved);
              if (end) pt.end();
              process.nextTick(finish);
            },
            (err) => {
              pt.destroy(err);
              process.nextTick(finish, err);
            },
          );
        } else if (isAsyncIterable(ret)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else {
          throw invalidReturn('AsyncIterable or Promise', 'destination', ret);
        }
        ret = pt;
        const { destroy, cleanup } = destroyer(ret, false, true);
        destroys.push(destroy);
        if (isLast) lastStreamCleanup.push(cleanup);
      }
    } else if (isStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, { end });
        if (isLast && stream.readable) lastStreamCleanup.push(cleanup);
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw invalidArgType('val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else {
      ret = require('internal/streams/duplexify').duplexify(stream, 'body');
    }
  }
  if (signal.aborted || outerSignal?.aborted) process.nextTick(abort);
  return ret;
}

/** Pipes `src` into `dst`, watching both: the source to its end, the destination to its finish. */
function pipe(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    // The destination went away before the source was done.
    if (!ended) finish(codedError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'));
  });
  // The destination is ended here, when the source ends, rather than by pipe().
  src.pipe(dst, { end: false });
  if (end) {
    const endDestination = () => {
      ended = true;
      dst.end();
    };
    const rState = src._readableState;
    if (rState && !rState.errored && (rState.endEmitted || (rState.ended && rState.length === 0))) {
      process.nextTick(endDestination);
    } else {
      src.once('end', endDestination);
    }
  } else {
    finish();
  }
  finished(src, { readable: true, writable: false }, (err) => {
    const rState = src._readableState;
    // A source that closes before its 'end' but has ended still counts once 'end' comes.
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && rState && rState.ended && !rState.errored && !rState.errorEmitted) {
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return finished(dst, { readable: false, writable: true }, finish);
}

/** Writes an iterable into a stream, waiting for 'drain' when it asks, then ends it. */
async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let wake = null;
  const resume = (err) => {
    if (err) error = err;
    if (wake) {
      const fn = wake;
      wake = null;
      fn();
    }
  };
  const wait = () => new Promise((resolve, reject) => {
    if (error) {
      reject(error);
      return;
    }
    wake = () => (error ? reject(error) : resolve());
  });
  writable.on('drain', resume);
  const cleanup = finished(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (err) {
    finish(error !== err ? aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    let opts = {};
    const last = streams[streams.length - 1];
    if (last && typeof last === 'object' && !isStream(last) && !last[Symbol.asyncIterator] && !last[Symbol.iterator]) {
      opts = streams.pop();
    }
    pipelineImpl(streams, (err, value) => (err ? reject(err) : resolve(value)), opts);
  });
}

module.exports = { pipeline, pipelinePromise };
