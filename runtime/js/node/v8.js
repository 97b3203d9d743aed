'use strict';
// node:v8: the value serializer (Serializer, Deserializer and their Default forms, which write
// typed arrays and Buffers in Node's format), heap statistics and flags. Heap snapshots and
// coverage are not provided.

const { Buffer } = require('buffer');
const { codedError, validateString } = require('internal/errors');

const toStringTag = (value) => Object.prototype.toString.call(value);

// The native serializer or deserializer behind each object.
const natives = new WeakMap();
const released = new FinalizationRegistry(({ op, id }) => ops[op](id, 'drop'));

function nativeOf(object) {
  const id = natives.get(object);
  if (id === undefined) throw new TypeError('Illegal invocation');
  return id;
}

function constructCheck(target, name) {
  if (target === undefined) {
    throw codedError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED', `Class constructor ${name} cannot be invoked without 'new'`);
  }
}

// What V8 asks while it writes a value: a host object written, a SharedArrayBuffer's id (undefined:
// none, V8 throws), the error for a value that cannot be cloned.
function serializerHook(what, serializer, value) {
  if (what === 'writeHost') {
    if (typeof serializer._writeHostObject !== 'function') throw new Error(`${toStringTag(value)} could not be cloned.`);
    return serializer._writeHostObject(value);
  }
  if (what === 'sharedId') {
    if (typeof serializer._getSharedArrayBufferId !== 'function') return undefined;
    return serializer._getSharedArrayBufferId(value) >>> 0;
  }
  const makeError = serializer._getDataCloneError;
  return typeof makeError === 'function' ? makeError.call(serializer, value) : new Error(value);
}

// What V8 asks while it reads: a host object (undefined: no reader, V8 throws).
function deserializerHook(what, deserializer) {
  if (typeof deserializer._readHostObject !== 'function') return undefined;
  const object = deserializer._readHostObject();
  if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
    throw new TypeError('readHostObject must return an object');
  }
  return object;
}

// Node's native methods come before `constructor` in the prototype's keys, its JS ones after.
function moveConstructorLast(type) {
  delete type.prototype.constructor;
  Object.defineProperty(type.prototype, 'constructor', { value: type, writable: true, configurable: true });
}

function Serializer() {
  constructCheck(new.target, 'Serializer');
  const id = ops.v8SerializerNew(serializerHook);
  natives.set(this, id);
  released.register(this, { op: 'v8Serializer', id }, this);
}

const write = (serializer, method, a, b) => ops.v8Serializer(nativeOf(serializer), method, serializer, a, b);

Object.assign(Serializer.prototype, {
  writeHeader() {
    write(this, 'header');
  },
  writeValue(value) {
    return write(this, 'value', value);
  },
  releaseBuffer() {
    const bytes = write(this, 'release');
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  },
  transferArrayBuffer(id, arrayBuffer) {
    if (!(arrayBuffer instanceof ArrayBuffer)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'arrayBuffer must be an ArrayBuffer');
    }
    write(this, 'transfer', id, arrayBuffer);
  },
  writeUint32(value) {
    write(this, 'uint32', value);
  },
  writeUint64(hi, lo) {
    write(this, 'uint64', hi, lo);
  },
  writeDouble(value) {
    write(this, 'double', value);
  },
  writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'source must be a TypedArray or a DataView');
    }
    write(this, 'raw', source);
  },
  _setTreatArrayBufferViewsAsHostObjects(value) {
    write(this, 'views', value);
  },
});
moveConstructorLast(Serializer);
Serializer.prototype._getDataCloneError = Error;

function Deserializer(buffer) {
  constructCheck(new.target, 'Deserializer');
  if (!ArrayBuffer.isView(buffer)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'buffer must be a TypedArray or a DataView');
  }
  const id = ops.v8DeserializerNew(deserializerHook, buffer);
  natives.set(this, id);
  released.register(this, { op: 'v8Deserializer', id }, this);
  this.buffer = buffer;
}

const read = (deserializer, method, a, b) => ops.v8Deserializer(nativeOf(deserializer), method, deserializer, a, b);

Object.assign(Deserializer.prototype, {
  readHeader() {
    return read(this, 'header');
  },
  readValue() {
    return read(this, 'value');
  },
  getWireFormatVersion() {
    return read(this, 'version');
  },
  transferArrayBuffer(id, arrayBuffer) {
    if (!(arrayBuffer instanceof ArrayBuffer) && !(arrayBuffer instanceof SharedArrayBuffer)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    read(this, 'transfer', id, arrayBuffer);
  },
  readUint32() {
    return read(this, 'uint32');
  },
  readUint64() {
    return read(this, 'uint64');
  },
  readDouble() {
    return read(this, 'double');
  },
  // Where `length` bytes start in `this.buffer`; readRawBytes views them there.
  _readRawBytes(length) {
    return read(this, 'raw', length);
  },
});
moveConstructorLast(Deserializer);
Object.assign(Deserializer.prototype, {
  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return Buffer.from(this.buffer.buffer, this.buffer.byteOffset + offset, length);
  },
});

// Node's index of each view type in its format; Buffer is 10.
const viewTypes = [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  DataView,
  Buffer,
  BigInt64Array,
  BigUint64Array,
];
const BUFFER = viewTypes.indexOf(Buffer);
const viewIndexByTag = new Map(viewTypes.map((type, i) => [`[object ${type.name}]`, i]).filter(([, i]) => i !== BUFFER));

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    const index = view.constructor === Buffer ? BUFFER : viewIndexByTag.get(toStringTag(view));
    if (index === undefined) {
      const { inspect } = require('util');
      throw new this._getDataCloneError(`Unserializable host object: ${inspect(view)}`);
    }
    this.writeUint32(index);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  // Views into the input where their alignment allows, copies otherwise.
  _readHostObject() {
    const type = viewTypes[this.readUint32()];
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const size = type.BYTES_PER_ELEMENT || 1;
    let memory = this.buffer.buffer;
    let at = this.buffer.byteOffset + offset;
    if (at % size !== 0) {
      const copy = Buffer.allocUnsafe(byteLength);
      copy.set(new Uint8Array(this.buffer.buffer, at, byteLength));
      memory = copy.buffer;
      at = copy.byteOffset;
    }
    if (type === Buffer) return Buffer.from(memory, at, byteLength);
    return new type(memory, at, byteLength / size);
  }
}

// The native side of a one-off (de)serializer goes as soon as it is done, not at a collection.
function release(object, op) {
  const id = natives.get(object);
  released.unregister(object);
  ops[op](id, 'drop');
}

function serialize(value) {
  const serializer = new DefaultSerializer();
  try {
    serializer.writeHeader();
    serializer.writeValue(value);
    return serializer.releaseBuffer();
  } finally {
    release(serializer, 'v8Serializer');
  }
}

function deserialize(buffer) {
  const deserializer = new DefaultDeserializer(buffer);
  try {
    deserializer.readHeader();
    return deserializer.readValue();
  } finally {
    release(deserializer, 'v8Deserializer');
  }
}

const heapStatisticsNames = [
  'total_heap_size',
  'total_heap_size_executable',
  'total_physical_size',
  'total_available_size',
  'used_heap_size',
  'heap_size_limit',
  'malloced_memory',
  'peak_malloced_memory',
  'does_zap_garbage',
  'number_of_native_contexts',
  'number_of_detached_contexts',
  'total_global_handles_size',
  'used_global_handles_size',
  'external_memory',
];

function getHeapStatistics() {
  const values = ops.v8HeapStatistics();
  const stats = {};
  heapStatisticsNames.forEach((name, i) => {
    stats[name] = values[i];
  });
  return stats;
}

function getHeapSpaceStatistics() {
  return ops.v8HeapSpaces().map(([name, size, used, available, physical]) => ({
    space_name: name,
    space_size: size,
    space_used_size: used,
    space_available_size: available,
    physical_space_size: physical,
  }));
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  ops.v8SetFlags(flags);
}

function cachedDataVersionTag() {
  return ops.v8CachedDataVersionTag();
}

function takeCoverage() {}
function stopCoverage() {}

module.exports = {
  cachedDataVersionTag,
  DefaultDeserializer,
  DefaultSerializer,
  Deserializer,
  deserialize,
  getHeapSpaceStatistics,
  getHeapStatistics,
  serialize,
  Serializer,
  setFlagsFromString,
  stopCoverage,
  takeCoverage,
};
