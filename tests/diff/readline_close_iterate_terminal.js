// readline after close, an early break from the async iterator, terminal-mode history and
// cursor, option errors, positional arguments.
const readline = require('readline');
const rlp = require('readline/promises');
const { Readable, PassThrough } = require('stream');
(async () => {
  const rl = readline.createInterface({ input: new PassThrough() });
  rl.close();
  for (const f of ['prompt', 'pause', 'resume', 'getPrompt', 'getCursorPos']) {
    try { const r = rl[f](); console.log(f, r === rl ? 'this' : r); } catch (e) { console.log(f, e.code); }
  }
  const rl2 = rlp.createInterface({ input: new PassThrough() });
  rl2.close();
  try { await rl2.question('again'); } catch (e) { console.log('after close', e.code, e.message); }
  const rl3 = readline.createInterface({ input: Readable.from(['a\nb\nc\nd\n']) });
  for await (const l of rl3) { console.log('got', l); if (l === 'b') break; }
  console.log('closed after break', rl3.closed);
  const rl4 = readline.createInterface({ input: Readable.from(['x\ny']), terminal: true, output: new PassThrough() });
  rl4.on('history', (h) => console.log('history', h));
  rl4.on('line', (l) => console.log('tline', l));
  await new Promise((r) => rl4.on('close', r));
  console.log('cursor', rl4.cursor, rl4.terminal, rl4.history);
  try { readline.createInterface({ input: new PassThrough(), completer: 5 }); } catch (e) { console.log(e.code, e.message); }
  try { readline.createInterface({}); } catch (e) { console.log('noinput', e.code, e.message); }
  const rl5 = readline.createInterface(Readable.from(['p\n']), null);
  rl5.on('line', (l) => console.log('positional', l));
})();
