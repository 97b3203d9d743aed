// fs: directories (recursive mkdir and readdir, Dirent, opendir), links, stats, chmod, utimes.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-fsd-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => (typeof s === 'string' ? s.replaceAll(dir, '<tmp>') : s);
console.log(show(fs.mkdirSync(path.join(dir, 'a/b/c'), { recursive: true })), fs.mkdirSync(path.join(dir, 'a'), { recursive: true }));
fs.writeFileSync(path.join(dir, 'a/file.txt'), 'content');
fs.writeFileSync(path.join(dir, 'a/b/deep.txt'), 'deep');
fs.symlinkSync(path.join(dir, 'a/file.txt'), path.join(dir, 'link'));
fs.linkSync(path.join(dir, 'a/file.txt'), path.join(dir, 'hard'));
console.log(fs.readdirSync(dir).sort(), fs.readdirSync(path.join(dir, 'a'), { recursive: true }).sort());
const dirents = fs.readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
console.log(dirents.map((d) => [d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), show(d.parentPath)]));
console.log(fs.readdirSync(dir, { encoding: 'buffer' }).length, Buffer.isBuffer(fs.readdirSync(dir, 'buffer')[0]));
console.log(show(fs.readlinkSync(path.join(dir, 'link'))), show(fs.realpathSync(path.join(dir, 'link'))), show(fs.realpathSync.native(path.join(dir, 'a/b/..'))));
const st = fs.statSync(path.join(dir, 'link'));
const lst = fs.lstatSync(path.join(dir, 'link'));
console.log(st.isFile(), lst.isSymbolicLink(), st.size, st.nlink, lst.isFile(), typeof st.mtimeMs, st.mtime instanceof Date, Object.keys(st));
const big = fs.statSync(path.join(dir, 'a/file.txt'), { bigint: true });
console.log(big.constructor.name, typeof big.size, typeof big.mtimeNs, big.size === 7n, Object.keys(big).length);
fs.chmodSync(path.join(dir, 'a/file.txt'), 0o600);
console.log((fs.statSync(path.join(dir, 'a/file.txt')).mode & 0o777).toString(8));
fs.chmodSync(path.join(dir, 'a/file.txt'), '644');
console.log((fs.statSync(path.join(dir, 'a/file.txt')).mode & 0o777).toString(8));
fs.utimesSync(path.join(dir, 'a/file.txt'), 1000, new Date(2000000));
const t = fs.statSync(path.join(dir, 'a/file.txt'));
console.log(t.atimeMs, t.mtimeMs, t.mtime.toISOString());
fs.accessSync(path.join(dir, 'a/file.txt'), fs.constants.R_OK | fs.constants.W_OK);
console.log('accessible', fs.constants.F_OK, fs.R_OK);
const d = fs.opendirSync(path.join(dir, 'a'));
const names = [];
let entry;
while ((entry = d.readSync()) !== null) names.push(entry.name);
d.closeSync();
console.log(names.sort(), show(d.path));
(async () => {
  const names2 = [];
  for await (const e of await fs.promises.opendir(path.join(dir, 'a'))) names2.push(e.name);
  console.log('async dir', names2.sort());
  fs.cpSync(path.join(dir, 'a'), path.join(dir, 'copy'), { recursive: true });
  console.log(fs.readdirSync(path.join(dir, 'copy'), { recursive: true }).sort());
  try {
    fs.cpSync(path.join(dir, 'a'), path.join(dir, 'copy2'));
  } catch (e) {
    console.log(e.code, show(e.message));
  }
  fs.rmSync(path.join(dir, 'copy'), { recursive: true });
  fs.rmdirSync(path.join(dir, 'a/b/c'));
  console.log(fs.existsSync(path.join(dir, 'copy')), fs.existsSync(path.join(dir, 'a/b/c')));
})();
