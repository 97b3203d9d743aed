// An 'error' emitted by a stream with no listener: stderr names the emitting instance.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push(5);
