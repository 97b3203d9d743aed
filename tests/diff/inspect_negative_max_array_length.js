// util.inspect with a negative maxArrayLength counts the hidden items as Node does.
const util = require('util');
for (const v of [new Set([1, 2, 3, 4]), new Map([[1, 2], [3, 4]]), [1, 2, 3], new Uint8Array(3), new Map([[1, 2]]).keys()]) {
  console.log(util.inspect(v, { maxArrayLength: -1 }), '|', util.inspect(v, { maxArrayLength: -5 }));
}
