'use strict';
// node:zlib: deflate/inflate (zlib and raw), gzip/gunzip, unzip and brotli, as Transform
// streams, one-shot functions with callbacks (the work runs off the event loop) and *Sync
// forms, with Node's options, constants and errors. memLevel and strategy are validated but
// the compressor (zlib-rs) picks its own; output bytes may differ from Node's, the data they
// decode to never does.

const { Transform } = require('stream');
const { Buffer, kMaxLength } = require('buffer');
const { codedError, invalidArgType, outOfRange, validateFunction } = require('internal/errors');

// Node's zlib.constants (numbers of zlib and brotli, the same on every platform).
const constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3,
  Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4880, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4,
  DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9, Z_MIN_WINDOWBITS: 8,
  Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity,
  Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1,
  Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1,
  BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0,
  BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0,
  BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24,
  BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3,
  BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1,
  BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5,
  BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6, BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
  BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10, BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11,
  BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12, BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14, BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15,
  BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16, BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19,
  BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21,
  BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27,
  BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31,
};

const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;
Object.freeze(codes);

const BROTLI = new Set([constants.BROTLI_DECODE, constants.BROTLI_ENCODE]);

/** Node's error for a failed (de)compression: zlib's message, its number and code. */
function zlibError(mode, errno, message) {
  let code = codes[errno];
  if (BROTLI.has(mode) && code === undefined) {
    const name = Object.keys(constants).find((k) => k.startsWith('BROTLI_DECODER_ERROR') && constants[k] === errno);
    code = name === undefined ? undefined : `ERR_${name.slice('BROTLI_DECODER'.length)}`;
  }
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  return err;
}

function checkRange(value, name, min, max, fallback) {
  if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) return fallback;
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  // Node refuses Infinity as not finite before it looks at the range.
  if (!Number.isFinite(value)) throw outOfRange(name, 'a finite number', value);
  if (value < min || value > max) {
    throw outOfRange(name, max === Infinity ? `>= ${min}` : `>= ${min} and <= ${max}`, value);
  }
  return value;
}

/** The native side's arguments for `mode` and `options`. */
function engineArgs(mode, options = {}) {
  if (options === null || typeof options !== 'object') options = {};
  const brotli = BROTLI.has(mode);
  let level = -1;
  let windowBits = 15;
  let dictionary;
  const params = [];
  if (brotli) {
    // Node skips a falsy params (null included) as if absent.
    if (options.params) {
      if (typeof options.params !== 'object') {
        throw invalidArgType('options.params', 'Object', options.params);
      }
      for (const key of Object.keys(options.params)) {
        const id = Number(key);
        const value = options.params[key];
        if (!Number.isInteger(id) || id < 0 || id > 8) {
          throw codedError(RangeError, 'ERR_BROTLI_INVALID_PARAM', `${key} is not a valid Brotli parameter`);
        }
        if (typeof value !== 'number' && typeof value !== 'boolean') {
          throw invalidArgType('options.params[key]', 'number', value);
        }
        params.push(id, Number(value));
      }
      // The decoder knows two parameters of its own; Node's decoder fails to start on others.
      if (mode === constants.BROTLI_DECODE && params.some((v, i) => i % 2 === 0 && v > constants.BROTLI_DECODER_PARAM_LARGE_WINDOW)) {
        throw codedError(Error, 'ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed');
      }
    }
  } else {
    level = checkRange(options.level, 'options.level', -1, 9, -1);
    if (options.windowBits === 0 && (mode === constants.INFLATE || mode === constants.GUNZIP || mode === constants.UNZIP)) {
      windowBits = 15; // 0 takes the stream header's own window, which 15 always covers
    } else {
      // Gzip has no 256-byte window, so 8 is not accepted there as it is for (raw) deflate.
      windowBits = checkRange(options.windowBits, 'options.windowBits', mode === constants.GZIP ? 9 : 8, 15, 15);
    }
    // Deflate takes its memory level and strategy where Brotli takes its parameters.
    params.push(checkRange(options.memLevel, 'options.memLevel', 1, 9, 8), checkRange(options.strategy, 'options.strategy', 0, 4, 0));
    if (options.dictionary !== undefined) {
      const d = options.dictionary;
      if (d instanceof ArrayBuffer) dictionary = new Uint8Array(d);
      else if (ArrayBuffer.isView(d)) dictionary = d;
      else throw invalidArgType('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], d);
    }
  }
  return [mode, level, windowBits, dictionary, params];
}

/**
 * The options every stream checks after the engine's, one-shot calls too (they run through a
 * stream in Node): chunkSize, flush, finishFlush and maxOutputLength.
 */
function streamOptions(mode, options) {
  const brotli = BROTLI.has(mode);
  const last = brotli ? constants.BROTLI_OPERATION_EMIT_METADATA : constants.Z_BLOCK;
  return {
    chunkSize: checkRange(options?.chunkSize, 'options.chunkSize', 64, Infinity, 16384),
    flush: checkRange(options?.flush, 'options.flush', 0, last, constants.Z_NO_FLUSH),
    finishFlush: checkRange(options?.finishFlush, 'options.finishFlush', 0, last, brotli ? constants.BROTLI_OPERATION_FINISH : constants.Z_FINISH),
    maxOutputLength: checkRange(options?.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength),
  };
}

/** The bytes of what a one-shot function takes. */
function inputBytes(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  if (ArrayBuffer.isView(buffer)) return buffer;
  throw invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function toBuffer(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function checkOutputLength(result, max) {
  if (result.length > max) {
    throw codedError(RangeError, 'ERR_BUFFER_TOO_LARGE', `Cannot create a Buffer larger than ${max} bytes`);
  }
  return result;
}

function oneShotSync(mode, buffer, options) {
  const input = inputBytes(buffer);
  const args = engineArgs(mode, options);
  const { finishFlush, maxOutputLength } = streamOptions(mode, options);
  const [output, , errno, message] = ops.zlibOneShot(...args, input, finishFlush);
  if (errno !== 0) throw zlibError(mode, errno, message);
  const result = toBuffer(output);
  checkOutputLength(result, maxOutputLength);
  return options?.info ? { buffer: result, engine: infoEngine(mode, options, input) } : result;
}

function oneShot(mode, buffer, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const input = inputBytes(buffer);
  const args = engineArgs(mode, options);
  const { finishFlush, maxOutputLength } = streamOptions(mode, options);
  ops.zlibOneShot(...args, input, finishFlush, (err, value) => {
    if (err) {
      callback(err);
      return;
    }
    const [output, , errno, message] = value;
    if (errno !== 0) {
      callback(zlibError(mode, errno, message));
      return;
    }
    let result;
    try {
      result = checkOutputLength(toBuffer(output), maxOutputLength);
    } catch (e) {
      callback(e);
      return;
    }
    callback(null, options?.info ? { buffer: result, engine: infoEngine(mode, options, input) } : result);
  });
}

const kHandle = Symbol('kHandle');
const kFlushFlag = Symbol('kFlushFlag');

// Flush modes from the weakest to the strongest (Brotli's operations rank the same way).
const flushRank = [constants.Z_NO_FLUSH, constants.Z_BLOCK, constants.Z_PARTIAL_FLUSH, constants.Z_SYNC_FLUSH, constants.Z_FULL_FLUSH, constants.Z_FINISH];

function strongerFlush(a, b) {
  return flushRank.indexOf(a) > flushRank.indexOf(b) ? a : b;
}

const kNative = Symbol('kNative');

/** What `_handle` shows: the engine's own operations on the stream it belongs to. */
class NativeHandle {
  #owner;

  constructor(owner) {
    this.#owner = owner;
  }

  close() {
    this.#owner._close();
  }

  reset() {
    this.#owner.reset();
  }
}

class ZlibBase extends Transform {
  constructor(mode, options = {}) {
    if (options === null || typeof options !== 'object') options = {};
    const args = engineArgs(mode, options);
    const { chunkSize, flush, finishFlush } = streamOptions(mode, options);
    super({ ...options, writableHighWaterMark: chunkSize, readableHighWaterMark: chunkSize });
    const brotli = BROTLI.has(mode);
    this._defaultFlushFlag = flush;
    this._finishFlushFlag = finishFlush;
    this._defaultFullFlushFlag = brotli ? 1 : constants.Z_FULL_FLUSH;
    this._mode = mode;
    this._chunkSize = chunkSize;
    this._engineArgs = args;
    this.bytesWritten = 0;
    const handle = ops.zlibInit(...this._engineArgs);
    if (Array.isArray(handle)) throw zlibError(mode, handle[0], handle[1]);
    this[kHandle] = handle;
    this._closed = false;
  }

  /**
   * Node's native handle, a plain property there: libraries reach for it (minizlib keeps it
   * open around a synchronous step by swapping its close(), then puts it back).
   */
  get _handle() {
    if (this._closed) return null;
    if (this[kNative] === undefined) this[kNative] = new NativeHandle(this);
    return this[kNative];
  }

  set _handle(value) {
    this[kNative] = value;
  }

  /**
   * Runs `chunk` through the handle with `flush`; the output is pushed in chunkSize pieces and
   * `callback(err)` called when the event loop gives the work back, as Node's thread pool does.
   */
  _process(chunk, flush, callback) {
    ops.zlibWriteAsync(this[kHandle], flush, chunk, (failure, value) => {
      // A stream closed meanwhile drops what its last write made.
      if (this._closed) {
        callback(null);
        return;
      }
      const [output, , errno, message] = failure ? [null, false, -2, failure.message] : value;
      if (errno !== 0) {
        callback(zlibError(this._mode, errno, message));
        return;
      }
      this.bytesWritten += chunk.byteLength;
      const bytes = toBuffer(output);
      for (let at = 0; at < bytes.length; at += this._chunkSize) {
        this.push(bytes.subarray(at, at + this._chunkSize));
      }
      callback(null);
    });
  }

  _transform(chunk, encoding, callback) {
    if (this._closed) {
      callback(codedError(Error, 'ERR_ZLIB_BINDING_CLOSED', 'zlib binding closed'));
      return;
    }
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    // flush() writes empty chunks that carry their flush mode; the last chunk finishes.
    let flush = typeof chunk[kFlushFlag] === 'number' ? chunk[kFlushFlag] : this._defaultFlushFlag;
    if (this.writableEnded && this.writableLength === bytes.byteLength) flush = strongerFlush(flush, this._finishFlushFlag);
    this._process(bytes, flush, callback);
  }

  // The stream finishes once its writes are done; what ending adds comes after ('end').
  _final(callback) {
    callback();
  }

  _flush(callback) {
    if (this._closed) {
      callback();
      return;
    }
    this._transform(Buffer.alloc(0), '', callback);
  }

  _destroy(err, callback) {
    this._close();
    callback(err);
  }

  _close() {
    if (this._closed) return;
    this._closed = true;
    ops.zlibClose(this[kHandle]);
  }

  close(callback) {
    if (callback) require('stream').finished(this, callback);
    this.destroy();
  }

  flush(kind, callback) {
    if (typeof kind === 'function' || (kind === undefined && !callback)) {
      callback = kind;
      kind = this._defaultFullFlushFlag;
    }
    if (this.writableFinished) {
      if (callback) process.nextTick(callback);
    } else if (this.writableEnded) {
      if (callback) this.once('end', callback);
    } else {
      // After what is queued: an empty write that carries the flush mode.
      const marker = Buffer.alloc(0);
      marker[kFlushFlag] = kind;
      this.write(marker, '', callback);
    }
  }

  reset() {
    ops.zlibClose(this[kHandle]);
    this[kHandle] = ops.zlibInit(...this._engineArgs);
  }

  /** Node's synchronous step, used by some libraries: returns the output. */
  _processChunk(chunk, flush, callback) {
    if (typeof callback === 'function') {
      this._transform(chunk, undefined, callback);
      return undefined;
    }
    // Node's synchronous step is its one-shot helpers' (gzipSync): it closes the handle after,
    // through whatever close() the handle has then, and leaves none.
    const handle = this._handle;
    if (handle === null) throw new TypeError("Cannot read properties of null (reading 'writeSync')");
    const [output, , errno, message] = ops.zlibWrite(this[kHandle], flush, chunk);
    if (errno !== 0) {
      const err = zlibError(this._mode, errno, message);
      // As in Node, the stream that failed is destroyed (its 'error' event still comes, heard
      // by a listener of the step's own, so only the throw reaches the caller).
      this.on('error', () => {});
      this.destroy(err);
      throw err;
    }
    // Node counts only this step's input here.
    this.bytesWritten = chunk.byteLength;
    handle.close();
    this._handle = null;
    return toBuffer(output);
  }
}

class Zlib extends ZlibBase {
  constructor(mode, options) {
    super(mode, options);
    // What params() compares with, under Node's names.
    this._level = options?.level ?? constants.Z_DEFAULT_COMPRESSION;
    this._strategy = options?.strategy ?? constants.Z_DEFAULT_STRATEGY;
  }

  params(level, strategy, callback) {
    checkRange(level, 'level', -1, 9, -1);
    checkRange(strategy, 'strategy', 0, 4, 0);
    if (this._level === level && this._strategy === strategy) {
      process.nextTick(callback);
      return;
    }
    // What was written so far is compressed with the old parameters first.
    this.flush(constants.Z_SYNC_FLUSH, () => {
      ops.zlibParams(this[kHandle], level, strategy);
      if (this.destroyed) return;
      this._level = level;
      this._strategy = strategy;
      if (callback) callback();
    });
  }
}

const classesByMode = new Map();

function define(name, mode, base = Zlib) {
  const cls = {
    [name]: class extends base {
      constructor(options) {
        super(mode, options);
      }
    },
  }[name];
  // Callable without `new`, as Node's are.
  const make = function (options) {
    if (!new.target) return new cls(options);
    return Reflect.construct(cls, [options], new.target);
  };
  Object.defineProperty(make, 'name', { value: name });
  make.prototype = cls.prototype;
  Object.setPrototypeOf(make, cls);
  classesByMode.set(mode, make);
  return make;
}

const Deflate = define('Deflate', constants.DEFLATE);
const Inflate = define('Inflate', constants.INFLATE);
const Gzip = define('Gzip', constants.GZIP);
const Gunzip = define('Gunzip', constants.GUNZIP);
const DeflateRaw = define('DeflateRaw', constants.DEFLATERAW);
const InflateRaw = define('InflateRaw', constants.INFLATERAW);
const Unzip = define('Unzip', constants.UNZIP);
const BrotliCompress = define('BrotliCompress', constants.BROTLI_ENCODE, ZlibBase);
const BrotliDecompress = define('BrotliDecompress', constants.BROTLI_DECODE, ZlibBase);

/** The stream object `info: true` results name as their engine: the one that read `input`. */
function infoEngine(mode, options, input) {
  const Class = classesByMode.get(mode);
  if (Class === undefined) return undefined;
  const engine = new Class(options);
  engine.bytesWritten = input.byteLength;
  return engine;
}

function crc32(data, value = 0) {
  if (typeof data === 'string') data = Buffer.from(data);
  else if (!ArrayBuffer.isView(data)) throw invalidArgType('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  if (typeof value !== 'number') throw invalidArgType('value', 'number', value);
  if (!Number.isInteger(value)) throw outOfRange('value', 'an integer', value);
  if (value < 0 || value > 4294967295) throw outOfRange('value', '>= 0 && <= 4294967295', value);
  return ops.crc32(data, value);
}

const exported = { crc32, Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress };
for (const [name, mode] of [
  ['deflate', constants.DEFLATE], ['gzip', constants.GZIP], ['deflateRaw', constants.DEFLATERAW],
  ['unzip', constants.UNZIP], ['inflate', constants.INFLATE], ['gunzip', constants.GUNZIP],
  ['inflateRaw', constants.INFLATERAW], ['brotliCompress', constants.BROTLI_ENCODE],
  ['brotliDecompress', constants.BROTLI_DECODE],
]) {
  exported[name] = { [name](buffer, options, callback) { return oneShot(mode, buffer, options, callback); } }[name];
  exported[`${name}Sync`] = { [`${name}Sync`](buffer, options) { return oneShotSync(mode, buffer, options); } }[`${name}Sync`];
}
for (const [name, cls] of [
  ['createDeflate', Deflate], ['createInflate', Inflate], ['createDeflateRaw', DeflateRaw],
  ['createInflateRaw', InflateRaw], ['createGzip', Gzip], ['createGunzip', Gunzip], ['createUnzip', Unzip],
  ['createBrotliCompress', BrotliCompress], ['createBrotliDecompress', BrotliDecompress],
]) {
  exported[name] = { [name](options) { return new cls(options); } }[name];
}
exported.constants = constants;
exported.codes = codes;
// The old top-level constants (Z_*), kept by Node for compatibility, not enumerable.
for (const name of Object.keys(constants)) {
  if (name.startsWith('Z_') || name === 'ZLIB_VERNUM') {
    Object.defineProperty(exported, name, { value: constants[name], enumerable: false, writable: false });
  }
}

module.exports = exported;
