// A worker over its resourceLimits is stopped with ERR_WORKER_OUT_OF_MEMORY; the parent lives on.
const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { resourceLimits: { maxOldGenerationSizeMb: 16 } });
  w.on('error', (e) => console.log('error', e.name, e.code, e.message));
  w.on('exit', (code) => console.log('exit', code, w.resourceLimits.maxOldGenerationSizeMb));
  w.on('exit', () => setImmediate(() => console.log('parent still alive')));
} else {
  const keep = [];
  for (;;) keep.push(new Array(1e5).fill(Math.random()));
}
