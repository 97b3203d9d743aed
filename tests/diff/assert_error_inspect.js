// util.inspect of an AssertionError: actual/expected shown at depth 0 by its own inspect.custom.
const assert = require('assert');
const util = require('util');
const strip = (s) => s.split('\n').filter((l) => !l.trim().startsWith('at ')).join('\n');
const e = new assert.AssertionError({ message: 'given', actual: [1, { a: { b: 1 } }], expected: new Map([[1, [2]]]), operator: 'deepStrictEqual' });
console.log(strip(util.inspect(e)));
console.log(typeof assert.AssertionError.prototype[util.inspect.custom]);
try { assert.deepStrictEqual({ x: [1, 2] }, { x: [1, 3] }); } catch (err) { console.log(strip(util.inspect(err, { compact: true })).split('\n').slice(-8).join('\n')); }
