// readline (not a terminal): questions while one is pending, prompts and their output,
// question options objects, setPrompt/getPrompt, write() resuming a paused interface,
// line events vs question answers, history never recorded, getCursorPos with columns.
const readline = require('readline');
const { PassThrough } = require('stream');
const tick = () => new Promise((r) => setImmediate(r));
(async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (d) => { shown += d; });
  const rl = readline.createInterface({ input, output, prompt: 'P> ', historySize: 5 });
  const log = [];
  rl.on('line', (l) => log.push(`line ${l}`));
  rl.on('history', (h) => log.push(`history ${h}`));
  for (const e of ['pause', 'resume']) rl.on(e, () => log.push(e));
  rl.question('first? ', (a) => log.push(`answer1 ${a}`));
  rl.question('second? ', (a) => log.push(`answer2 ${a}`));
  console.log('prompt during question', JSON.stringify(rl.getPrompt()));
  input.write('one\ntwo\n');
  await tick();
  console.log('prompt after answer', JSON.stringify(rl.getPrompt()));
  rl.question('with options? ', {}, (a) => log.push(`answer3 ${a}`));
  input.write('three\n');
  await tick();
  rl.question('', (a) => log.push(`answer4 ${JSON.stringify(a)}`));
  input.write('\n');
  await tick();
  rl.setPrompt('new> ');
  rl.prompt();
  rl.prompt(true);
  rl.pause();
  rl.write('written while paused\n');
  console.log('paused after write', rl.paused);
  rl.pause();
  rl.prompt();
  console.log('paused after prompt', rl.paused);
  await tick();
  console.log(log.join('\n'));
  console.log(JSON.stringify(shown));
  console.log('history', rl.history, 'terminal', rl.terminal);
  output.columns = 4;
  console.log('cursor pos', rl.getCursorPos(), rl.columns);
  delete output.columns;
  rl.close();

  const noOut = readline.createInterface({ input: new PassThrough(), output: null, prompt: 'x' });
  noOut.prompt();
  noOut.question('q? ', () => {});
  console.log('no output ok', noOut.getPrompt());
  noOut.close();
  for (const f of [
    () => rl.question('after close', () => {}),
    () => readline.createInterface({ input: new PassThrough(), prompt: 5 }).getPrompt(),
    () => readline.createInterface({ input: new PassThrough(), tabSize: 0 }),
    () => readline.createInterface({ input: new PassThrough(), tabSize: 'x' }),
    () => readline.createInterface({ input: new PassThrough(), tabSize: 2.5 }),
    () => readline.createInterface({ input: new PassThrough(), history: 'x' }),
    () => { const h = ['old']; const r = readline.createInterface({ input: new PassThrough(), history: h, tabSize: 4 }); r.close(); return [r.history === h, r.tabSize]; },
    () => { const r = readline.createInterface({ input: new PassThrough() }); r.close(); return [r.tabSize, r.history, r.historySize, r.escapeCodeTimeout]; },
    () => { const r = readline.createInterface({ input: new PassThrough(), escapeCodeTimeout: 50 }); r.close(); return r.escapeCodeTimeout; },
  ]) {
    try { console.log('result', f()); } catch (e) { console.log(e.code, e.message); }
  }
})();
