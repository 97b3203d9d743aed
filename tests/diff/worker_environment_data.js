// worker_threads environment data and identity: setEnvironmentData values copied into workers
// (set before vs after creation, deletion with undefined, nested workers), threadId in both
// directions, env options (SHARE_ENV, null, objects) and their argument errors.
// (SHARE_ENV's writes back from the worker are not checked: the runtime copies the env.)
const wt = require('worker_threads');
const { Worker, isMainThread, parentPort, workerData, threadId, SHARE_ENV, getEnvironmentData, setEnvironmentData } = wt;

if (!isMainThread) {
  const role = workerData.role;
  if (role === 'env-data') {
    parentPort.postMessage({ a: getEnvironmentData('a'), b: getEnvironmentData('b'), map: getEnvironmentData('map'), late: getEnvironmentData('late'), gone: getEnvironmentData('gone'), tid: threadId, wtid: wt.threadId });
  } else if (role === 'share') {
    parentPort.postMessage([process.env.FROM_PARENT, process.env.TO_DELETE]);
  } else if (role === 'copy') {
    parentPort.postMessage([process.env.FROM_PARENT, process.env.ONLY_HERE, process.env.NUM]);
    process.env.FROM_WORKER_COPY = 'not seen by parent';
  } else if (role === 'nested') {
    setEnvironmentData('a', 'changed in worker');
    const inner = new Worker(__filename, { workerData: { role: 'env-data' } });
    inner.on('message', (m) => parentPort.postMessage({ innerA: m.a, innerTidBigger: m.tid > threadId }));
  }
  return;
}

const run = (options) => new Promise((resolve) => {
  const w = new Worker(__filename, options);
  const got = [];
  w.on('message', (m) => got.push(m));
  w.on('exit', (code) => resolve({ w, got, code }));
});

(async () => {
  console.log('main threadId', threadId, getEnvironmentData('nothing'));
  setEnvironmentData('a', 1);
  setEnvironmentData('b', { nested: [1, 2] });
  setEnvironmentData('map', new Map([['k', 'v']]));
  setEnvironmentData('gone', 'x');
  setEnvironmentData('gone', undefined);
  console.log('main sees', getEnvironmentData('a'), getEnvironmentData('b'), getEnvironmentData('gone'));
  const first = await run({ workerData: { role: 'env-data' } });
  const [m] = first.got;
  console.log('worker saw', m.a, m.b, m.map, m.late, m.gone, m.tid === first.w.threadId, m.tid === m.wtid, first.code);
  console.log('threadId after exit', first.w.threadId === m.tid ? 'kept' : first.w.threadId);
  setEnvironmentData('late', 'added later');
  const second = await run({ workerData: { role: 'env-data' } });
  console.log('second worker', second.got[0].late, second.got[0].tid > m.tid);
  const nested = await run({ workerData: { role: 'nested' } });
  console.log('nested', nested.got[0], 'main still', getEnvironmentData('a'));

  process.env.FROM_PARENT = 'parent value';
  process.env.TO_DELETE = 'delete me';
  const shared = await run({ workerData: { role: 'share' }, env: SHARE_ENV });
  console.log('SHARE_ENV', shared.got[0]);
  const nullEnv = await run({ workerData: { role: 'copy' }, env: null });
  console.log('env null', nullEnv.got[0], process.env.FROM_WORKER_COPY);

  const copied = await run({ workerData: { role: 'copy' }, env: { FROM_PARENT: 'custom', ONLY_HERE: 'yes', NUM: 5 } });
  console.log('env object', copied.got[0], process.env.FROM_WORKER_COPY);
  const defaults = await run({ workerData: { role: 'copy' } });
  console.log('default env', defaults.got[0], process.env.FROM_WORKER_COPY);

  for (const bad of [() => new Worker(__filename, { env: 'x' }), () => new Worker(__filename, { env: 5 }), () => new Worker(__filename, { env: Symbol('no') })]) {
    try { const w = bad(); console.log('no error'); await w.terminate(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  console.log(typeof SHARE_ENV, String(SHARE_ENV));
})();
