'use strict';
// stream.finished: calls back once a stream has ended, finished, errored or closed.

const { codedError, invalidArgType, AbortError } = require('internal/errors');

function isReadableNodeStream(s, strict = false) {
  return !!(
    s && typeof s.pipe === 'function' && typeof s.on === 'function'
    && (!strict || (typeof s.pause === 'function' && typeof s.resume === 'function'))
    && (!s._writableState || s._readableState?.readable !== false)
    && (!s._writableState || s._readableState)
  );
}
function isWritableNodeStream(s) {
  return !!(s && typeof s.write === 'function' && typeof s.on === 'function' && (!s._readableState || s._writableState?.writable !== false));
}

function prematureClose() {
  return codedError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close');
}

// What a stream's state says, as the checks below need it (null: it cannot tell).
function isDestroyed(s) {
  const state = s._writableState || s._readableState;
  return !!(s.destroyed || state?.destroyed);
}
function readableDone(s, strict) {
  const state = s._readableState;
  if (!state || state.errored) return false;
  return !!(state.endEmitted || (!strict && state.ended === true && state.length === 0));
}
function writableDone(s, strict) {
  const state = s._writableState;
  if (!state || state.errored) return false;
  return !!(state.finished || (!strict && state.ended === true && state.length === 0));
}
function stillReadable(s) {
  if (typeof s.readable !== 'boolean') return null;
  if (isDestroyed(s)) return false;
  return isReadableNodeStream(s) && s.readable && !readableDone(s, false);
}
function stillWritable(s) {
  if (typeof s.writable !== 'boolean') return null;
  if (isDestroyed(s)) return false;
  const ended = s.writableEnded === true || (!s._writableState?.errored && s._writableState?.ended === true);
  return isWritableNodeStream(s) && s.writable && !ended;
}
function erroredOf(s) {
  return s.writableErrored || s._writableState?.errored || s.readableErrored || s._readableState?.errored || null;
}
/** Whether 'close' is still to come: then 'end' and 'finish' only count once it comes. */
function closeToCome(s) {
  const state = s._writableState || s._readableState;
  return !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function finished(stream, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  }
  if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  if (!stream || typeof stream.on !== 'function') throw invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  let called = false;
  const done = (...args) => {
    if (called) return;
    called = true;
    callback.apply(stream, args);
  };
  const rState = stream._readableState;
  const wState = stream._writableState;
  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  // A stream that will emit 'close' is done at its 'close', when it is watched for all it is.
  let waitForClose = closeToCome(stream) && isReadableNodeStream(stream) === readable && isWritableNodeStream(stream) === writable;
  let readableFinished = readableDone(stream, false);
  let writableFinished = writableDone(stream, false);
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) waitForClose = false;
    if (waitForClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) done();
  };
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) waitForClose = false;
    if (waitForClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) done();
  };
  const onerror = (err) => done(err);
  const onclose = () => {
    const errored = erroredOf(stream);
    if (errored && typeof errored !== 'boolean') return done(errored);
    if (readable && !readableFinished && isReadableNodeStream(stream, true) && !readableDone(stream, false)) {
      return done(prematureClose());
    }
    if (writable && !writableFinished && !writableDone(stream, false)) return done(prematureClose());
    return done();
  };
  const onclosed = () => {
    const errored = erroredOf(stream);
    if (errored && typeof errored !== 'boolean') return done(errored);
    return done();
  };
  // Streams without state of their own (legacy ones) finish at 'end' or 'close'.
  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };
  if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!waitForClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);
  const closed = !!(wState?.closed || rState?.closed);
  if (closed) {
    process.nextTick(onclose);
  } else if (wState?.errorEmitted || rState?.errorEmitted) {
    if (!waitForClose) process.nextTick(onclosed);
  } else if (!readable && (!waitForClose || stillReadable(stream)) && (writableFinished || stillWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!waitForClose || stillWritable(stream)) && (readableFinished || stillReadable(stream) === false)) {
    process.nextTick(onclosed);
  }
  const cleanup = () => {
    callback = () => {};
    stream.removeListener('aborted', onclose);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('end', onend);
    stream.removeListener('finish', onfinish);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };
  if (options.signal && !closed) {
    const abort = () => {
      done(new AbortError(undefined, { cause: options.signal.reason }));
    };
    if (options.signal.aborted) process.nextTick(abort);
    else options.signal.addEventListener('abort', abort, { once: true });
  }
  return cleanup;
}

function finishedPromise(stream, options) {
  return new Promise((resolve, reject) => {
    finished(stream, options, (err) => (err ? reject(err) : resolve()));
  });
}

module.exports = { finished, finishedPromise, isReadableNodeStream, isWritableNodeStream };
