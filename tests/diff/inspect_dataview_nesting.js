// util.inspect of a DataView: the nested ArrayBuffer is indented with its parent when split.
const util = require('util');
const dv = new DataView(new ArrayBuffer(4), 1, 2);
console.log(util.inspect(dv, { compact: false }));
console.log(util.inspect(dv, { breakLength: 40 }));
console.log(util.inspect({ wrap: { dv } }, { compact: false, depth: 5 }));
console.log(util.inspect(new DataView(new ArrayBuffer(64))));
