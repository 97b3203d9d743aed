// Buffer.prototype.toString/write called on a plain Uint8Array fail in Node (they call
// this.utf8Slice etc.); the *Slice methods range-check their arguments.
const show = (label, fn) => { try { console.log(label, fn()); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); } };
show('toString', () => Buffer.prototype.toString.call(new Uint8Array([104, 105])));
show('toString hex', () => Buffer.prototype.toString.call(new Uint8Array([1, 255]), 'hex'));
show('write', () => Buffer.prototype.write.call(new Uint8Array(3), 'ab'));
show('utf8Slice end past length', () => Buffer.from('hello').utf8Slice(1, 100));
show('latin1Slice start > end', () => Buffer.from('hello').latin1Slice(3, 1));
show('hexSlice negative', () => Buffer.from('hello').hexSlice(-1, 2));
