// util.inspect's numericSeparator groups digits with underscores, as Node prints them.
const util = require('util');
const values = [
  1234567, -1234567.891234, 1e21, 123, 0.0001234, 1234.5, -0, NaN, Infinity, -1234.5, 0.5,
  1.5e300, 123456.7e-3, 12345678901234567890n, -1000n, 999n, 100000.000001,
];
for (const v of values) {
  console.log(util.inspect(v, { numericSeparator: true }), util.inspect(v));
}
console.log(util.inspect([1000000, { a: 2000n, b: [12345.5] }], { numericSeparator: true }));
console.log(util.inspect(new Float64Array([12345.6789, -1e6]), { numericSeparator: true }));
console.log(util.inspect(new BigInt64Array([123456789n]), { numericSeparator: true }));
console.log(util.inspect(new ArrayBuffer(1234), { numericSeparator: true }).split('\n').pop());
console.log(util.formatWithOptions({ numericSeparator: true }, '%o %d', 1234567, 7654321));
console.log(util.formatWithOptions({ numericSeparator: true }, '%d %i %f %d %i %s %j', 7654321.5, 7654321.5, 7654321.5, 1234567n, 1234567n, 1234567, 1234567));
console.log(util.format('%d %s %i', 1234567, 7654321n, 98765.4));
