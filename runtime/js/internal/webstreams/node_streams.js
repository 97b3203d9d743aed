'use strict';

// Node streams and web streams turned into each other: Readable.toWeb/fromWeb,
// Writable.toWeb/fromWeb, Duplex.toWeb/fromWeb.

const { Buffer } = require('buffer');
const { invalidArgType, invalidArgValue, validateObject } = require('internal/errors');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readable');
const { WritableStream, isWritableStream } = require('internal/webstreams/writable');

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'boolean', value);
}

function readableToWeb(readable, options = {}) {
  if (!readable || typeof readable.on !== 'function' || typeof readable.read !== 'function') {
    throw invalidArgType('streamReadable', 'stream.Readable', readable);
  }
  // Node hands out an already cancelled (closed) stream for a finished or destroyed readable.
  if (readable.destroyed || readable.readable !== true) {
    const closed = new ReadableStream();
    closed.cancel();
    return closed;
  }
  const objectMode = Boolean(readable.readableObjectMode);
  // Node counts chunks, not bytes, unless given a strategy.
  const strategy = options?.strategy || { highWaterMark: readable.readableHighWaterMark ?? 16384 };
  let controller;
  let closed = false;
  const onData = (chunk) => {
    // Bytes go out as Uint8Arrays, not Buffers, as Node gives them.
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) readable.pause();
  };
  const finish = (err) => {
    if (closed) return;
    closed = true;
    if (err) controller.error(err);
    else controller.close();
  };
  readable.pause();
  readable.on('data', onData);
  readable.once('end', () => finish());
  readable.once('error', (err) => finish(err));
  readable.once('close', () => {
    if (!readable.readableEnded) finish(readable.errored || new Error('The stream was closed'));
  });
  return new ReadableStream({
    start(c) {
      controller = c;
      if (readable.destroyed) finish(readable.errored || undefined);
    },
    pull() {
      readable.resume();
    },
    cancel(reason) {
      closed = true;
      readable.destroy(reason);
    },
  }, strategy);
}

function readableFromWeb(stream, options = {}) {
  if (!isReadableStream(stream)) throw invalidArgType('readableStream', 'ReadableStream', stream);
  validateObject(options, 'options');
  const { encoding, objectMode = false } = options;
  // Node passes the two the other way round, hence the odd message.
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) throw invalidArgValue(encoding, 'options.encoding');
  validateBoolean(objectMode, 'options.objectMode');
  const Readable = require('internal/streams/readable');
  const reader = stream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode: Boolean(options.objectMode),
    highWaterMark: options.highWaterMark,
    encoding: options.encoding,
    signal: options.signal,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) readable.push(null);
        else readable.push(value);
      }, (err) => readable.destroy(err));
    },
    destroy(err, callback) {
      const done = () => callback(err);
      if (closed) {
        done();
        return;
      }
      reader.cancel(err).then(done, done);
    },
  });
  reader.closed.then(() => {
    closed = true;
  }, (err) => {
    closed = true;
    readable.destroy(err);
  });
  return readable;
}

function writableToWeb(writable) {
  if (!writable || typeof writable.write !== 'function' || typeof writable.on !== 'function') {
    throw invalidArgType('streamWritable', 'stream.Writable', writable);
  }
  // Node hands out an already closed stream for an ended or destroyed writable.
  if (writable.destroyed || writable.writable !== true) {
    const closed = new WritableStream();
    closed.close();
    return closed;
  }
  let failure = null;
  const waiters = new Set();
  const settleAll = (err) => {
    for (const waiter of waiters) waiter(err);
    waiters.clear();
  };
  writable.on('error', (err) => {
    failure = err;
    settleAll(err);
  });
  writable.on('drain', () => settleAll(null));
  writable.on('close', () => settleAll(failure));
  const wait = () => new Promise((resolve, reject) => waiters.add((err) => (err ? reject(err) : resolve())));
  return new WritableStream({
    write(chunk) {
      if (failure) return Promise.reject(failure);
      if (writable.write(chunk)) return Promise.resolve();
      return wait();
    },
    close() {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        writable.end((err) => (err ? reject(err) : resolve()));
      });
    },
    abort(reason) {
      writable.destroy(reason);
    },
  }, { highWaterMark: writable.writableHighWaterMark ?? 16384 });
}

function writableFromWeb(stream, options = {}) {
  if (!isWritableStream(stream)) throw invalidArgType('writableStream', 'WritableStream', stream);
  validateObject(options, 'options');
  const { decodeStrings = true, objectMode = false } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const Writable = require('internal/streams/writable');
  const writer = stream.getWriter();
  return new Writable({
    objectMode: Boolean(options.objectMode),
    highWaterMark: options.highWaterMark,
    decodeStrings: options.decodeStrings ?? true,
    signal: options.signal,
    write(chunk, encoding, callback) {
      writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
    },
    final(callback) {
      writer.close().then(() => callback(), callback);
    },
    destroy(err, callback) {
      const done = () => callback(err);
      if (err) writer.abort(err).then(done, done);
      else done();
    },
  });
}

function duplexToWeb(duplex) {
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw invalidArgType('duplex', 'stream.Duplex', duplex);
  }
  return { readable: readableToWeb(duplex), writable: writableToWeb(duplex) };
}

function duplexFromWeb(pair, options = {}) {
  validateObject(pair, 'pair');
  if (!isReadableStream(pair.readable)) throw invalidArgType('pair.readable', 'ReadableStream', pair.readable);
  if (!isWritableStream(pair.writable)) throw invalidArgType('pair.writable', 'WritableStream', pair.writable);
  validateObject(options, 'options');
  const Duplex = require('internal/streams/duplex');
  const readable = readableFromWeb(pair.readable, options);
  const writable = writableFromWeb(pair.writable, options);
  const duplex = new Duplex({
    objectMode: Boolean(options.objectMode),
    read() {
      readable.resume();
    },
    write(chunk, encoding, callback) {
      writable.write(chunk, encoding, callback);
    },
    final(callback) {
      writable.end(callback);
    },
    destroy(err, callback) {
      readable.destroy(err);
      writable.destroy(err);
      callback(err);
    },
  });
  readable.on('data', (chunk) => {
    if (!duplex.push(chunk)) readable.pause();
  });
  readable.on('end', () => duplex.push(null));
  readable.on('error', (err) => duplex.destroy(err));
  writable.on('error', (err) => duplex.destroy(err));
  return duplex;
}

module.exports = { readableToWeb, readableFromWeb, writableToWeb, writableFromWeb, duplexToWeb, duplexFromWeb };
