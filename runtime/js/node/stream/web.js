'use strict';
// The `stream/web` module: the WHATWG streams.

const readables = require('internal/webstreams/readable');
const writables = require('internal/webstreams/writable');
const transforms = require('internal/webstreams/transform');
const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('internal/webstreams/common');
const adapters = require('internal/webstreams/adapters');

module.exports = {
  ReadableStream: readables.ReadableStream,
  ReadableStreamDefaultReader: readables.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: readables.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: readables.ReadableStreamBYOBRequest,
  ReadableByteStreamController: readables.ReadableByteStreamController,
  ReadableStreamDefaultController: readables.ReadableStreamDefaultController,
  TransformStream: transforms.TransformStream,
  TransformStreamDefaultController: transforms.TransformStreamDefaultController,
  WritableStream: writables.WritableStream,
  WritableStreamDefaultWriter: writables.WritableStreamDefaultWriter,
  WritableStreamDefaultController: writables.WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream: adapters.TextEncoderStream,
  TextDecoderStream: adapters.TextDecoderStream,
  CompressionStream: adapters.CompressionStream,
  DecompressionStream: adapters.DecompressionStream,
};
