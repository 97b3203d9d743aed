// fs descriptor calls (callback form): open/read/write/fstat/fsync/ftruncate/close arguments passed to callbacks, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-fdc-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const f = path.join(dir, 'f.txt');
const E = (label, e) => console.log(label, e ? [e.name, e.code, e.errno, e.syscall, show(e.message)].join(' | ') : e);
let fd;
const steps = [
  (n) => fs.open(f, 'w+', (e, d) => { fd = d; console.log('open', e, typeof d); n(); }),
  (n) => fs.write(fd, 'abcdef', (e, written, str) => { console.log('write str', e, written, str); n(); }),
  (n) => fs.write(fd, 'XY', 1, 'utf8', (e, written, str) => { console.log('write str pos', e, written, str); n(); }),
  (n) => fs.write(fd, Buffer.from('12345'), 1, 2, 10, (e, written, b) => { console.log('write buf', e, written, b); n(); }),
  (n) => fs.write(fd, Buffer.from('zz'), (e, written, b) => { console.log('write buf only', e, written, b); n(); }),
  (n) => fs.fstat(fd, (e, st) => { console.log('fstat', e, st.size, st.isFile()); n(); }),
  (n) => fs.fstat(fd, { bigint: true }, (e, st) => { console.log('fstat bigint', e, typeof st.size, st.size); n(); }),
  (n) => fs.read(fd, Buffer.alloc(20), 0, 20, 0, (e, bytes, b) => { console.log('read', e, bytes, JSON.stringify(b.toString('latin1', 0, bytes))); n(); }),
  (n) => fs.read(fd, { buffer: Buffer.alloc(4), position: 2 }, (e, bytes, b) => { console.log('read opts', e, bytes, b); n(); }),
  (n) => fs.read(fd, Buffer.alloc(3), { position: 0, length: 2 }, (e, bytes, b) => { console.log('read buf opts', e, bytes, b); n(); }),
  (n) => fs.read(fd, (e, bytes, b) => { console.log('read default', e, bytes, b.length); n(); }),
  (n) => fs.fsync(fd, (e) => { console.log('fsync', e); n(); }),
  (n) => fs.fdatasync(fd, (e) => { console.log('fdatasync', e); n(); }),
  (n) => fs.ftruncate(fd, 3, (e) => { console.log('ftruncate', e, fs.readFileSync(f, 'utf8')); n(); }),
  (n) => fs.ftruncate(fd, (e) => { console.log('ftruncate default', e, fs.statSync(f).size); n(); }),
  (n) => fs.close(fd, (e) => { console.log('close', e); n(); }),
  (n) => fs.close(fd, (e) => { E('close again', e); n(); }),
  (n) => fs.read(fd, Buffer.alloc(1), 0, 1, 0, (e, bytes) => { E('read closed', e); console.log('bytes', bytes); n(); }),
  (n) => fs.write(fd, 'x', (e, w) => { E('write closed', e); console.log('written', w); n(); }),
  (n) => fs.fstat(fd, (e, st) => { E('fstat closed', e); console.log('stats', st); n(); }),
  (n) => fs.fsync(fd, (e) => { E('fsync closed', e); n(); }),
  (n) => fs.open(path.join(dir, 'missing'), (e, d) => { E('open missing', e); console.log('fd', d); n(); }),
  (n) => fs.open(path.join(dir, 'new'), 'wx', 0o644, (e, d) => { console.log('open wx', e, typeof d); fs.closeSync(d); n(); }),
  (n) => fs.open(path.join(dir, 'new'), 'wx', (e) => { E('open wx again', e); n(); }),
  (n) => {
    for (const [label, fn] of [
      ['open no cb', () => fs.open(f, 'r')],
      ['read no cb', () => fs.read(0, Buffer.alloc(1), 0, 1, 0)],
      ['close bad cb', () => fs.close(0, 'x')],
      ['read bad fd', () => fs.read('x', Buffer.alloc(1), 0, 1, 0, () => {})],
      ['read bad buffer', () => fs.read(0, [], 0, 1, 0, () => {})],
      ['read bad length', () => fs.read(0, Buffer.alloc(1), 0, 5, 0, () => {})],
      ['write bad data', () => fs.write(0, {}, () => {})],
      ['ftruncate bad len', () => fs.ftruncate(0, 'a', () => {})],
      ['fstat bad fd', () => fs.fstat(-2, () => {})],
    ]) {
      try { fn(); console.log(label, 'no throw'); } catch (e) { console.log(label, e.name, e.code, e.message); }
    }
    n();
  },
];
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); else console.log('done'); };
next();
