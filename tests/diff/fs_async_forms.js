// fs callback and promise forms, FileHandle, and the order of their callbacks.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-fsa-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const f = path.join(dir, 'data.txt');
console.log(fsp === fs.promises, typeof fsp.open, typeof fsp.FileHandle);
fs.writeFile(f, 'first', (err) => {
  console.log('writeFile cb', err);
  process.nextTick(() => console.log('tick inside io callback'));
  Promise.resolve().then(() => console.log('promise inside io callback'));
  setImmediate(() => console.log('immediate inside io callback'));
  fs.appendFile(f, ' second', () => {
    fs.readFile(f, 'utf8', (err2, text) => {
      console.log('readFile cb', err2, text);
      fs.stat(f, (err3, st) => {
        console.log('stat cb', err3, st.size, st.isFile());
        fs.readdir(dir, (err4, names) => {
          console.log('readdir cb', err4, names);
          descriptors();
        });
      });
    });
  });
});
// Run one chain at a time: concurrent operations finish in whatever order the pool gives.
const descriptors = () => fs.open(f, 'w+', (err, fd) => {
  console.log('open cb', err, typeof fd);
  fs.write(fd, 'xyz', (err2, n, str) => {
    console.log('write cb', err2, n, str);
    fs.read(fd, Buffer.alloc(3), 0, 3, 0, (err3, bytes, buf) => {
      console.log('read cb', err3, bytes, buf.toString());
      fs.close(fd, (err4) => {
        console.log('close cb', err4);
        promiseForms();
      });
    });
  });
});
const promiseForms = async () => {
  const g = path.join(dir, 'handle.txt');
  const handle = await fsp.open(g, 'w+');
  console.log(typeof handle.fd, (await handle.write('hello handle')).bytesWritten);
  const { bytesRead, buffer } = await handle.read(Buffer.alloc(5), 0, 5, 6);
  console.log(bytesRead, buffer.toString());
  console.log((await handle.stat()).size);
  await handle.truncate(5);
  await handle.close();
  console.log(await fsp.readFile(g, 'utf8'));
  await fsp.writeFile(g, 'replaced');
  await fsp.appendFile(g, '+');
  console.log(await fsp.readFile(g, { encoding: 'utf8' }), (await fsp.stat(g)).size);
  await fsp.mkdir(path.join(dir, 'p/q'), { recursive: true });
  console.log((await fsp.readdir(dir)).sort());
  await fsp.rm(path.join(dir, 'p'), { recursive: true });
  try {
    await fsp.access(path.join(dir, 'p'));
  } catch (e) {
    console.log('access rejected', e.code);
  }
  fs.exists(g, (found) => console.log('exists cb', found));
};
