// readline.Interface over plain streams: line events for every line ending, pause/resume and
// close events, a prompt written to the output, question() answers, history off a terminal,
// and the async iterator stopping early.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
const shown = [];
output.on('data', (d) => shown.push(JSON.stringify(d.toString())));
const rl = readline.createInterface({ input, output, prompt: '> ' });
const events = [];
for (const name of ['pause', 'resume', 'close', 'history']) rl.on(name, (...a) => events.push(`${name}${a.length ? ` ${JSON.stringify(a)}` : ''}`));
rl.on('line', (line) => events.push(`line ${JSON.stringify(line)}`));
console.log(rl.getPrompt(), rl.terminal, typeof rl.line, rl.cursor);
rl.setPrompt('$ ');
rl.prompt();
input.write('first\nsecond\r\nthird\rfourth');
rl.pause();
rl.resume();
input.write(' continued\n');
rl.question('name? ', (answer) => {
  events.push(`answer ${JSON.stringify(answer)}`);
  input.end('last line without newline');
});
input.write('Ada\n');
rl.on('close', () => {
  console.log(events.join('\n'));
  console.log(shown.join(' '));
  const again = readline.createInterface({ input: PassThrough.from ? require('stream').Readable.from(['a\nb\n', 'c\nd\n']) : null });
  (async () => {
    const seen = [];
    for await (const line of again) {
      seen.push(line);
      if (line === 'c') break;
    }
    console.log('iterated', seen, again.closed);
  })();
});
