// Readable.push of an invalid chunk (error event, return value, message); Writable.write's
// return value when the sink calls back synchronously; isErrored after destroy(err).
const stream = require('stream');
const { Readable, Writable } = stream;
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('push error event', e.name, e.code, e.message));
console.log('push number', r.push(5));
const r2 = new Readable({ read() {} });
r2.on('error', (e) => console.log('push object error event', e.code));
console.log('push object', r2.push({}));
const w = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { cb(); } });
console.log('sync cb objectMode hwm 1', w.write({ a: 1 }), w.write(0), w.writableLength, w.writableNeedDrain);
const w2 = new Writable({ highWaterMark: 2, write(c, e, cb) { cb(); } });
console.log('sync cb bytes hwm 2', w2.write('abc'), w2.write('d'), w2.writableLength);
const r3 = new Readable({ read() {} });
r3.on('error', () => {});
r3.destroy(new Error('e'));
console.log('isErrored sync', stream.isErrored(r3), r3.errored && r3.errored.message);
setImmediate(() => console.log('isErrored later', stream.isErrored(r3)));
try { new Writable({ highWaterMark: '5' }); } catch (e) { console.log('hwm string', e.code, e.message); }
try { new Readable({ highWaterMark: { a: 1 } }); } catch (e) { console.log('hwm object', e.code, e.message); }
