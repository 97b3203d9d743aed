// readline/promises: question() answers, an AbortSignal cancelling a question (AbortError)
// and an aborted signal given beforehand; rl.close() rejecting nothing left; Readline
// (cursor helpers collected and committed at once).
const readline = require('readline/promises');
const { PassThrough } = require('stream');

(async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  const shown = [];
  output.on('data', (d) => shown.push(d.toString()));
  const rl = readline.createInterface({ input, output });
  setImmediate(() => input.write('forty-two\n'));
  console.log('answer', await rl.question('what? '));

  const controller = new AbortController();
  const pending = rl.question('never answered? ', { signal: controller.signal });
  setImmediate(() => controller.abort());
  try {
    await pending;
  } catch (e) {
    console.log('aborted', e.name, e.code);
  }
  try {
    await rl.question('late? ', { signal: AbortSignal.abort('already') });
  } catch (e) {
    console.log('pre-aborted', e.name, e.code);
  }
  rl.close();
  console.log('shown', JSON.stringify(shown.join('')));

  const sink = new PassThrough();
  const written = [];
  sink.on('data', (d) => written.push(JSON.stringify(d.toString())));
  const r = new readline.Readline(sink);
  r.cursorTo(3, 2).moveCursor(-1, 1).clearLine(0).clearScreenDown();
  console.log('nothing before commit', written.length);
  await r.commit();
  setImmediate(() => console.log('after commit', written.join(' ')));
})();
