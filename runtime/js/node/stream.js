'use strict';
// The `stream` module.

const Stream = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const { Transform, PassThrough } = require('internal/streams/transform');
const { pipeline, pipelinePromise } = require('internal/streams/pipeline');
const { finished, finishedPromise } = require('internal/streams/end_of_stream');
const { addAbortSignal } = require('internal/streams/add_abort_signal');
const { getDefaultHighWaterMark, setDefaultHighWaterMark, destroyImpl } = require('internal/streams/common');

const promises = { pipeline: pipelinePromise, finished: finishedPromise };

Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), { value: pipelinePromise, enumerable: true });
Object.defineProperty(finished, Symbol.for('nodejs.util.promisify.custom'), { value: finishedPromise, enumerable: true });

Stream.isReadable = (s) => !!(s && s._readableState && s.readable);
Stream.isWritable = (s) => !!(s && s._writableState && s.writable);
// Asked in Node's order: the first answer that is not null or undefined counts, so an error
// not yet emitted does not count while the stream reports `errorEmitted: false`.
Stream.isErrored = (s) => !!(
  s &&
  (s.readableErrored ??
    s.writableErrored ??
    s._readableState?.errorEmitted ??
    s._writableState?.errorEmitted ??
    s._readableState?.errored ??
    s._writableState?.errored)
);
Stream.isDestroyed = (s) => {
  if (!s || !(s._readableState || s._writableState || typeof s.destroy === 'function')) return null;
  const state = s._writableState || s._readableState;
  return !!(s.destroyed || state?.destroyed);
};
Stream.isDisturbed = (s) => !!(s && s._readableState && (s._readableState.dataEmitted || s._readableState.endEmitted || s.destroyed));
// Web streams from Node streams and back, loaded on first use.
const web = () => require('internal/webstreams/node_streams');
Readable.toWeb = (readable, options) => web().readableToWeb(readable, options);
Readable.fromWeb = (stream, options) => web().readableFromWeb(stream, options);
Writable.toWeb = (writable) => web().writableToWeb(writable);
Writable.fromWeb = (stream, options) => web().writableFromWeb(stream, options);
Duplex.toWeb = (duplex) => web().duplexToWeb(duplex);
Duplex.fromWeb = (pair, options) => web().duplexFromWeb(pair, options);
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.finished = finished;
Stream.addAbortSignal = addAbortSignal;
Stream.destroy = destroyImpl.destroyer;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.compose = require('internal/streams/compose');
Stream.duplexPair = require('internal/streams/duplex_pair').duplexPair;
Object.defineProperty(Stream, 'promises', { enumerable: true, configurable: true, get: () => promises });
Stream.Stream = Stream;
Stream._isUint8Array = (v) => v instanceof Uint8Array;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._uint8ArrayToBuffer = (chunk) => require('buffer').Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

module.exports = Stream;
