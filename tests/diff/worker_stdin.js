// worker_threads: `stdin: true` gives the parent a writable worker.stdin whose bytes are the
// worker's process.stdin (read with listeners, async iteration and readline); without it the
// worker's stdin is empty and ends, and worker.stdin is null.
const { Worker, isMainThread, workerData } = require('worker_threads');
const { Readable } = require('stream');

if (isMainThread) {
  const run = (mode, feed) => new Promise((resolve) => {
    const worker = new Worker(__filename, { workerData: mode, stdin: feed !== undefined, stdout: true });
    let out = '';
    worker.stdout.setEncoding('utf8');
    worker.stdout.on('data', (d) => { out += d; });
    if (feed) feed(worker.stdin);
    worker.on('exit', (code) => {
      console.log(`${mode}: stdin ${worker.stdin === null ? 'null' : typeof worker.stdin.write} exit ${code}\n  ${out.trim().split('\n').join('\n  ')}`);
      resolve();
    });
  });
  (async () => {
    await run('listeners', (stdin) => {
      stdin.write('first ');
      stdin.write(Buffer.from('second\n'));
      stdin.end('third\n');
    });
    await run('iterate', (stdin) => Readable.from(['a\n', 'b\n', 'c\n']).pipe(stdin));
    await run('readline', (stdin) => stdin.end('one\ntwo\n\nfour'));
    await run('none');
  })();
} else {
  const mode = workerData;
  if (mode === 'listeners' || mode === 'none') {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d) => { text += d; });
    process.stdin.on('end', () => console.log('read', JSON.stringify(text)));
  } else if (mode === 'iterate') {
    (async () => {
      const chunks = [];
      for await (const chunk of process.stdin) chunks.push(String(chunk));
      console.log('chunks joined', JSON.stringify(chunks.join('')));
    })();
  } else {
    const rl = require('readline').createInterface({ input: process.stdin });
    const lines = [];
    rl.on('line', (line) => lines.push(line));
    rl.on('close', () => console.log('lines', JSON.stringify(lines)));
  }
}
