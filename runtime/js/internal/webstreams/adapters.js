'use strict';

// Streams built on TransformStream: text encoding and decoding, compression.

const { codedError, invalidArgValue } = require('internal/errors');
const { invalidThis } = require('internal/webstreams/common');
const { TransformStream } = require('internal/webstreams/transform');

const kTransform = Symbol('kTransform');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function pair(self, Type) {
  if (self === null || typeof self !== 'object' || !(kTransform in self)) throw invalidThis(Type);
  return self[kTransform];
}

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    // A lead surrogate at the end of one chunk waits for its trail in the next.
    let pendingLead = '';
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        let text = pendingLead + String(chunk);
        pendingLead = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pendingLead = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pendingLead) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
  }

  get encoding() {
    pair(this, 'TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    return pair(this, 'TextEncoderStream').readable;
  }

  get writable() {
    return pair(this, 'TextEncoderStream').writable;
  }

  [kInspect](depth, options, inspect) {
    return `TextEncoderStream ${inspect({ encoding: 'utf-8', readable: this.readable, writable: this.writable }, options)}`;
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this._decoder = decoder;
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        const text = decoder.decode(chunk, { stream: true });
        if (text) controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text) controller.enqueue(text);
      },
    });
  }

  get encoding() {
    pair(this, 'TextDecoderStream');
    return this._decoder.encoding;
  }

  get fatal() {
    pair(this, 'TextDecoderStream');
    return this._decoder.fatal;
  }

  get ignoreBOM() {
    pair(this, 'TextDecoderStream');
    return this._decoder.ignoreBOM;
  }

  get readable() {
    return pair(this, 'TextDecoderStream').readable;
  }

  get writable() {
    return pair(this, 'TextDecoderStream').writable;
  }

  [kInspect](depth, options, inspect) {
    return `TextDecoderStream ${inspect({ encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM, readable: this.readable, writable: this.writable }, options)}`;
  }
}

/** A TransformStream over a zlib stream: chunks in, its output out. */
function zlibTransform(zstream) {
  let controller;
  let failure = null;
  zstream.on('data', (data) => controller.enqueue(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
  zstream.on('error', (err) => {
    failure = err;
    controller.error(err);
  });
  return new TransformStream({
    start(c) {
      controller = c;
    },
    transform(chunk) {
      // Node hands chunks to its zlib stream, which takes strings (as UTF-8) too.
      if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer)) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "chunk" argument must be of type ArrayBuffer or ArrayBufferView');
      }
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk)
        : chunk instanceof ArrayBuffer ? new Uint8Array(chunk) : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      return new Promise((resolve, reject) => {
        zstream.write(bytes, (err) => (err ? reject(err) : resolve()));
      });
    },
    flush() {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        zstream.once('error', reject);
        zstream.once('end', resolve);
        zstream.end();
      });
    },
    cancel() {
      zstream.destroy();
    },
  });
}

function checkFormat(format) {
  if (format !== 'deflate' && format !== 'deflate-raw' && format !== 'gzip') {
    throw invalidArgValue('format', format);
  }
}

class CompressionStream {
  constructor(format) {
    checkFormat(format);
    const zlib = require('zlib');
    const make = { deflate: zlib.createDeflate, 'deflate-raw': zlib.createDeflateRaw, gzip: zlib.createGzip }[format];
    this[kTransform] = zlibTransform(make());
  }

  get readable() {
    return pair(this, 'CompressionStream').readable;
  }

  get writable() {
    return pair(this, 'CompressionStream').writable;
  }
}

class DecompressionStream {
  constructor(format) {
    checkFormat(format);
    const zlib = require('zlib');
    const make = { deflate: zlib.createInflate, 'deflate-raw': zlib.createInflateRaw, gzip: zlib.createGunzip }[format];
    this[kTransform] = zlibTransform(make());
  }

  get readable() {
    return pair(this, 'DecompressionStream').readable;
  }

  get writable() {
    return pair(this, 'DecompressionStream').writable;
  }
}

// Node 20 gives the text streams no tag of their own ([object Object]).
for (const Type of [CompressionStream, DecompressionStream]) {
  Object.defineProperty(Type.prototype, Symbol.toStringTag, { value: Type.name, configurable: true });
}

module.exports = { TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream };
