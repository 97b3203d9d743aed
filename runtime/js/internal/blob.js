'use strict';
// Blob and File: immutable bytes with a MIME type.

const { invalidArgType } = require('internal/errors');
const { TextEncoder, TextDecoder } = require('internal/encoding');

const kBytes = Symbol('bytes');
const kType = Symbol('type');
// The lengths of the parts the bytes were made of: stream() yields one chunk per part, as Node does.
const kParts = Symbol('parts');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const encoder = new TextEncoder();

/**
 * Sets a blob's bytes and type. structuredClone copies a Blob (or File) as a Blob of them,
 * made natively from `cloneShape` (internal/clone_kinds).
 */
function setContent(blob, bytes, type, parts = bytes.length > 0 ? [bytes.length] : []) {
  blob[kBytes] = bytes;
  blob[kType] = type;
  blob[kParts] = parts;
  ops.markCloneable(blob, ['Blob', bytes, type]);
}

/** Blobs made by structuredClone come without kParts: all their bytes are one part. */
function partsOf(blob) {
  return blob[kParts] ?? (blob[kBytes].length > 0 ? [blob[kBytes].length] : []);
}

function partBytes(part) {
  if (typeof part === 'string') return encoder.encode(part);
  if (part instanceof Blob) return part[kBytes];
  if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  return encoder.encode(`${part}`);
}

class Blob {
  constructor(sources = [], options = {}) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw invalidArgType('sources', 'a sequence', sources);
    }
    const endings = options?.endings === undefined ? 'transparent' : `${options.endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      const { invalidArgValue } = require('internal/errors');
      throw invalidArgValue('options.endings', endings);
    }
    // 'native' writes the line endings of strings as this system does: \n.
    const parts = endings === 'native' ? [...sources].map((p) => (typeof p === 'string' ? p.replace(/\r\n/g, '\n') : p)) : [...sources];
    const chunks = parts.map(partBytes);
    const size = chunks.reduce((n, c) => n + c.length, 0);
    // A Blob among the parts brings its own parts.
    const partLengths = parts.flatMap((p, i) => (p instanceof Blob ? partsOf(p) : chunks[i].length > 0 ? [chunks[i].length] : []));
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    const type = options && options.type !== undefined ? `${options.type}` : '';
    setContent(this, bytes, /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '', partLengths);
  }

  get size() {
    return this[kBytes].length;
  }

  get type() {
    return this[kType];
  }

  slice(start = 0, end = this.size, type = '') {
    const size = this.size;
    const from = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
    const to = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
    const blob = new Blob([], { type });
    // The parts the slice overlaps, cut to it.
    const parts = [];
    let at = 0;
    for (const length of partsOf(this)) {
      const cut = Math.min(at + length, to) - Math.max(at, from);
      if (cut > 0) parts.push(cut);
      at += length;
    }
    setContent(blob, this[kBytes].slice(from, Math.max(from, to)), blob.type, parts);
    return blob;
  }

  async text() {
    return new TextDecoder().decode(this[kBytes]);
  }

  async arrayBuffer() {
    return this[kBytes].slice().buffer;
  }

  async bytes() {
    return this[kBytes].slice();
  }

  stream() {
    const bytes = this[kBytes];
    const parts = partsOf(this);
    const { ReadableStream } = require('internal/webstreams/readable');
    return new ReadableStream({
      type: 'bytes',
      start(controller) {
        let at = 0;
        for (const length of parts) {
          controller.enqueue(bytes.slice(at, at + length));
          at += length;
        }
        controller.close();
      },
    });
  }

  get [Symbol.toStringTag]() {
    return 'Blob';
  }

  [customInspect](depth, options, inspect) {
    return `Blob ${inspect({ size: this.size, type: this.type }, options)}`;
  }
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(bits, name, options = {}) {
    if (arguments.length < 2) {
      const { codedError } = require('internal/errors');
      throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "fileBits" and "fileName" arguments must be specified');
    }
    super(bits, options);
    this.#name = `${name}`;
    this.#lastModified = options && options.lastModified !== undefined ? Number(options.lastModified) : Date.now();
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  get [Symbol.toStringTag]() {
    return 'File';
  }

  [customInspect](depth, options, inspect) {
    const shown = { size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified };
    return `File ${inspect(shown, options)}`;
  }
}

/** A Blob over `bytes` (kept, not copied) whose type is taken as given, as fs.openAsBlob does. */
function blobOf(bytes, type) {
  const blob = new Blob();
  // A plain Uint8Array view: Buffer's slice() would share memory where a copy is meant.
  setContent(blob, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), type);
  return blob;
}

const cloneShape = [Blob.prototype, kBytes, kType];

/** A blob's bytes, not copied (for bodies that are sent as they are). */
function bytesOf(blob) {
  return blob[kBytes];
}

module.exports = { Blob, File, blobOf, bytesOf, cloneShape };
