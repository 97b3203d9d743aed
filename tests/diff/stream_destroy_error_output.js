// A stream destroyed with an error and no 'error' listener: uncaught report on stderr.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(new RangeError('sink refused')); } });
w.write('x');
