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
  if (!(value instanceof FormData) || value[kEntries] === undefined) throw new TypeError("Value of 'this' must be of type FormData");
  return value[kEntries];
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) throw new TypeError("FormData constructor: Argument 1 is not an HTMLFormElement.");
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    checkForm(this);
    if (arguments.length < 2) throw new TypeError(`FormData.append: 2 arguments required, but only ${arguments.length} present.`);
    this[kEntries].push([`${name}`, formValue(value, filename)]);
  }

  delete(name) {
    const entries = checkForm(this);
    this[kEntries] = entries.filter((entry) => entry[0] !== `${name}`);
  }

  get(name) {
    const found = checkForm(this).find((entry) => entry[0] === `${name}`);
    return found === undefined ? null : found[1];
  }

  getAll(name) {
    return checkForm(this).filter((entry) => entry[0] === `${name}`).map((entry) => entry[1]);
  }

  has(name) {
    return checkForm(this).some((entry) => entry[0] === `${name}`);
  }

  set(name, value, filename = undefined) {
    const entries = checkForm(this);
    if (arguments.length < 2) throw new TypeError(`FormData.set: 2 arguments required, but only ${arguments.length} present.`);
    const key = `${name}`;
    const entry = [key, formValue(value, filename)];
    const index = entries.findIndex((e) => e[0] === key);
    if (index === -1) entries.push(entry);
    else this[kEntries] = [...entries.slice(0, index), entry, ...entries.slice(index + 1).filter((e) => e[0] !== key)];
  }

  forEach(callback, thisArg = undefined) {
    for (const [name, value] of checkForm(this)) Reflect.apply(callback, thisArg, [value, name, this]);
  }

  *keys() {
    for (const [name] of checkForm(this)) yield name;
  }

  *values() {
    for (const [, value] of checkForm(this)) yield value;
  }

  *entries() {
    for (const [name, value] of checkForm(this)) yield [name, value];
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
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType || '');
  if (!type.startsWith('multipart/form-data') || !match) throw new TypeError('Response.formData: Could not parse content as FormData.');
  const boundary = Buffer.from(`--${match[1] || match[2]}`);
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = body.indexOf(boundary);
  while (start !== -1) {
    const after = start + boundary.length;
    if (body.subarray(after, after + 2).toString() === '--') break;
    const headEnd = body.indexOf('\r\n\r\n', after);
    const next = body.indexOf(boundary, headEnd);
    if (headEnd === -1 || next === -1) throw new TypeError('Failed to parse body as FormData.');
    const head = body.toString('utf8', after + 2, headEnd);
    const content = body.subarray(headEnd + 4, next - 2);
    const disposition = /content-disposition:[^\r\n]*?name="([^"]*)"(?:; filename="([^"]*)")?/i.exec(head);
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
  if (ArrayBuffer.isView(object)) return known(new Uint8Array(object.buffer.slice(object.byteOffset, object.byteOffset + object.byteLength)), null);
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
      throw new TypeError(`${context}: Received non-Uint8Array chunk`);
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
