// FileHandle: close() waits for reads and writes already started; a bigint position reads on from the current offset (Node 20); times before 1970 kept with their fraction.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-fhc-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
(async () => {
  const file = path.join(dir, 'a.txt');
  fs.writeFileSync(file, 'hello world');
  const fh = await fsp.open(file, 'r+');
  const reading = fh.read(Buffer.alloc(5), 0, 5, 0);
  const writing = fh.write('HELLO', 0);
  const closing = fh.close();
  const [r, w] = await Promise.all([reading, writing]);
  await closing;
  console.log('read', r.bytesRead, 'wrote', w.bytesWritten, 'fd after close', fh.fd);
  console.log('content', fs.readFileSync(file, 'utf8'));
  try {
    await fh.read(Buffer.alloc(1), 0, 1, 0);
  } catch (e) {
    console.log('after close', e.code, e.syscall);
  }
  const fh2 = await fsp.open(file, 'r');
  const big = await fh2.read(Buffer.alloc(5), 0, 5, 6n);
  console.log('bigint position', big.bytesRead, big.buffer.toString());
  await fh2.close();
  fs.utimesSync(file, new Date(-1500), new Date(-2250));
  const st = fs.statSync(file);
  console.log('before 1970', st.atime.toISOString(), st.mtime.toISOString(), st.mtimeMs);
})();
