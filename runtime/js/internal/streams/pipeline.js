'use strict';
// stream.pipeline: pipes streams (and async generators) together, destroying all on error.

const { codedError, invalidArgType, validateAbortSignal, AbortError } = require('internal/errors');
const { finished } = require('internal/streams/end_of_stream');
const { destroyImpl, isIterable } = require('internal/streams/common');

function isStream(s) {
  return s && typeof s.on === 'function' && (typeof s.pipe === 'function' || typeof s.write === 'function');
}

function pipeline(...streams) {
  const last = streams[streams.length - 1];
  if (typeof last !== 'function') throw invalidArgType('streams[stream.length - 1]', 'function', last);
  const callback = streams.pop();
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "streams" argument must be specified');
  return pipelineImpl(streams, callback);
}

function pipelineImpl(streams, callback, opts = {}) {
  let error;
  let finishCount = 0;
  const destroys = [];
  let finishedOnce = false;
  const outerSignal = opts.signal;
  validateAbortSignal(outerSignal, 'options.signal');
  // An abort ends the pipeline at once: every stream is destroyed with the AbortError.
  function abort() {
    const err = new AbortError(undefined, { cause: outerSignal.reason });
    if (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE') error = err;
    for (const destroy of destroys) destroy(error);
    if (!finishedOnce) {
      finishedOnce = true;
      process.nextTick(callback, error, value);
    }
  }
  const done = callback;
  callback = (...args) => {
    outerSignal?.removeEventListener('abort', abort);
    done(...args);
  };
  function finish(err) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (--finishCount === 0 || (err && !finishedOnce)) {
      if (err) for (const destroy of destroys) destroy(error);
    }
    if (finishCount <= 0 && !finishedOnce) {
      finishedOnce = true;
      process.nextTick(callback, error, value);
    }
  }
  let value;
  let ret;
  for (let i = 0; i < streams.length; i++) {
    let stream = streams[i];
    // Anything else Duplex.from can make a stream of (a promise, a pair) becomes one; the
    // rest fails with its message.
    if (!isStream(stream) && typeof stream !== 'function' && !isIterable(stream)) {
      stream = require('internal/streams/duplexify').duplexify(stream, 'body');
    }
    const isLast = i === streams.length - 1;
    if (isStream(stream)) {
      finishCount++;
      const reading = i < streams.length - 1;
      const writing = i > 0;
      destroys.push((err) => destroyImpl.destroyer(stream, err));
      finished(stream, { readable: reading, writable: writing }, (err) => {
        if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && !reading && stream.writableFinished) err = undefined;
        finish(err);
      });
      if (i === 0) {
        ret = stream;
      } else if (isStream(ret)) {
        ret.pipe(stream, { end: opts.end !== false });
        ret = stream;
      } else {
        // An async iterable feeds this stream.
        pumpToNode(ret, stream, finish, opts);
        ret = stream;
      }
    } else if (typeof stream === 'function') {
      const source = isStream(ret) ? ret : ret;
      ret = stream(source, { signal: opts.signal });
      if (isLast) {
        finishCount++;
        Promise.resolve(ret).then((v) => {
          value = v;
          finish();
        }, (err) => finish(err));
      }
    } else {
      ret = stream;
    }
  }
  if (outerSignal?.aborted) abort();
  else outerSignal?.addEventListener('abort', abort, { once: true });
  return ret;
}

async function pumpToNode(iterable, writable, finish, { end }) {
  try {
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) {
        if (writable.destroyed) return;
        await new Promise((resolve) => writable.once('drain', resolve));
      }
    }
    if (end !== false) writable.end();
  } catch (err) {
    finish(err);
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
