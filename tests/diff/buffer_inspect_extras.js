// util.inspect of a Buffer shows own extra properties, and honours buffer.INSPECT_MAX_BYTES.
const util = require('util');
const buffer = require('buffer');
const x = Buffer.from('ab');
x.foo = 1;
x.bar = 'z';
console.log(x);
console.log(util.inspect(x, { compact: false }));
console.log(buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('abcd'), Buffer.from('ab'), Buffer.from('abc'));
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('abcd'));
for (const v of [-1, 'x', NaN]) {
  try { buffer.INSPECT_MAX_BYTES = v; console.log('set', v); } catch (e) { console.log(e.name, e.code, e.message); }
}
