// Stream misuse reports Node's error codes: write after end, push after EOF, bad chunks.
const { Readable, Writable, Transform, PassThrough } = require('stream');
function show(label) {
  return (err) => console.log(label, err && err.name, err && err.code, err && err.message);
}
const w = new Writable({ write(chunk, enc, cb) { cb(); } });
w.on('error', show('writable error'));
w.end('last');
w.write('more', show('write callback'));

const objectless = new Writable({ write(chunk, enc, cb) { cb(); } });
objectless.on('error', show('bad chunk error'));
try {
  objectless.write(42);
} catch (e) {
  show('bad chunk throw')(e);
}
try {
  objectless.write(null);
} catch (e) {
  show('null chunk throw')(e);
}

const r = new Readable({ read() {} });
r.on('error', show('readable error'));
r.push('a');
r.push(null);
r.push('after eof');

const noImpl = new Readable();
noImpl.on('error', show('no _read'));
noImpl.resume();

const noWrite = new Writable();
noWrite.on('error', show('no _write'));
try {
  noWrite.write('x');
} catch (e) {
  show('no _write throw')(e);
}

const t = new Transform();
t.on('error', show('no _transform'));
try {
  t.write('x');
} catch (e) {
  show('no _transform throw')(e);
}

const cbTwice = new Writable({ write(chunk, enc, cb) { cb(); cb(); } });
cbTwice.on('error', show('callback twice'));
cbTwice.write('x');

const p = new PassThrough();
p.destroy();
p.write('after destroy', show('write after destroy'));
p.on('error', show('passthrough error'));
setTimeout(() => console.log('done', w.writableEnded, r.readableEnded, p.destroyed), 5);
