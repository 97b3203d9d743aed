// Stream errors: write after end, null values, invalid chunks, destroy with error, finished on error.
const { Writable, Readable, finished } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('w error', e.code, e.message));
w.end();
w.write('late', (err) => console.log('late cb', err && err.code));
const n = new Writable({ write(c, e, cb) { cb(); } });
try {
  n.write(null);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  n.write(5);
} catch (e) {
  console.log(e.code, e.message);
}
const obj = new Writable({ objectMode: true, write(c, e, cb) { console.log('object chunk', c); cb(); } });
obj.write(5);
obj.write({ any: 'thing' });
const r = new Readable({ read() {} });
finished(r, (err) => console.log('finished', err && err.message));
r.on('error', (e) => console.log('r error', e.message));
r.destroy(new Error('destroyed with reason'));
console.log('destroyed flag', r.destroyed);
const failingWrite = new Writable({
  write(c, e, cb) {
    cb(new Error('disk full'));
  },
});
failingWrite.on('error', (e) => console.log('write failed', e.message, failingWrite.destroyed));
failingWrite.write('data', (err) => console.log('write callback got', err.message));
const pushAfterEnd = new Readable({ read() {} });
pushAfterEnd.on('error', (e) => console.log('push after end', e.code));
pushAfterEnd.push(null);
pushAfterEnd.push('more');
