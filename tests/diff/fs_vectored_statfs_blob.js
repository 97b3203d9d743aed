// fs.readv/writev (sync, callback, FileHandle), fs.statfs (all forms, bigint) and fs.openAsBlob, with their errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-vec-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const file = path.join(dir, 'v.txt');
const report = (name, e) => console.log(name, e.name, e.code, e.errno, e.syscall, show(e.path), show(e.message));
(async () => {
  const fd = fs.openSync(file, 'w+');
  console.log('writevSync', fs.writevSync(fd, [Buffer.from('abc'), new Uint8Array([100, 101]), Buffer.alloc(0)]));
  console.log('writevSync at 1', fs.writevSync(fd, [Buffer.from('XY')], 1));
  console.log('writevSync empty', fs.writevSync(fd, []));
  console.log('content', fs.readFileSync(file, 'utf8'));
  const a = Buffer.alloc(2);
  const b = Buffer.alloc(10);
  console.log('readvSync', fs.readvSync(fd, [a, b], 0), a.toString(), b.toString('utf8', 0, 3));
  const c = Buffer.alloc(3);
  console.log('readvSync at 3', fs.readvSync(fd, [c], 3), c.toString());
  console.log('readvSync past end', fs.readvSync(fd, [Buffer.alloc(4)], 100));
  await new Promise((resolve) => fs.writev(fd, [Buffer.from('12'), Buffer.from('34')], 0, (err, n, bufs) => {
    console.log('writev cb', err, n, bufs.length);
    resolve();
  }));
  await new Promise((resolve) => {
    const d = Buffer.alloc(3);
    const e = Buffer.alloc(3);
    fs.readv(fd, [d, e], 0, (err, n, bufs) => {
      console.log('readv cb', err, n, d.toString(), e.toString('utf8', 0, n - 3), bufs[0] === d);
      resolve();
    });
  });
  await new Promise((resolve) => fs.readv(fd, [Buffer.alloc(2)], (err, n) => {
    console.log('readv without position', err, typeof n);
    resolve();
  }));
  fs.closeSync(fd);
  const handle = await fs.promises.open(file, 'r+');
  const w = await handle.writev([Buffer.from('hand'), Buffer.from('le')], 0);
  console.log('handle.writev', w.bytesWritten, w.buffers.length);
  const r = await handle.readv([Buffer.alloc(4), Buffer.alloc(2)], 0);
  console.log('handle.readv', r.bytesRead, r.buffers.map(String));
  try {
    await handle.readv('nope');
  } catch (e) {
    report('handle.readv bad', e);
  }
  await handle.close();
  const errs = {
    writevString: () => fs.writevSync(1, 'x'),
    writevStrings: () => fs.writevSync(1, ['x']),
    writevBadFd: () => fs.writevSync('1', [Buffer.alloc(1)]),
    readvNoCallback: () => fs.readv(1, [Buffer.alloc(1)], 0),
    readvBadFd: () => fs.readvSync(-1, [Buffer.alloc(1)]),
    readvClosedFd: () => fs.readvSync(9999, [Buffer.alloc(1)]),
    writevClosedFd: () => fs.writevSync(9999, [Buffer.alloc(1)]),
    statfsMissing: () => fs.statfsSync(path.join(dir, 'missing')),
    statfsBadPath: () => fs.statfsSync(5),
    statfsNoCallback: () => fs.statfs(dir),
    blobMissing: () => fs.openAsBlob(path.join(dir, 'missing')),
    blobBadPath: () => fs.openAsBlob(5),
    blobBadOptions: () => fs.openAsBlob(file, 5),
    blobBadType: () => fs.openAsBlob(file, { type: 5 }),
  };
  for (const [name, fn] of Object.entries(errs)) {
    try {
      fn();
      console.log(name, 'no error');
    } catch (e) {
      report(name, e);
    }
  }
  const s = fs.statfsSync(dir);
  console.log('statfs', s.constructor.name, Object.keys(s), Object.values(s).every((v) => typeof v === 'number' && v >= 0), s.bsize > 0);
  const big = fs.statfsSync(dir, { bigint: true });
  console.log('statfs bigint', Object.values(big).every((v) => typeof v === 'bigint'), big.type === BigInt(s.type));
  await new Promise((resolve) => fs.statfs(dir, (err, st) => {
    console.log('statfs cb', err, st.constructor.name, st.bsize === s.bsize);
    resolve();
  }));
  console.log('statfs promise', (await fs.promises.statfs(dir, { bigint: true })).constructor.name);
  try {
    await fs.promises.statfs(path.join(dir, 'gone'));
  } catch (e) {
    report('statfs promise missing', e);
  }
  await new Promise((resolve) => fs.statfs(path.join(dir, 'gone'), (err) => {
    report('statfs cb missing', err);
    resolve();
  }));
  fs.writeFileSync(file, 'blob body');
  const pending = fs.openAsBlob(file, { type: 'Text/Plain' });
  console.log('openAsBlob gives', pending instanceof Promise);
  const blob = await pending;
  console.log('blob', blob.constructor.name, blob.size, blob.type, await blob.text(), await blob.slice(5).text());
  const noType = await fs.openAsBlob(file);
  console.log('blob no type', JSON.stringify(noType.type), Buffer.from(await noType.arrayBuffer()).toString());
})();
