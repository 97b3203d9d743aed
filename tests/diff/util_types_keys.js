// util.types in Node 20 has no isFloat16Array / isWasmModuleObject.
const { types } = require('util');
console.log(Object.keys(types).length, 'isFloat16Array' in types, 'isWasmModuleObject' in types);
console.log(Object.keys(types).sort().join(','));
