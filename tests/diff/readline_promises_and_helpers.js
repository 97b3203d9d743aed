// readline/promises: question, its abort signal, async iteration of lines, the module keys and
// the cursor escape sequences.
const readline = require('readline');
const rlp = require('readline/promises');
const { Readable, PassThrough } = require('stream');
(async () => {
  const rl = readline.createInterface({ input: Readable.from(['one\ntwo\n', 'three']) });
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log(lines);
  const out = new PassThrough(); let w = ''; out.on('data', (d) => { w += d; });
  const rl2 = rlp.createInterface({ input: Readable.from(['yes\n']), output: out });
  console.log('answer', await rl2.question('ok? '), JSON.stringify(w));
  rl2.close();
  const rl3 = rlp.createInterface({ input: new PassThrough() });
  const ac = new AbortController();
  const p = rl3.question('q', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  rl3.close();
  console.log(Object.keys(readline).sort().join(','));
  console.log(Object.keys(rlp).sort().join(','));
  const s = new PassThrough(); let esc = ''; s.on('data', (d) => { esc += d; });
  console.log(readline.cursorTo(s, 3), readline.cursorTo(s, 2, 5), readline.moveCursor(s, -2, 3), readline.moveCursor(s, 4, -1), readline.clearLine(s, -1), readline.clearLine(s, 1), readline.clearLine(s, 0), readline.clearScreenDown(s));
  await new Promise((r) => setImmediate(r));
  console.log(JSON.stringify(esc));
  console.log(readline.Interface.name, typeof readline.promises, readline.promises === rlp);
})();
