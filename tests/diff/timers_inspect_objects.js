// util.inspect of Timeout and Immediate objects (numbers masked): Node's field list, no cycles.
const util = require('util');
const mask = (s) => s.replace(/\d+/g, 'N');
const t = setTimeout(() => {}, 5, 'arg');
console.log(mask(util.inspect(t)));
const i = setImmediate(() => {});
console.log(mask(util.inspect(i)));
const iv = setInterval(() => {}, 5);
console.log(mask(util.inspect(iv, { depth: 0 })));
clearTimeout(t); clearImmediate(i); clearInterval(iv);
console.log(mask(util.inspect(t)));
