// util.inspect.defaultOptions: reading, setting valid and invalid values, effect on console.log/format.
const util = require('util');
console.log(JSON.stringify(util.inspect.defaultOptions));
try { util.inspect.defaultOptions = null; } catch (e) { console.log(e.name, e.code, e.message); }
try { util.inspect.defaultOptions = 'x'; } catch (e) { console.log(e.name, e.code, e.message); }
util.inspect.defaultOptions = { depth: 0 };
console.log({ a: { b: 1 } }, util.format('%O', { c: { d: 1 } }), util.inspect({ e: { f: 1 } }));
util.inspect.defaultOptions.depth = 2;
util.inspect.defaultOptions.compact = false;
console.log({ a: { b: 1 } });
util.inspect.defaultOptions.compact = 3;
util.inspect.defaultOptions.breakLength = 20;
console.log({ aaaa: 1, bbbb: 2, cccc: 3 });
util.inspect.defaultOptions.breakLength = 128;
util.inspect.defaultOptions.maxArrayLength = 2;
console.log([1, 2, 3, 4]);
util.inspect.defaultOptions.maxArrayLength = 100;
util.inspect.defaultOptions.sorted = true;
console.log({ b: 1, a: 2 });
util.inspect.defaultOptions.sorted = false;
util.inspect.defaultOptions.numericSeparator = true;
console.log(1234567, [9876543.21]);
util.inspect.defaultOptions.numericSeparator = false;
console.log(JSON.stringify(util.inspect.defaultOptions));
console.log(util.inspect({ x: { y: { z: { w: 1 } } } }, { depth: null }));
