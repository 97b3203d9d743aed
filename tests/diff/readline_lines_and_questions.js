// readline: lines split on every line ending (also across chunks), a question taking the first
// line, prompts on the output, events, and use after close.
const readline = require('readline');
const { Readable, PassThrough } = require('stream');
const out = new PassThrough();
let written = '';
out.on('data', (d) => { written += d; });
const input = Readable.from(['alpha\nbe', 'ta\r', '\ngamma\r\ndelta\rep', 'silon']);
const rl = readline.createInterface({ input, output: out, crlfDelay: Infinity });
console.log('terminal', rl.terminal, 'prompt', JSON.stringify(rl.getPrompt()), typeof rl.line, rl.cursor);
for (const ev of ['pause', 'resume', 'close', 'history', 'SIGINT']) rl.on(ev, (...a) => console.log('event', ev, a));
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.setPrompt('> ');
rl.prompt();
rl.question('name? ', (a) => console.log('answer', JSON.stringify(a)));
rl.on('close', () => {
  console.log('written', JSON.stringify(written));
  try { rl.question('x', () => {}); } catch (e) { console.log(e.code, e.message, e.name); }
  try { rl.write('x'); } catch (e) { console.log('write', e.code, e.message); }
  console.log('closed', rl.closed);
});
