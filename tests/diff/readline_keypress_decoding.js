// readline.emitKeypressEvents: how escape sequences, control characters, meta keys and
// multi-byte characters (also split across chunks) decode into (str, key) pairs.
const readline = require('readline');
const { PassThrough } = require('stream');
const tick = () => new Promise((r) => setImmediate(r));
(async () => {
  const s = new PassThrough();
  readline.emitKeypressEvents(s);
  readline.emitKeypressEvents(s);
  const seen = [];
  s.on('keypress', (str, k) => seen.push(JSON.stringify([str, k && k.name, k && k.ctrl, k && k.meta, k && k.shift, k && k.sequence, k && k.code])));
  const inputs = [
    '\x1b[1;5A', '\x1b[1;2B', '\x1b[1;3C', '\x1b[5~', '\x1b[6~', '\x1b[2~', '\x1bOP', '\x1b[15~', '\x1b[24~',
    '\x1b[H', '\x1b[F', '\x1bOH', '\x1b[7~', '\x1b[8~', '\x1b[a', '\x1b[Z', '\x1b\x1b[A', '\x1bb', '\x1bB',
    '\x01', '\x05', '\x1a', '\x00', '\b', '\x1b\x7f', 'Z', '9', '!', 'ß', '😀', '\r', '\n', '\r\n',
  ];
  for (const seq of inputs) {
    s.write(seq);
    await tick();
  }
  const euro = Buffer.from('€');
  s.write(euro.subarray(0, 2));
  await tick();
  s.write(euro.subarray(2));
  await tick();
  // An escape sequence split across chunks is one key; a lone ESC waits for what follows.
  for (const part of ['\x1b[', '1;5', 'D', '\x1b', 'x', '\x1b', '\x1bOB', '\x1b[1', '5~', '\x1b[99~', '\x1b[[A']) {
    s.write(part);
    await tick();
    seen.push(`after ${JSON.stringify(part)}: ${seen.length}`);
  }
  for (const line of seen) console.log(line);
  console.log('key object', JSON.stringify(Object.keys((() => { let k; const u = new PassThrough(); readline.emitKeypressEvents(u); u.on('keypress', (x, key) => { k = key; }); u.write('\x1b[A'); return k || {}; })())));
  const thrower = new PassThrough();
  readline.emitKeypressEvents(thrower);
  const got = [];
  thrower.on('keypress', (str) => { got.push(str); if (str === 'b') throw new Error('listener threw'); });
  try { thrower.write('abc'); } catch (e) { console.log('write threw', e.message); }
  await tick();
  thrower.write('d');
  await tick();
  console.log('after a throwing listener', got);
  // No keypress listener yet: data is not decoded into keypresses until one is added.
  const t = new PassThrough();
  readline.emitKeypressEvents(t);
  t.on('data', () => {});
  t.write('ab');
  await tick();
  const late = [];
  t.on('keypress', (str) => late.push(str));
  t.write('cd');
  await tick();
  console.log('late listener', late);
})();
