// util.types on values that fake their tags, and on boxed and exotic objects.
const { types } = require('util');
const fakeDate = { [Symbol.toStringTag]: 'Date' };
const fakeMap = Object.create(Map.prototype);
console.log(types.isDate(fakeDate), types.isMap(fakeMap), fakeMap instanceof Map);
console.log(types.isBoxedPrimitive(Object(Symbol('s'))), types.isSymbolObject(Object(Symbol())), types.isBigIntObject(Object(1n)), types.isStringObject('s'));
console.log(types.isTypedArray(new DataView(new ArrayBuffer(1))), types.isDataView(new DataView(new ArrayBuffer(1))), types.isArrayBufferView(new DataView(new ArrayBuffer(1))));
console.log(types.isInt32Array(new Int32Array()), types.isFloat64Array(new Float32Array()), types.isBigUint64Array(new BigUint64Array()), types.isUint8ClampedArray(new Uint8ClampedArray()));
console.log(types.isGeneratorObject((function* () {})()), types.isSetIterator(new Set().values()), types.isWeakMap(new WeakMap()), types.isWeakSet(new WeakSet()));
console.log(types.isNativeError(Object.create(Error.prototype)), types.isNativeError(new (class E extends Error {})()), types.isPromise({ then() {} }));
console.log(types.isExternal({}), types.isModuleNamespaceObject({}), types.isSharedArrayBuffer(new ArrayBuffer(1)), types.isAnyArrayBuffer(new SharedArrayBuffer(1)));
console.log(Object.keys(types).length > 40, typeof types.isKeyObject, typeof types.isCryptoKey);
