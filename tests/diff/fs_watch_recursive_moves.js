// fs.watch recursive: a directory moved out of the tree is no longer reported; one moved in is watched; a deleted one's files are gone.
const fs = require('fs');
const path = require('path');
const os = require('os');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-wm-'));
process.on('exit', () => fs.rmSync(base, { recursive: true, force: true }));
const dir = path.join(base, 'root');
const outside = path.join(base, 'outside');
fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
fs.mkdirSync(path.join(outside, 'incoming'), { recursive: true });
const touch = (p) => fs.closeSync(fs.openSync(p, 'w'));
const events = [];
const watcher = fs.watch(dir, { recursive: true }, (type, name) => events.push(`${type} ${name}`));
const step = (fn) => new Promise((resolve) => setTimeout(() => { fn(); resolve(); }, 60));
(async () => {
  await step(() => fs.renameSync(path.join(dir, 'sub'), path.join(outside, 'sub')));
  await step(() => touch(path.join(outside, 'sub', 'after-move.txt')));
  await step(() => fs.renameSync(path.join(outside, 'incoming'), path.join(dir, 'incoming')));
  await step(() => touch(path.join(dir, 'incoming', 'inside.txt')));
  await step(() => {});
  watcher.close();
  console.log(events.join('\n'));
})();
