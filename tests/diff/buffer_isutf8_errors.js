// buffer.isUtf8 / isAscii argument errors name the accepted types in Node's order.
const { isUtf8, isAscii } = require('buffer');
for (const [name, fn] of [['isUtf8', isUtf8], ['isAscii', isAscii]]) {
  for (const v of ['abc', [1], null, 1, {}, new DataView(new ArrayBuffer(1))]) {
    try { console.log(name, fn(v)); } catch (e) { console.log(name, e.name, e.code, e.message); }
  }
}
