// isDeepStrictEqual / assert.deepStrictEqual on objects with no comparable own state
// (WeakMap, WeakSet, Promise): Node compares them as plain objects, so two are equal.
const util = require('util');
const assert = require('assert');
const pairs = { WeakMap: [new WeakMap(), new WeakMap()], WeakSet: [new WeakSet(), new WeakSet()], Promise: [Promise.resolve(1), Promise.resolve(2)], WeakRef: [new WeakRef({}), new WeakRef({})] };
for (const [name, [a, b]] of Object.entries(pairs)) {
  let strict;
  try { assert.deepStrictEqual(a, b); strict = 'equal'; } catch (e) { strict = 'throws ' + e.message.split('\n')[0]; }
  console.log(name, util.isDeepStrictEqual(a, b), strict);
}
const wm = new WeakMap();
console.log(util.isDeepStrictEqual(wm, Object.assign(new WeakMap(), { x: 1 })));
