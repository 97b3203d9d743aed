// fs streams: write then read back, ranges, piping, events and errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { pipeline } = require('stream/promises');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-fss-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const file = path.join(dir, 'out.txt');
const ws = fs.createWriteStream(file);
ws.on('open', (fd) => console.log('write stream open', typeof fd));
ws.on('ready', () => console.log('write stream ready'));
ws.write('hello ');
ws.write(Buffer.from('stream '));
ws.end('world\n', () => {
  console.log('write stream finished', ws.bytesWritten, show(ws.path));
  const rs = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 4 });
  const chunks = [];
  rs.on('data', (c) => chunks.push(c));
  rs.on('end', () => {
    console.log('read chunks', chunks, rs.bytesRead);
    const ranged = fs.createReadStream(file, { start: 6, end: 11 });
    let text = '';
    ranged.on('data', (c) => (text += c));
    ranged.on('close', async () => {
      console.log('ranged', JSON.stringify(text));
      const copy = path.join(dir, 'copy.txt');
      await pipeline(fs.createReadStream(file), fs.createWriteStream(copy));
      console.log('copied', fs.readFileSync(copy, 'utf8'));
      const missing = fs.createReadStream(path.join(dir, 'missing'));
      missing.on('error', (e) => console.log('error event', e.code, show(e.message)));
      // One chain at a time: concurrent file operations finish in any order, in Node too.
      missing.on('close', () => {
        console.log('closed after error');
        const appender = fs.createWriteStream(copy, { flags: 'a' });
        appender.end('appended\n');
        appender.on('finish', () => console.log('after append', JSON.stringify(fs.readFileSync(copy, 'utf8'))));
      });
    });
  });
});
