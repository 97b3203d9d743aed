// An uncaught AssertionError from deepStrictEqual: the stderr report and exit code.
const assert = require('assert');
console.log('before');
assert.deepStrictEqual({ a: [1, 2, { b: 'x' }], c: new Map([[1, 2]]) }, { a: [1, 2, { b: 'y' }], c: new Map([[1, 2]]) });
