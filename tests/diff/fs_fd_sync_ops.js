// fs descriptor calls (sync): open/read/write/close/fsync/fdatasync/ftruncate/fstat, positions, option forms and errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-fdo-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const f = path.join(dir, 'f.bin');
const fd = fs.openSync(f, 'w+', 0o600);
console.log(typeof fd, Number.isInteger(fd), (fs.fstatSync(fd).mode & 0o777).toString(8));
console.log('write str', fs.writeSync(fd, 'hello world'));
console.log('write str pos', fs.writeSync(fd, 'HE', 0));
console.log('write str pos enc', fs.writeSync(fd, '5a5a', 9, 'hex'));
console.log('write buf', fs.writeSync(fd, Buffer.from('0123456789'), 2, 3, 20));
console.log('write buf opts', fs.writeSync(fd, Buffer.from('abcdef'), { offset: 1, length: 2, position: 30 }));
console.log('write u8', fs.writeSync(fd, new Uint8Array([33, 33])));
const size = fs.fstatSync(fd).size;
console.log('size', size);
const buf = Buffer.alloc(size);
console.log('read all', fs.readSync(fd, buf, 0, size, 0), JSON.stringify(buf.toString('latin1')));
const b2 = Buffer.alloc(4);
console.log('read opts', fs.readSync(fd, b2, { offset: 1, length: 3, position: 6 }), b2);
console.log('read bigint pos', fs.readSync(fd, b2, 0, 4, 0n), b2.toString());
console.log('read eof', fs.readSync(fd, b2, 0, 4, 1000));
console.log('read no opts', fs.readSync(fd, Buffer.alloc(3)));
console.log('read len 0', fs.readSync(fd, Buffer.alloc(3), 0, 0, 0));
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.ftruncateSync(fd, 4);
console.log('after ftruncate', fs.readFileSync(f, 'latin1'));
fs.ftruncateSync(fd);
console.log('after ftruncate()', fs.fstatSync(fd).size);
fs.ftruncateSync(fd, 3);
console.log('extended', fs.readFileSync(f));
fs.closeSync(fd);
const ro = fs.openSync(f, 'r');
const wo = fs.openSync(f, fs.constants.O_WRONLY);
const cases = {
  writeToReadOnly: () => fs.writeSync(ro, 'x'),
  readFromWriteOnly: () => fs.readSync(wo, Buffer.alloc(1), 0, 1, 0),
  ftruncateReadOnly: () => fs.ftruncateSync(ro, 0),
  readClosed: () => fs.readSync(fd, Buffer.alloc(1)),
  closeClosed: () => fs.closeSync(fd),
  fsyncBad: () => fs.fsyncSync(123456),
  readOffsetTooBig: () => fs.readSync(ro, Buffer.alloc(2), 3, 1, 0),
  readLengthTooBig: () => fs.readSync(ro, Buffer.alloc(2), 0, 3, 0),
  readNegativeOffset: () => fs.readSync(ro, Buffer.alloc(2), -1, 1, 0),
  readBadPosition: () => fs.readSync(ro, Buffer.alloc(2), 0, 1, 'x'),
  readBigPosition: () => fs.readSync(ro, Buffer.alloc(2), 0, 1, 2n ** 63n),
  readNotBuffer: () => fs.readSync(ro, 'str', 0, 1, 0),
  readEmptyBuffer: () => fs.readSync(ro, Buffer.alloc(0), 0, 0, 0),
  writeBadOffset: () => fs.writeSync(wo, Buffer.from('ab'), 5),
  writeBadLength: () => fs.writeSync(wo, Buffer.from('ab'), 0, 9),
  writeNumber: () => fs.writeSync(wo, 42),
  writeBadEncoding: () => fs.writeSync(wo, 'x', 0, 'nope'),
  fdString: () => fs.readSync('3', Buffer.alloc(1)),
  fdFloat: () => fs.closeSync(1.5),
  fdTooLarge: () => fs.fstatSync(2 ** 31),
  ftruncateBadLen: () => fs.ftruncateSync(wo, 'x'),
  ftruncateNegative: () => fs.ftruncateSync(wo, -5),
  openMissingNoCreate: () => fs.openSync(path.join(dir, 'nope'), 'r+'),
  openDirWrite: () => fs.openSync(dir, 'w'),
  openBadModeType: () => fs.openSync(path.join(dir, 'm'), 'w', {}),
  openNumericFlags: () => { const d = fs.openSync(path.join(dir, 'n'), fs.constants.O_CREAT | fs.constants.O_RDWR); fs.closeSync(d); return fs.existsSync(path.join(dir, 'n')); },
  openExclNumeric: () => fs.openSync(path.join(dir, 'n'), fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_RDWR),
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    console.log(name, 'ok', fn());
  } catch (e) {
    console.log(name, e.name, e.code, e.errno, e.syscall, show(e.message));
  }
}
fs.closeSync(ro);
fs.closeSync(wo);
