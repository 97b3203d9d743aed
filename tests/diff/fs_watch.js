// fs.watch: changes in a directory and to a file, close, and errors for missing paths.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-fwatch-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const seen = new Set();
const watcher = fs.watch(dir, (eventType, filename) => {
  seen.add(`${eventType} ${filename}`);
  if (seen.has('rename new.txt') && !watcher.closing) {
    watcher.closing = true;
    setTimeout(() => {
      watcher.close();
      console.log('dir events include create:', seen.has('rename new.txt'));
    }, 20);
  }
});
watcher.on('close', () => {
  console.log('watcher closed');
  const file = path.join(dir, 'new.txt');
  const fileWatcher = fs.watch(file, (eventType, filename) => {
    console.log('file event', eventType, filename);
    fileWatcher.close();
  });
  setTimeout(() => fs.appendFileSync(file, 'more'), 10);
});
setTimeout(() => fs.writeFileSync(path.join(dir, 'new.txt'), 'x'), 10);
try {
  fs.watch(path.join(dir, 'missing'));
} catch (e) {
  console.log(e.code, e.syscall, e.message.replaceAll(dir, '<tmp>'));
}
