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

types.isKeyObject = () => false;
types.isCryptoKey = () => false;

module.exports = types;
