// readline (not a terminal): "\r\n" split across chunks with crlfDelay, lines still emitted
// after pause() and after close() within one chunk, rl.line/cursor, prompt getters, write().
const readline = require('readline');
const { PassThrough } = require('stream');
const tick = () => new Promise((r) => setImmediate(r));
(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  const got = [];
  rl.on('line', (l) => got.push(JSON.stringify(l)));
  console.log('crlfDelay', rl.crlfDelay, 'terminal', rl.terminal, JSON.stringify(rl.line), rl.cursor);
  input.write('a\r');
  await tick();
  input.write('\nb\r');
  await tick();
  input.write('\r\nc');
  await tick();
  console.log('buffered', got.join(' '), JSON.stringify(rl.line), rl.cursor);
  input.write('\n\n\n');
  await tick();
  console.log('after blanks', got.join(' '));
  rl.close();

  for (const d of [undefined, 0, 50, 500, 'x']) {
    try {
      const r = readline.createInterface({ input: new PassThrough(), crlfDelay: d });
      console.log('crlfDelay option', d, '->', r.crlfDelay);
      r.close();
    } catch (e) { console.log('crlfDelay', d, e.code); }
  }

  const in2 = new PassThrough();
  const rl2 = readline.createInterface({ input: in2 });
  const events = [];
  rl2.on('line', (l) => {
    events.push(`line ${l}`);
    if (l === 'b') rl2.pause();
    if (l === 'd') rl2.close();
  });
  for (const e of ['pause', 'resume', 'close']) rl2.on(e, () => events.push(e));
  in2.write('a\nb\nc\nd\ne\nf\n');
  await tick();
  console.log(events.join(', '), rl2.paused, rl2.closed);

  const in3 = new PassThrough();
  const rl3 = readline.createInterface({ input: in3, prompt: 'P> ' });
  const lines3 = [];
  rl3.on('line', (l) => lines3.push(l));
  rl3.on('pause', () => lines3.push('<pause>'));
  rl3.on('resume', () => lines3.push('<resume>'));
  rl3.pause();
  console.log('pause returns this', rl3.pause() === rl3, rl3.resume() === rl3, rl3.resume());
  rl3.pause();
  rl3.write('typed\n');
  rl3.write(Buffer.from('buf\n'));
  in3.write('from input\n');
  await tick();
  console.log(lines3.join('|'), rl3.paused);
  console.log(rl3.getPrompt(), rl3.setPrompt('Q> '), rl3.getPrompt(), typeof rl3.getCursorPos(), JSON.stringify(rl3.getCursorPos()));
  try { rl3.setPrompt(5); console.log('setPrompt number', rl3.getPrompt()); } catch (e) { console.log(e.code); }
  rl3.close();
  console.log('after close', rl3.closed, rl3.paused);
  try { rl3.write('x\n'); } catch (e) { console.log('write after close', e.code, e.message); }
})();
