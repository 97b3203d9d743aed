// fs opendir and Dir: read/readSync, async iteration, callbacks, close semantics, bufferSize, ERR_DIR_CLOSED and other errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-odd-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
for (const n of ['a', 'b', 'c', 'd', 'e']) fs.writeFileSync(path.join(dir, n), n);
fs.mkdirSync(path.join(dir, 'sub'));
fs.writeFileSync(path.join(dir, 'sub', 'inner'), '');
const E = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, show(e.message));
const d = fs.opendirSync(dir);
console.log(d.constructor.name, show(d.path), typeof d.read, typeof d[Symbol.asyncIterator], typeof d.entries);
const names = [];
let ent;
while ((ent = d.readSync()) !== null) names.push(`${ent.name}:${ent.isDirectory() ? 'd' : 'f'}:${show(ent.parentPath)}`);
console.log(names.sort());
console.log('after end', d.readSync());
d.closeSync();
for (const [label, fn] of [
  ['readSync closed', () => d.readSync()],
  ['closeSync twice', () => d.closeSync()],
  ['opendir missing', () => fs.opendirSync(path.join(dir, 'zz'))],
  ['opendir file', () => fs.opendirSync(path.join(dir, 'a'))],
  ['bufferSize 0', () => fs.opendirSync(dir, { bufferSize: 0 })],
  ['bufferSize str', () => fs.opendirSync(dir, { bufferSize: '4' })],
  ['bufferSize float', () => fs.opendirSync(dir, { bufferSize: 1.5 })],
  ['bad path', () => fs.opendirSync(5)],
  ['bad encoding', () => fs.opendirSync(dir, { encoding: 'nah' })],
]) {
  try {
    const r = fn();
    console.log(label, 'ok', r && r.constructor.name);
    if (r && r.closeSync) r.closeSync();
  } catch (e) {
    E(label, e);
  }
}
const small = fs.opendirSync(dir, { bufferSize: 1 });
let count = 0;
while (small.readSync()) count++;
small.closeSync();
console.log('bufferSize 1 count', count);
const bd = fs.opendirSync(dir, { encoding: 'buffer' });
const first = bd.readSync();
console.log('buffer name', Buffer.isBuffer(first.name));
bd.closeSync();
(async () => {
  const d2 = await fs.promises.opendir(dir);
  const seen = [];
  for await (const e of d2) seen.push(e.name);
  console.log('async iter', seen.sort());
  try { await d2.close(); } catch (e) { E('close after iteration', e); }
  try { await d2.read(); } catch (e) { E('read after iteration', e); }
  const d3 = fs.opendirSync(path.join(dir, 'sub'));
  console.log('promise read', (await d3.read()).name, await d3.read());
  await d3.close();
  try { d3.close((err) => E('cb close twice', err)); } catch (e) { E('close cb twice throws', e); }
  await new Promise((r) => setImmediate(r));
  const d4 = fs.opendirSync(path.join(dir, 'sub'));
  d4.read((err, e) => {
    console.log('cb read', err, e.name);
    d4.read((err2, e2) => {
      console.log('cb read end', err2, e2);
      d4.close((err3) => {
        console.log('cb close', err3);
        fs.opendir(path.join(dir, 'missing'), (err4, d5) => {
          E('cb opendir missing', err4);
          console.log(d5);
          try { fs.opendir(dir); } catch (e) { E('opendir no cb', e); }
          fs.promises.opendir(path.join(dir, 'a')).catch((e) => E('promise opendir file', e));
        });
      });
    });
  });
})();
