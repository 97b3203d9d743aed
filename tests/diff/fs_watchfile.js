// fs.watchFile polls a file's stats; unwatchFile stops it so the process can end.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-fsw-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'watched.txt');
fs.writeFileSync(file, 'first');
let changes = 0;
const watcher = fs.watchFile(file, { interval: 10 }, (curr, prev) => {
  changes++;
  console.log('change', curr.size, prev.size, curr.mtimeMs >= prev.mtimeMs);
  if (changes === 1) {
    fs.unlinkSync(file);
  } else {
    console.log('removed: size', curr.size, 'mtime', curr.mtimeMs, curr.isFile());
    fs.unwatchFile(file);
  }
});
console.log(typeof watcher.ref, typeof watcher.unref);
// r+ writes over the old bytes: a poll never sees the file emptied in between.
setTimeout(() => fs.writeFileSync(file, 'second, longer', { flag: 'r+' }), 50);
fs.watchFile(path.join(dir, 'other'), { persistent: false }, () => console.log('never'));
