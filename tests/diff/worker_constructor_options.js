// new Worker's arguments: a file URL, eval with code, argv and execArgv, workerData with and
// without a transferList, and the errors for bad values (paths, URLs of other schemes, option
// types; resourceLimits that are not numbers are ignored). Relative paths are not tried: the
// packed runtime finds worker modules by the path the bundler saw.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
const { pathToFileURL } = require('url');

if (!isMainThread) {
  const d = workerData;
  const info = {
    argv: process.argv.slice(2),
    data: d && d.buffer ? [d.buffer.byteLength, new Uint8Array(d.buffer)[0], d.label] : d,
  };
  parentPort.postMessage(info);
  return;
}

const run = (label, file, options) => new Promise((resolve) => {
  let w;
  try {
    w = new Worker(file, options);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
    return resolve();
  }
  const events = [];
  w.on('message', (m) => events.push(JSON.stringify(m)));
  w.on('error', (e) => events.push(`error ${e.name} ${e.code}`));
  w.on('exit', (code) => {
    console.log(label, events.join(' | '), 'exit', code);
    resolve();
  });
});

(async () => {
  await run('file URL', pathToFileURL(__filename), { argv: ['x', 2] });
  await run('URL string path', pathToFileURL(__filename).href.slice(7), {});
  const buffer = new ArrayBuffer(8);
  new Uint8Array(buffer)[0] = 9;
  const pending = run('transferList', __filename, { workerData: { buffer, label: 'moved' }, transferList: [buffer] });
  console.log('buffer after start', buffer.byteLength);
  await pending;
  const copied = new ArrayBuffer(4);
  await run('no transferList', __filename, { workerData: { buffer: copied, label: 'copied' } });
  console.log('copied buffer kept', copied.byteLength);
  await run('execArgv', __filename, { execArgv: ['--no-warnings'] });
  await run('eval argv', "require('worker_threads').parentPort.postMessage([process.argv.length, process.argv[1]])", { eval: true, argv: ['p', 'q'] });

  await run('bare name', 'worker.js');
  await run('http URL', new URL('http://example.com/w.js'));
  await run('data: url string', 'data:text/javascript,1');
  await run('number', 42);
  await run('eval non-string', 42, { eval: true });
  await run('options string', __filename, 'opts');
  await run('argv string', __filename, { argv: 'a' });
  await run('execArgv string', __filename, { execArgv: '--x' });
  await run('file:// string', 'file:///tmp/w.js');
  await run('options null', __filename, null);
  await run('transferList bad', __filename, { workerData: 1, transferList: [{}] });
  await run('workerData fn', __filename, { workerData: () => 1 });
  await run('resourceLimits bad', __filename, { resourceLimits: { maxOldGenerationSizeMb: 'big' } });
  await run('resourceLimits type', __filename, { resourceLimits: 5 });
  console.log('main threadId', threadId);
})();
