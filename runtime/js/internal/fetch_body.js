'use strict';

// Bodies of Requests and Responses (the Fetch standard): what a body can be made from, its
// stream, and reading it once as text, JSON, bytes, a Blob or FormData. Also FormData.

const { Buffer } = require('buffer');
const { Blob, File, bytesOf } = require('internal/blob');
const { ReadableStream, isReadableStream, isDisturbed, readableStreamCancel } = require('internal/webstreams/readable');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kEntries = Symbol('kEntries');

// ---- FormData --------------------------------------------------------------------------------

function formValue(value, filename) {
  if (value instanceof Blob) {
    if (value instanceof File && filename === undefined) return value;
    const name = filename !== undefined ? `${filename}` : value instanceof File ? value.name : 'blob';
    return new File([value], name, { type: value.type, lastModified: value instanceof File ? value.lastModified : undefined });
  }
  return `${value}`;
}

function checkForm(value) {
  if (!(value instanceof FormData) || value[kEntries] === undefined) {
    const err = new TypeError('Illegal invocation');
    err.code = 'ERR_INVALID_THIS';
    throw err;
  }
  return value[kEntries];
}

/** Web IDL's check of how many arguments a method got, in undici's words. */
function argumentCount(args, min, context) {
  if (args.length < min) {
    throw new TypeError(`${context}: ${min} argument${min === 1 ? '' : 's'} required, but${args.length ? ' only' : ''} ${args.length} found.`);
  }
}

/** append and set take a file name only with a Blob. */
function checkFileArgument(args, method) {
  if (args.length === 3 && !(args[1] instanceof Blob)) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
  }
}

/** An iterator over the entries as they are at each step (undici's are live). */
function* liveEntries(form, pick) {
  for (let i = 0; ; i++) {
    const entries = checkForm(form);
    if (i >= entries.length) return;
    yield pick(entries[i]);
  }
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    checkForm(this);
    argumentCount(arguments, 2, 'FormData.append');
    checkFileArgument(arguments, 'append');
    this[kEntries].push([`${name}`, formValue(value, filename)]);
  }

  delete(name) {
    const entries = checkForm(this);
    argumentCount(arguments, 1, 'FormData.delete');
    this[kEntries] = entries.filter((entry) => entry[0] !== `${name}`);
  }

  get(name) {
    checkForm(this);
    argumentCount(arguments, 1, 'FormData.get');
    const found = this[kEntries].find((entry) => entry[0] === `${name}`);
    return found === undefined ? null : found[1];
  }

  getAll(name) {
    checkForm(this);
    argumentCount(arguments, 1, 'FormData.getAll');
    return this[kEntries].filter((entry) => entry[0] === `${name}`).map((entry) => entry[1]);
  }

  has(name) {
    checkForm(this);
    argumentCount(arguments, 1, 'FormData.has');
    return this[kEntries].some((entry) => entry[0] === `${name}`);
  }

  set(name, value, filename = undefined) {
    const entries = checkForm(this);
    argumentCount(arguments, 2, 'FormData.set');
    checkFileArgument(arguments, 'set');
    const key = `${name}`;
    const entry = [key, formValue(value, filename)];
    const index = entries.findIndex((e) => e[0] === key);
    if (index === -1) entries.push(entry);
    else this[kEntries] = [...entries.slice(0, index), entry, ...entries.slice(index + 1).filter((e) => e[0] !== key)];
  }

  forEach(callback, thisArg = globalThis) {
    checkForm(this);
    argumentCount(arguments, 1, 'FormData.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of liveEntries(this, (entry) => entry)) Reflect.apply(callback, thisArg, [value, name, this]);
  }

  keys() {
    checkForm(this);
    return liveEntries(this, (entry) => entry[0]);
  }

  values() {
    checkForm(this);
    return liveEntries(this, (entry) => entry[1]);
  }

  entries() {
    checkForm(this);
    return liveEntries(this, (entry) => [entry[0], entry[1]]);
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  [kInspect](depth, options, inspect) {
    return `FormData ${inspect(checkForm(this).map(([name, value]) => ({ name, value })), options)}`;
  }
}
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });

function escapeName(name) {
  return name.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

/** A form as multipart/form-data bytes under a random boundary. */
function serializeForm(form) {
  const random = `${Math.floor(Math.random() * 1e11)}`.padStart(11, '0');
  const boundary = `----formdata-undici-0${random}`;
  const parts = [];
  for (const [name, value] of form[kEntries]) {
    const key = escapeName(name.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n'));
    if (typeof value === 'string') {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      const type = value.type || 'application/octet-stream';
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${key}"; filename="${escapeName(value.name)}"\r\nContent-Type: ${type}\r\n\r\n`));
      parts.push(bytesOf(value));
      parts.push(Buffer.from('\r\n'));
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { bytes: new Uint8Array(Buffer.concat(parts)), type: `multipart/form-data; boundary=${boundary}` };
}

/** A multipart/form-data or urlencoded body read back into a FormData. */
function parseForm(bytes, contentType) {
  const form = new FormData();
  const type = (contentType || '').toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [name, value] of new URLSearchParams(Buffer.from(bytes).toString('utf8'))) form.append(name, value);
    return form;
  }
  if (!type.startsWith('multipart/form-data')) {
    throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  }
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!match) throw new TypeError('Failed to parse body as FormData.');
  const boundary = Buffer.from(`--${match[1] || match[2]}`);
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // undici wants the first boundary right at the start: no preamble, no empty body.
  if (body.indexOf(boundary) !== 0) throw new TypeError('Failed to parse body as FormData.');
  let start = 0;
  while (start !== -1) {
    const after = start + boundary.length;
    if (body.subarray(after, after + 2).toString() === '--') break;
    const headEnd = body.indexOf('\r\n\r\n', after);
    const next = body.indexOf(boundary, headEnd);
    if (headEnd === -1 || next === -1) throw new TypeError('Failed to parse body as FormData.');
    const head = body.toString('utf8', after + 2, headEnd);
    const content = body.subarray(headEnd + 4, next - 2);
    // Nothing else may follow name and filename (undici rejects filename*=).
    const disposition = /content-disposition:[^\r\n]*?name="([^"]*)"(?:; filename="([^"]*)")?[ \t]*(?:\r\n|$)/i.exec(head);
    if (!disposition) throw new TypeError('Failed to parse body as FormData.');
    const partType = /content-type:\s*([^\r\n]*)/i.exec(head)?.[1] ?? '';
    if (disposition[2] !== undefined) form.append(disposition[1], new File([content], disposition[2], { type: partType }));
    else form.append(disposition[1], content.toString('utf8'));
    start = next;
  }
  return form;
}

// ---- bodies ----------------------------------------------------------------------------------

/**
 * A body from what Request and Response accept: `{ stream, bytes, length, type }` where bytes
 * are known at once for everything but streams.
 */
function extractBody(object) {
  if (typeof object === 'string') return known(Buffer.from(object, 'utf8'), 'text/plain;charset=UTF-8');
  if (object instanceof URLSearchParams) return known(Buffer.from(object.toString(), 'utf8'), 'application/x-www-form-urlencoded;charset=UTF-8');
  if (object instanceof ArrayBuffer) return known(new Uint8Array(object.slice(0)), null);
  if (ArrayBuffer.isView(object)) {
    // Web IDL's BufferSource refuses views of shared memory.
    if (typeof SharedArrayBuffer === 'function' && object.buffer instanceof SharedArrayBuffer) {
      throw new TypeError('ArrayBuffer: SharedArrayBuffer is not allowed.');
    }
    return known(new Uint8Array(object.buffer.slice(object.byteOffset, object.byteOffset + object.byteLength)), null);
  }
  if (object instanceof Blob) return known(bytesOf(object), object.type || null);
  if (object instanceof FormData) {
    const { bytes, type } = serializeForm(object);
    return known(bytes, type);
  }
  if (isReadableStream(object)) {
    if (isDisturbed(object) || object.locked) throw new TypeError('Response body object should not be disturbed or locked');
    return { stream: object, bytes: null, length: null, type: null };
  }
  if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    return { stream: ReadableStream.from(object), bytes: null, length: null, type: null };
  }
  return known(Buffer.from(`${object}`, 'utf8'), 'text/plain;charset=UTF-8');
}

function known(bytes, type) {
  return { stream: null, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), length: bytes.byteLength, type };
}

/** The body's stream, made on first ask for bodies whose bytes are known. */
function bodyStream(body) {
  if (body.stream === null) {
    const bytes = body.bytes;
    body.stream = new ReadableStream({
      type: 'bytes',
      start(controller) {
        if (bytes.byteLength > 0) controller.enqueue(new Uint8Array(bytes));
        controller.close();
      },
    });
  }
  return body.stream;
}

function bodyUsed(body) {
  return body !== null && (body.consumed || (body.stream !== null && isDisturbed(body.stream)));
}

/** All of a body's bytes, once. */
async function consume(body, context) {
  if (body === null) return new Uint8Array(0);
  if (bodyUsed(body) || (body.stream !== null && body.stream.locked)) {
    throw new TypeError('Body is unusable: Body has already been read');
  }
  body.consumed = true;
  if (body.stream === null) return body.bytes;
  const reader = body.stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      await readableStreamCancel(body.stream, undefined).catch(() => {});
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(value);
    total += value.byteLength;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function decodeText(bytes) {
  return new TextDecoder().decode(bytes);
}

/** The Body mixin's readers, for a class whose instances keep their body under `key`. */
function defineBodyMethods(Type, key, headersOf) {
  const methods = {
    async arrayBuffer() {
      const bytes = await consume(this[key], `${Type.name}.arrayBuffer`);
      return bytes.buffer.byteLength === bytes.byteLength && bytes.byteOffset === 0 ? bytes.buffer : bytes.slice().buffer;
    },
    async bytes() {
      return new Uint8Array(await consume(this[key], `${Type.name}.bytes`));
    },
    async blob() {
      const bytes = await consume(this[key], `${Type.name}.blob`);
      return new Blob([bytes], { type: headersOf(this).get('content-type') ?? '' });
    },
    async formData() {
      const bytes = await consume(this[key], `${Type.name}.formData`);
      return parseForm(bytes, headersOf(this).get('content-type'));
    },
    async json() {
      return JSON.parse(decodeText(await consume(this[key], `${Type.name}.json`)));
    },
    async text() {
      return decodeText(await consume(this[key], `${Type.name}.text`));
    },
  };
  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(Type.prototype, name, { value: fn, writable: true, configurable: true });
  }
  Object.defineProperty(Type.prototype, 'body', {
    get() {
      const body = this[key];
      return body === null ? null : bodyStream(body);
    },
    configurable: true,
  });
  Object.defineProperty(Type.prototype, 'bodyUsed', {
    get() {
      return bodyUsed(this[key]);
    },
    configurable: true,
  });
}

/** Two bodies that read the same bytes (clone()). */
function cloneBody(body) {
  if (body === null) return [null, null];
  if (body.stream === null) return [body, { ...body }];
  const [first, second] = body.stream.tee();
  return [{ ...body, stream: first }, { ...body, stream: second }];
}

module.exports = { FormData, extractBody, bodyStream, bodyUsed, defineBodyMethods, cloneBody };
