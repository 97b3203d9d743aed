// fs.createWriteStream: flags, start, encodings, bytesWritten/pending, fd use, end/close/finish order, and errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-wso-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const E = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, show(e.message));
const p = (...a) => path.join(dir, ...a);
const finish = (ws) => new Promise((resolve) => {
  const ev = [];
  ws.on('open', () => ev.push('open'));
  ws.on('ready', () => ev.push('ready'));
  ws.on('finish', () => ev.push('finish'));
  ws.on('error', (e) => ev.push(`error:${e.code}`));
  ws.on('close', () => { ev.push('close'); resolve(ev.join(',')); });
});
(async () => {
  const ws0 = fs.createWriteStream(p('a'));
  console.log('props', show(ws0.path), ws0.fd, ws0.flags, ws0.mode.toString(8), ws0.start, ws0.pending, ws0.bytesWritten, ws0.writableHighWaterMark, ws0 instanceof fs.WriteStream, ws0.autoClose);
  const w1 = ws0.write('hello ');
  const w2 = ws0.write(Buffer.from('world'));
  ws0.end('!');
  const ev0 = await finish(ws0);
  console.log('basic', w1, w2, ev0, ws0.bytesWritten, ws0.pending, fs.readFileSync(p('a'), 'utf8'));
  const ws1 = fs.createWriteStream(p('a'), { flags: 'a' });
  ws1.end('+appended');
  console.log('append', await finish(ws1), fs.readFileSync(p('a'), 'utf8'));
  const ws2 = fs.createWriteStream(p('a'), { flags: 'r+', start: 2 });
  ws2.end('XY');
  console.log('r+ start', await finish(ws2), fs.readFileSync(p('a'), 'utf8'));
  const ws3 = fs.createWriteStream(p('b'), { encoding: 'hex' });
  ws3.write('414243');
  ws3.write('44', 'utf8');
  ws3.end();
  console.log('encoding', await finish(ws3), fs.readFileSync(p('b'), 'utf8'), ws3.bytesWritten);
  const ws4 = fs.createWriteStream(p('c'), 'latin1');
  ws4.end('\u00e9');
  console.log('string option', await finish(ws4), fs.readFileSync(p('c')).length);
  const fd = fs.openSync(p('d'), 'w');
  const ws5 = fs.createWriteStream(null, { fd, autoClose: false });
  ws5.end('via fd');
  await new Promise((r) => ws5.on('finish', () => setImmediate(r)));
  let st;
  try { fs.fstatSync(fd); st = 'fd open'; } catch { st = 'fd closed'; }
  console.log('fd autoClose false', st, ws5.destroyed, fs.readFileSync(p('d'), 'utf8'));
  fs.closeSync(fd);
  const ws6 = fs.createWriteStream(p('e'), { flags: 'wx' });
  ws6.end('x');
  await finish(ws6);
  const ws7 = fs.createWriteStream(p('e'), { flags: 'wx' });
  ws7.on('error', (e) => E('wx exists', e));
  console.log('wx second', await finish(ws7));
  const ws8 = fs.createWriteStream(p('nodir/f'));
  ws8.on('error', (e) => E('missing dir', e));
  console.log('missing dir events', await finish(ws8));
  const ws9 = fs.createWriteStream(p('g'));
  ws9.end('done');
  ws9.on('error', (e) => E('write after end', e));
  try { ws9.write('more', (err) => E('write after end cb', err)); } catch (e) { E('write after end throw', e); }
  console.log('after end', await finish(ws9));
  const ws10 = fs.createWriteStream(p('h'));
  ws10.on('error', (e) => E('bad chunk event', e));
  try { ws10.write(42); } catch (e) { E('bad chunk', e); }
  try { ws10.write(null); } catch (e) { E('null chunk', e); }
  ws10.destroy();
  console.log('destroy', await finish(ws10), ws10.destroyed);
  const ws11 = fs.createWriteStream(p('i'));
  ws11.close();
  console.log('close without write', await finish(ws11), fs.existsSync(p('i')));
  for (const [label, opts] of [
    ['negative start', { start: -1 }],
    ['string start', { start: '1' }],
    ['bad encoding', { encoding: 'nope' }],
    ['bad fd', { fd: {} }],
    ['bad flags', { flags: 'zz' }],
    ['bad mode', { mode: 'abc' }],
    ['bad options', true],
  ]) {
    try {
      const ws = fs.createWriteStream(p('z'), opts);
      console.log(label, 'created');
      ws.on('error', (e) => E(label + ' (event)', e));
      ws.destroy();
    } catch (e) {
      E(label, e);
    }
  }
})();
