// StringDecoder internals that userland reads: lastNeed/lastTotal/lastChar; '' encoding means utf8;
// calling StringDecoder without new.
const sd = require('string_decoder');
const d = new sd.StringDecoder('utf8');
d.write(Buffer.from([0xe2]));
console.log(d.lastNeed, d.lastTotal, Buffer.isBuffer(d.lastChar), d.lastChar && d.lastChar.length, d.lastChar && d.lastChar[0]);
d.write(Buffer.from([0x82]));
console.log(d.lastNeed, d.lastTotal);
const u = new sd.StringDecoder('utf16le');
u.write(Buffer.from([0x61]));
console.log(u.lastNeed, u.lastTotal);
for (const e of ['', 0, false, null, undefined]) { try { console.log(JSON.stringify(e), new sd.StringDecoder(e).encoding); } catch (err) { console.log(JSON.stringify(e), err.code, err.message); } }
try { console.log(sd.StringDecoder('utf8')); } catch (e) { console.log(e.name, e.message); }
console.log(Object.keys(sd), typeof sd.StringDecoder.prototype.text);
