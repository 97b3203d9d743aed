// util.format('%o') shows hidden details: function arguments/caller/prototype, proxies.
const util = require('util');
console.log(util.format('%o', { f: function foo() {} }));
console.log(util.format('%o', function bar(a, b) {}));
console.log(util.format('%o', new Proxy({ a: 1 }, {})));
console.log(util.format('%o', new Proxy([1], { get() { return 5; } })));
console.log(util.format('%o', class Q {}));
console.log(util.format('%o', [function () {}]));
