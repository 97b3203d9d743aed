// Worker output: console and process.stdout/stderr in a worker reach the parent in order, through
// worker.stdout/stderr; { stdout: true } keeps them for the parent to read; env is a copy.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (isMainThread) {
  process.env.PACK_WORKER_TEST = 'from parent';
  const first = new Worker(__filename, { workerData: 'piped' });
  // Messages and output travel apart (in Node too): the message is shown at the exit.
  let message;
  first.on('message', (m) => {
    message = m;
  });
  first.on('exit', (code) => {
    console.log('first exit', code, message, process.env.PACK_WORKER_TEST, process.env.SET_IN_WORKER);
    const chunks = [];
    const second = new Worker(__filename, { workerData: 'kept', stdout: true, env: { ONLY: 'this', N: 5 } });
    second.stdout.on('data', (chunk) => chunks.push(chunk));
    second.stdout.on('end', () => console.log('kept:', JSON.stringify(Buffer.concat(chunks).toString())));
    second.on('exit', (code) => console.log('second exit', code, second.stdout.readableEnded));
  });
  console.log('streams', typeof first.stdout.pipe, typeof first.stderr.on, first.stdin);
} else {
  console.log('worker says hello', workerData);
  process.stdout.write('written to stdout\n');
  console.error('worker error line');
  console.log('env', process.env.PACK_WORKER_TEST, process.env.ONLY, process.env.N, Object.keys(process.env).length > 0);
  process.env.SET_IN_WORKER = 'x';
  parentPort.postMessage('done');
}
