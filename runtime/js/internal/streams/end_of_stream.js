'use strict';
// stream.finished: calls back once a stream has ended, finished, errored or closed.

const { codedError, invalidArgType, AbortError } = require('internal/errors');

function isReadableNodeStream(s) {
  return !!(s && typeof s.pipe === 'function' && typeof s.on === 'function' && (!s._writableState || s._readableState));
}
function isWritableNodeStream(s) {
  return !!(s && typeof s.write === 'function' && typeof s.on === 'function' && (!s._readableState || s._writableState));
}

function prematureClose() {
  return codedError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close');
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
  const readable = options.readable !== undefined ? options.readable : isReadableNodeStream(stream) && !(rState && rState.readable === false);
  const writable = options.writable !== undefined ? options.writable : isWritableNodeStream(stream) && !(wState && wState.writable === false);
  let readableFinished = !!(rState && rState.endEmitted);
  let writableFinished = !!(wState && wState.finished);
  const onfinish = () => {
    writableFinished = true;
    if (!readable || readableFinished) done();
  };
  const onend = () => {
    readableFinished = true;
    if (!writable || writableFinished) done();
  };
  const onerror = (err) => done(err);
  const onclose = () => {
    if (readable && !readableFinished && !(rState && rState.endEmitted)) return done(prematureClose());
    if (writable && !writableFinished && !(wState && wState.finished)) return done(prematureClose());
    done();
  };
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);
  const errored = (wState && wState.errored) || (rState && rState.errored);
  if (errored && (wState ? wState.errorEmitted : rState.errorEmitted)) {
    process.nextTick(onerror, errored);
  } else if ((rState && rState.closeEmitted) || (wState && wState.closeEmitted)) {
    process.nextTick(onclose);
  } else if ((!readable || readableFinished) && (!writable || writableFinished)) {
    process.nextTick(done);
  }
  const cleanup = () => {
    callback = () => {};
    stream.removeListener('end', onend);
    stream.removeListener('finish', onfinish);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };
  if (options.signal && !called) {
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
