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
Stream.isErrored = (s) => !!(s && (s.errored || (s._readableState && s._readableState.errored) || (s._writableState && s._writableState.errored)));
Stream.isDisturbed = (s) => !!(s && s._readableState && (s._readableState.dataEmitted || s._readableState.endEmitted || s.destroyed));
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
Object.defineProperty(Stream, 'promises', { enumerable: true, configurable: true, get: () => promises });
Stream.Stream = Stream;
Stream._isUint8Array = (v) => v instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => require('buffer').Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

module.exports = Stream;
