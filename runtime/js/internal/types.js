'use strict';
// `util.types`: V8's own type checks (see runtime/src/ops/types.rs), plus the few that are
// plain JS.

const names = ops.typeCheckNames();
const types = {};
for (let bit = 0; bit < names.length; bit++) {
  const mask = 2 ** bit;
  types[names[bit]] = function check(value) {
    return (ops.typeChecks(value) & mask) !== 0;
  };
  Object.defineProperty(types[names[bit]], 'name', { value: names[bit] });
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const tagOf = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

for (const kind of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
  types[`is${kind}`] = function check(value) {
    return tagOf.call(value) === kind;
  };
  Object.defineProperty(types[`is${kind}`], 'name', { value: `is${kind}` });
}

types.isAnyArrayBuffer = function isAnyArrayBuffer(value) {
  return types.isArrayBuffer(value) || types.isSharedArrayBuffer(value);
};

types.isBoxedPrimitive = function isBoxedPrimitive(value) {
  return (
    types.isNumberObject(value) ||
    types.isStringObject(value) ||
    types.isBooleanObject(value) ||
    types.isBigIntObject(value) ||
    types.isSymbolObject(value)
  );
};

// No KeyObject or CryptoKey exists yet. (Node's two answer to the name `value`.)
types.isKeyObject = { value: () => false }.value;
types.isCryptoKey = { value: () => false }.value;
types.isArrayBufferView = ArrayBuffer.isView;

// In the order Node lists them.
const nodeOrder = [
  'isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject', 'isNumberObject',
  'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp', 'isAsyncFunction', 'isGeneratorFunction',
  'isGeneratorObject', 'isPromise', 'isMap', 'isSet', 'isMapIterator', 'isSetIterator', 'isWeakMap', 'isWeakSet',
  'isArrayBuffer', 'isDataView', 'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject', 'isAnyArrayBuffer',
  'isBoxedPrimitive', 'isArrayBufferView', 'isTypedArray', 'isUint8Array', 'isUint8ClampedArray', 'isUint16Array',
  'isUint32Array', 'isInt8Array', 'isInt16Array', 'isInt32Array', 'isFloat32Array', 'isFloat64Array',
  'isBigInt64Array', 'isBigUint64Array', 'isKeyObject', 'isCryptoKey',
];
const ordered = {};
for (const name of nodeOrder) if (types[name] !== undefined) ordered[name] = types[name];
for (const name of Object.keys(types)) if (!(name in ordered)) ordered[name] = types[name];

module.exports = ordered;
