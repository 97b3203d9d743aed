// fs/promises rejections carry Node's codes; FileHandle after close; validation throws synchronously-in-promise.
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const fs = require('fs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-fpe-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
(async () => {
  for (const [name, fn] of Object.entries({
    readMissing: () => fsp.readFile(path.join(dir, 'x')),
    statMissing: () => fsp.stat(path.join(dir, 'x')),
    mkdirExisting: () => fsp.mkdir(dir),
    rmdirMissing: () => fsp.rmdir(path.join(dir, 'nope')),
    unlinkDir: () => fsp.unlink(dir),
    renameMissing: () => fsp.rename(path.join(dir, 'a'), path.join(dir, 'b')),
    openMissing: () => fsp.open(path.join(dir, 'q/r'), 'r'),
    readdirFile: async () => {
      await fsp.writeFile(path.join(dir, 'file'), 'x');
      return fsp.readdir(path.join(dir, 'file'));
    },
    badPathType: () => fsp.readFile(123n),
    copyMissing: () => fsp.copyFile(path.join(dir, 'none'), path.join(dir, 'dest')),
    accessMissing: () => fsp.access(path.join(dir, 'none')),
  })) {
    try {
      await fn();
      console.log(name, 'resolved');
    } catch (e) {
      console.log(name, e.code, e.syscall, show(e.message));
    }
  }
  const handle = await fsp.open(path.join(dir, 'file'), 'r');
  await handle.close();
  try {
    await handle.read(Buffer.alloc(1), 0, 1, 0);
  } catch (e) {
    console.log('read after close', e.code);
  }
  await handle.close();
  console.log('second close is fine');
})();
