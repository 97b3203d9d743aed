// util.inspect of errors whose constructor name differs from err.name: "Sub [TypeError]: msg".
const util = require('util');
const strip = (s) => s.split('\n').filter((l) => !l.trim().startsWith('at ')).join('\n');
class MyErr2 extends TypeError {}
class Named extends Error { constructor(m) { super(m); this.name = 'Named'; } }
class Renamed extends RangeError { constructor(m) { super(m); this.name = 'Something'; } }
console.log(strip(util.inspect(new MyErr2('te2'))));
console.log(strip(util.inspect(new Named('n'))));
console.log(strip(util.inspect(new Renamed('r'))));
const plain = new Error('p'); plain.name = 'Custom';
console.log(strip(util.inspect(plain)));
class NoMsg extends SyntaxError {}
console.log(strip(util.inspect(new NoMsg())));
