// Readable internals visible to users: _read call pattern and size argument, hwm growth on large
// read(n), 'readable' re-emission, read() at end, unshift/push ordering, readableLength bookkeeping.
const { Readable, Transform } = require('stream');
const log = [];
const L = (s) => log.push(s);
const steps = [];
const step = (name, fn) => steps.push(() => new Promise((res) => { L('## ' + name); fn(res); }));
step('_read sizes', (done) => {
  let calls = 0;
  const r = new Readable({ highWaterMark: 5, read(size) { calls++; L('_read size=' + size + ' len=' + this.readableLength); if (calls < 4) this.push('abc'); else this.push(null); } });
  r.on('data', (c) => L('data ' + c));
  r.on('end', () => { L('end calls=' + calls); done(); });
});
step('read(n) bigger than hwm', (done) => {
  const r = new Readable({ highWaterMark: 4, read() {} });
  r.push('abcdefgh');
  L('read(6) ' + r.read(6) + ' hwm ' + r.readableHighWaterMark);
  L('read(100) ' + r.read(100) + ' hwm ' + r.readableHighWaterMark);
  r.push('more'); r.push(null);
  setImmediate(() => { L('after end read(100) ' + r.read(100)); done(); });
});
step('readable events', (done) => {
  const r = new Readable({ read() {} });
  let n = 0;
  r.on('readable', () => { n++; const c = r.read(); L('readable #' + n + ' read=' + c + ' ended=' + r.readableEnded); });
  r.push('a');
  setImmediate(() => { r.push('b'); r.push('c'); setImmediate(() => r.push(null)); });
  r.on('end', () => { L('end after ' + n + ' readable events'); done(); });
});
step('read(0) triggers _read', (done) => {
  let calls = 0;
  const r = new Readable({ read() { calls++; } });
  r.read(0);
  setImmediate(() => { L('_read calls after read(0) ' + calls); done(); });
});
step('data before and after pause', (done) => {
  const r = new Readable({ read() {} });
  r.on('data', (c) => { L('data ' + c); if (String(c) === 'b') { r.pause(); setTimeout(() => { L('resuming, buffered ' + r.readableLength); r.resume(); }, 2); } });
  r.push('a'); r.push('b'); r.push('c'); r.push(null);
  r.on('end', () => { L('end'); done(); });
});
step('unshift in readable', (done) => {
  const r = new Readable({ read() {} });
  r.push('hello world'); r.push(null);
  r.once('readable', () => {
    const c = r.read(); const s = String(c); const i = s.indexOf(' ');
    r.unshift(Buffer.from(s.slice(i + 1)));
    L('head ' + s.slice(0, i));
    r.on('data', (d) => L('rest ' + d));
    r.on('end', () => { L('end'); done(); });
  });
});
step('push empty string', (done) => {
  let calls = 0;
  const r = new Readable({ read() { calls++; if (calls === 1) this.push(''); else if (calls === 2) this.push('x'); else this.push(null); } });
  r.on('data', (c) => L('data ' + JSON.stringify(String(c))));
  r.on('end', () => { L('end calls=' + calls); done(); });
});
step('objectMode falsy values', (done) => {
  const r = new Readable({ objectMode: true, read() {} });
  for (const v of [0, '', false, undefined]) r.push(v);
  r.push(null);
  const seen = [];
  r.on('data', (c) => seen.push(c));
  r.on('end', () => { L('falsy ' + JSON.stringify(seen.map((x) => (x === undefined ? 'undef' : x)))); done(); });
});
step('transform push multiple', (done) => {
  const t = new Transform({ transform(c, e, cb) { for (const ch of String(c)) this.push(ch); cb(); } });
  const seen = [];
  t.on('data', (c) => seen.push(String(c)));
  t.on('end', () => { L('split ' + seen.join('|')); done(); });
  t.write('ab'); t.end('c');
});
step('transform callback value and push', (done) => {
  const t = new Transform({ objectMode: true, transform(c, e, cb) { this.push('pushed-' + c); cb(null, 'cb-' + c); } });
  const seen = [];
  t.on('data', (c) => seen.push(c));
  t.on('end', () => { L('both ' + seen.join(',')); done(); });
  t.end('x');
});
step('setEncoding after data buffered', (done) => {
  const r = new Readable({ read() {} });
  r.push(Buffer.from([0xe2, 0x82]));
  r.setEncoding('utf8');
  r.push(Buffer.from([0xac, 0x41]));
  r.push(null);
  let s = '';
  r.on('data', (c) => { s += c; L('chunk type ' + typeof c); });
  r.on('end', () => { L('decoded ' + s); done(); });
});
step('destroy while reading', (done) => {
  const r = new Readable({ read() { setImmediate(() => this.push('late')); } });
  r.on('data', (c) => L('data ' + c));
  r.on('close', () => { L('close, destroyed=' + r.destroyed); done(); });
  r.once('data', () => r.destroy());
});
(async () => { for (const s of steps) await s(); console.log(log.join('\n')); })();
