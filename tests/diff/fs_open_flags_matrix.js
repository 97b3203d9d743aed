// fs.openSync string and numeric flags: existence rules, truncation, append position, read/write ability per flag.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-ofm-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const f = path.join(dir, 'f');
const tryRead = (fd) => { try { const b = Buffer.alloc(10); const n = fs.readSync(fd, b, 0, 10, 0); return `read:${JSON.stringify(b.toString('utf8', 0, n))}`; } catch (e) { return `read:${e.code}`; } };
const tryWrite = (fd) => { try { fs.writeSync(fd, 'Z'); return 'write:ok'; } catch (e) { return `write:${e.code}`; } };
const flags = ['r', 'rs', 'sr', 'r+', 'rs+', 'sr+', 'w', 'wx', 'xw', 'w+', 'wx+', 'xw+', 'a', 'ax', 'xa', 'as', 'sa', 'a+', 'ax+', 'xa+', 'as+', 'sa+'];
for (const flag of flags) {
  for (const exists of [true, false]) {
    if (exists) fs.writeFileSync(f, 'abc'); else fs.rmSync(f, { force: true });
    let out;
    try {
      const fd = fs.openSync(f, flag);
      const r = tryRead(fd);
      const w = tryWrite(fd);
      fs.closeSync(fd);
      out = `${r} ${w} after:${JSON.stringify(fs.readFileSync(f, 'utf8'))}`;
    } catch (e) {
      out = `${e.code} ${show(e.message)}`;
    }
    console.log(flag.padEnd(4), exists ? 'exists ' : 'missing', out);
  }
}
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND } = fs.constants;
for (const [label, n] of [['O_RDONLY', O_RDONLY], ['O_WRONLY|O_CREAT', O_WRONLY | O_CREAT], ['O_RDWR|O_TRUNC', O_RDWR | O_TRUNC], ['O_RDWR|O_APPEND', O_RDWR | O_APPEND], ['O_CREAT|O_EXCL|O_RDWR', O_CREAT | O_EXCL | O_RDWR]]) {
  fs.writeFileSync(f, 'abc');
  try {
    const fd = fs.openSync(f, n);
    console.log(label, tryRead(fd), tryWrite(fd), JSON.stringify(fs.readFileSync(f, 'utf8')));
    fs.closeSync(fd);
  } catch (e) {
    console.log(label, e.code, show(e.message));
  }
}
for (const bad of ['', 'R', 'rw', 'wr', 'r++', 'aa', ' r', null, true, {}, -1, 1.5, 2 ** 32]) {
  try {
    const fd = fs.openSync(f, bad);
    console.log('flag', JSON.stringify(bad), 'opened', tryRead(fd));
    fs.closeSync(fd);
  } catch (e) {
    console.log('flag', JSON.stringify(bad), e.name, e.code, show(e.message));
  }
}
