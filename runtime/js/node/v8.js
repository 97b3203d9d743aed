'use strict';
// node:v8: the value serializer in Node's format, heap statistics, flags. Heap snapshots,
// coverage and the Serializer/Deserializer classes' low-level API are not provided.

const { Buffer } = require('buffer');
const { codedError, invalidArgType, validateString } = require('internal/errors');

function serialize(value) {
  const bytes = ops.v8Serialize(value, Buffer.prototype);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function deserialize(buffer) {
  // Node's own wording for this check.
  if (!ArrayBuffer.isView(buffer)) throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'buffer must be a TypedArray or a DataView');
  return ops.v8Deserialize(buffer, Buffer.prototype);
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
  deserialize,
  getHeapSpaceStatistics,
  getHeapStatistics,
  serialize,
  setFlagsFromString,
  stopCoverage,
  takeCoverage,
};
