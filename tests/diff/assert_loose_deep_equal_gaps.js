// assert.deepEqual (loose): Map keys compare loosely, array holes differ from undefined;
// assert exports CallTracker in Node 20.
const assert = require('assert');
const cases = {
  mapLooseKeys: [new Map([[1, 1]]), new Map([['1', '1']])],
  mapLooseKeysObj: [new Map([[{ a: 1 }, 'x']]), new Map([[{ a: '1' }, 'x']])],
  setLooseObjects: [new Set([{ a: 1 }]), new Set([{ a: '1' }])],
  holeVsUndefined: [[, 1], [undefined, 1]],
  holeVsUndefined2: [[1, ,], [1, undefined]],
  holeVsHole: [[, 1], [, 1]],
};
for (const [name, [a, b]] of Object.entries(cases)) {
  let loose; let strict;
  try { assert.deepEqual(a, b); loose = 'equal'; } catch { loose = 'differ'; }
  try { assert.deepStrictEqual(a, b); strict = 'equal'; } catch { strict = 'differ'; }
  console.log(name, loose, strict);
}
console.log(typeof assert.CallTracker, Object.keys(assert).sort().join(','));
