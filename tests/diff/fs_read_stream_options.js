// fs.createReadStream: start/end ranges, highWaterMark chunking, encodings, fd/autoClose, properties, events and option errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-rso-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const E = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, show(e.message));
const f = path.join(dir, 'data');
fs.writeFileSync(f, 'abcdefghijklmnopqrstuvwxyz');
const collect = (label, opts, extra) => new Promise((resolve) => {
  const rs = fs.createReadStream(f, opts);
  const chunks = [];
  const events = [];
  rs.on('open', (fd) => events.push(`open:${typeof fd}`));
  rs.on('ready', () => events.push('ready'));
  rs.on('data', (c) => chunks.push(typeof c === 'string' ? c : `<${c.length}:${c.toString('latin1')}>`));
  rs.on('end', () => events.push('end'));
  rs.on('error', (e) => { events.push(`error:${e.code}`); });
  rs.on('close', () => {
    events.push('close');
    console.log(label, JSON.stringify(chunks), events.join(','), rs.bytesRead, rs.destroyed, extra ? extra(rs) : '');
    resolve();
  });
});
(async () => {
  const rs0 = fs.createReadStream(f);
  console.log('props', show(rs0.path), rs0.fd, rs0.flags, rs0.mode.toString(8), rs0.start, rs0.end, rs0.pending, rs0.readableHighWaterMark, rs0.autoClose, rs0.bytesRead, rs0 instanceof fs.ReadStream, rs0.readableEncoding);
  rs0.destroy();
  await new Promise((r) => rs0.on('close', r));
  await collect('whole', {});
  await collect('start/end', { start: 3, end: 7 });
  await collect('start only', { start: 20 });
  await collect('end only', { end: 2 });
  await collect('end 0', { end: 0 });
  await collect('start=end', { start: 5, end: 5 });
  await collect('start past eof', { start: 100 });
  await collect('hwm 5', { highWaterMark: 5 });
  await collect('hwm 4 range', { highWaterMark: 4, start: 1, end: 10 });
  await collect('encoding', { encoding: 'hex', end: 3 });
  await collect('string opt', 'base64');
  await collect('setEncoding', {}, (rs) => rs.readableEncoding);
  const fd = fs.openSync(f, 'r');
  await new Promise((resolve) => {
    const rs = fs.createReadStream(null, { fd, autoClose: false, end: 4 });
    const got = [];
    rs.on('data', (c) => got.push(c.toString()));
    rs.on('close', () => console.log('unexpected close with autoClose false'));
    rs.on('end', () => setImmediate(() => {
      let state;
      try { fs.fstatSync(fd); state = 'fd open'; } catch { state = 'fd closed'; }
      console.log('fd no autoClose', got, rs.destroyed, state, rs.path);
      resolve();
    }));
  });
  await collect('fd autoClose', { fd, start: 10, end: 12 }, () => { try { fs.fstatSync(fd); return 'fd open'; } catch { return 'fd closed'; } });
  await new Promise((resolve) => {
    const rs = fs.createReadStream(path.join(dir, 'missing'));
    rs.on('error', (e) => E('missing error', e));
    rs.resume();
    rs.on('close', () => { console.log('missing close', rs.destroyed); resolve(); });
  });
  await new Promise((resolve) => {
    const rs = fs.createReadStream(dir);
    rs.on('error', (e) => E('dir error', e));
    rs.resume();
    rs.on('close', resolve);
  });
  await new Promise((resolve) => {
    const rs = fs.createReadStream(f, { emitClose: false, end: 1 });
    rs.on('data', (c) => console.log('emitClose false data', c.toString()));
    rs.on('end', () => setImmediate(() => { console.log('emitClose false ended', rs.destroyed); resolve(); }));
    rs.on('close', () => console.log('unexpected close'));
  });
  for (const [label, opts] of [
    ['start > end', { start: 5, end: 2 }],
    ['negative start', { start: -1 }],
    ['string start', { start: '1' }],
    ['float end', { end: 1.5 }],
    ['NaN end', { end: NaN }],
    ['bad encoding', { encoding: 'nope' }],
    ['bad fd', { fd: 'x' }],
    ['bad hwm', { highWaterMark: -1 }],
    ['bad flags', { flags: 'qq' }],
    ['bad options', 42],
  ]) {
    try {
      const rs = fs.createReadStream(f, opts);
      console.log(label, 'created');
      rs.on('error', (e) => E(label + ' (event)', e));
      rs.destroy();
    } catch (e) {
      E(label, e);
    }
  }
  try { fs.createReadStream(); } catch (e) { E('no path', e); }
  try { fs.createReadStream(123); } catch (e) { E('number path', e); }
})();
