// readline: keypress events, multi-byte characters split across chunks, promisified question,
// terminal history, signal option, write(), errors from the input.
const readline = require('readline');
const util = require('util');
const { Readable, PassThrough } = require('stream');
(async () => {
  const keys = new PassThrough();
  readline.emitKeypressEvents(keys);
  const seen = [];
  keys.on('keypress', (s, k) => seen.push([s, k.name, k.ctrl, k.meta, k.shift, k.sequence]));
  keys.write('aB \r\n\t\x7f\x03\x1b[A\x1b[D\x1b[3~\x1bx€');
  await new Promise((r) => setImmediate(r));
  for (const k of seen) console.log(JSON.stringify(k));

  const euro = Buffer.from('€uro\nnä\n');
  const rl = readline.createInterface({ input: Readable.from([euro.subarray(0, 1), euro.subarray(1, 5), euro.subarray(5)]) });
  for await (const line of rl) console.log('mb', line, line.length);

  const out = new PassThrough(); let w = ''; out.on('data', (d) => { w += d; });
  const rl2 = readline.createInterface({ input: new PassThrough(), output: out, prompt: '$ ' });
  const ask = util.promisify(rl2.question).bind(rl2);
  const pending = ask('who? ');
  rl2.write('me\n');
  console.log('promisified', await pending, JSON.stringify(w));
  rl2.on('line', (l) => console.log('after question', l));
  rl2.write('more\r\n');
  rl2.close();

  const input = new PassThrough();
  const rl3 = readline.createInterface({ input, terminal: true, historySize: 2, removeHistoryDuplicates: true });
  rl3.on('history', (h) => console.log('history', JSON.stringify(h)));
  input.write('one\ntwo\none\nthree\n\n');
  await new Promise((r) => setImmediate(r));
  console.log('line/cursor', JSON.stringify(rl3.line), rl3.cursor);
  input.write('partial');
  await new Promise((r) => setImmediate(r));
  console.log('line/cursor', JSON.stringify(rl3.line), rl3.cursor);
  rl3.close();

  const ac = new AbortController();
  const rl4 = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
  rl4.on('close', () => console.log('closed by signal', rl4.closed));
  ac.abort();

  const bad = new PassThrough();
  const rl5 = readline.createInterface({ input: bad });
  rl5.on('error', (e) => console.log('input error', e.message));
  bad.emit('error', new Error('boom'));
  rl5.close();
  try { readline.createInterface({ input: new PassThrough(), historySize: -1 }); } catch (e) { console.log(e.code, e.name, e.message); }
  try { readline.cursorTo(new PassThrough(), 1, 1, 'x'); } catch (e) { console.log(e.code, e.message); }
  console.log(readline.cursorTo(null, 1), readline.moveCursor(new PassThrough(), 0, 0), readline.cursorTo(new PassThrough()));
})();
