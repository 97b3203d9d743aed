// fs readFile/writeFile/appendFile: encodings, option forms, flags, data types and their errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-rfe-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const f = path.join(dir, 'a.txt');
fs.writeFileSync(f, 'héllo wörld €');
for (const enc of ['utf8', 'utf-8', 'UTF8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le']) {
  console.log(enc, JSON.stringify(fs.readFileSync(f, enc)), JSON.stringify(fs.readFileSync(f, { encoding: enc })));
}
console.log(fs.readFileSync(f, null).length, fs.readFileSync(f, {}).constructor.name, fs.readFileSync(f, { encoding: null }).length);
fs.writeFileSync(f, '68656c6c6f', 'hex');
console.log(fs.readFileSync(f, 'utf8'));
fs.writeFileSync(f, 'aGk=', { encoding: 'base64' });
console.log(fs.readFileSync(f, 'utf8'));
fs.writeFileSync(f, 'ab', 'utf16le');
console.log(fs.readFileSync(f).toString('hex'));
fs.writeFileSync(f, new Uint8Array([65, 66, 67]));
fs.appendFileSync(f, new DataView(new Uint8Array([68, 69]).buffer));
fs.appendFileSync(f, 'Rg==', 'base64');
fs.appendFileSync(f, Buffer.from('G'), { flag: 'a' });
console.log(fs.readFileSync(f, 'latin1'));
fs.writeFileSync(f, 'XY', { flag: 'r+' });
console.log(fs.readFileSync(f, 'utf8'));
fs.writeFileSync(f, new Uint16Array([0x4241]));
console.log(fs.readFileSync(f, 'utf8'));
const fd = fs.openSync(f, 'r');
console.log('via fd', fs.readFileSync(fd, 'utf8'), fs.readFileSync(fd, 'utf8') === '');
fs.closeSync(fd);
const cases = {
  wxExisting: () => fs.writeFileSync(f, 'x', { flag: 'wx' }),
  rPlusMissing: () => fs.writeFileSync(path.join(dir, 'no'), 'x', { flag: 'r+' }),
  readWithW: () => fs.readFileSync(f, { flag: 'w+' }).length,
  appendToDir: () => fs.appendFileSync(dir, 'x'),
  writeNumber: () => fs.writeFileSync(f, 123),
  writeObject: () => fs.writeFileSync(f, { toString() { return 'obj'; } }),
  writeNull: () => fs.writeFileSync(f, null),
  appendNumber: () => fs.appendFileSync(f, 5),
  badEncodingOpt: () => fs.readFileSync(f, { encoding: 'utf9' }),
  badEncodingWrite: () => fs.writeFileSync(f, 'x', 'bogus'),
  badOptionsType: () => fs.readFileSync(f, 42),
  badFlagType: () => fs.readFileSync(f, { flag: 5 }),
  badFlagString: () => fs.writeFileSync(f, 'x', { flag: 'q' }),
  badModeWrite: () => fs.writeFileSync(path.join(dir, 'm'), 'x', { mode: 'zz' }),
  pathArray: () => fs.readFileSync(['a']),
  pathUrlHttp: () => fs.readFileSync(new URL('http://example.com/x')),
  pathUrlHost: () => fs.readFileSync(new URL('file://host/x')),
  pathUrlSlash: () => fs.readFileSync(new URL('file:///a%2fb')),
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    const r = fn();
    console.log(name, 'ok', r);
  } catch (e) {
    console.log(name, e.name, e.code, e.errno, e.syscall, show(e.message));
  }
}
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
