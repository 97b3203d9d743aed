// util.getSystemErrorName / getSystemErrorMap cover libuv's whole table (EOF is -4095).
const util = require('util');
const m = util.getSystemErrorMap();
console.log(m.size, util.getSystemErrorName(-4095), m.get(-4095));
for (const code of [-1, -4, -11, -32, -104, -111, -3008, -4080, -4094]) console.log(code, util.getSystemErrorName(code), m.get(code));
console.log([...m.keys()].sort((a, b) => a - b).slice(0, 5));
