// fs.watch with recursive: entries created, renamed and removed anywhere below the root, reported relative to it; option errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-wr-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.mkdirSync(path.join(dir, 'pre'));
fs.closeSync(fs.openSync(path.join(dir, 'pre', 'old.txt'), 'w'));
const touch = (...parts) => fs.closeSync(fs.openSync(path.join(dir, ...parts), 'w'));
for (const options of [{ recursive: 'yes' }, { recursive: 1 }, { encoding: 5 }, { encoding: 'nope' }]) {
  try {
    fs.watch(dir, options).close();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const events = [];
const watcher = fs.watch(dir, { recursive: true }, (type, name) => events.push(`${type} ${name}`));
const step = (fn) => new Promise((resolve) => setTimeout(() => {
  fn();
  resolve();
}, 60));
(async () => {
  await step(() => touch('pre', 'a.txt'));
  await step(() => fs.mkdirSync(path.join(dir, 'new')));
  await step(() => touch('new', 'b.txt'));
  await step(() => fs.mkdirSync(path.join(dir, 'new', 'deep', 'er'), { recursive: true }));
  await step(() => touch('new', 'deep', 'er', 'c.txt'));
  await step(() => fs.rmSync(path.join(dir, 'pre', 'a.txt')));
  await step(() => {});
  watcher.close();
  console.log(events.join('\n'));
})();
