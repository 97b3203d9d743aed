// cluster: settings (setupPrimary merges, 'setup' events, defaults), scheduling policy
// constants, advanced serialization of messages both ways, send callbacks, messages to a
// worker that is gone, cluster.workers bookkeeping and worker.process fields.
const cluster = require('cluster');

if (cluster.isPrimary) {
  console.log('policy', cluster.schedulingPolicy === cluster.SCHED_RR, cluster.SCHED_NONE, cluster.SCHED_RR);
  console.log('settings before setup', JSON.stringify(cluster.settings));
  cluster.on('setup', (settings) => console.log('setup event', Object.keys(settings).sort().join(','), settings.serialization ?? '-'));
  cluster.setupPrimary({ args: ['one'] });
  cluster.setupPrimary({ serialization: 'advanced' });
  const s = cluster.settings;
  console.log('merged', s.args.join(','), s.serialization, s.silent, typeof s.exec, Array.isArray(s.execArgv), s.windowsHide);
  const worker = cluster.fork();
  worker.on('message', (m) => {
    if (m.kind === 'back') {
      console.log('worker echoed', m.value instanceof Map, m.value.get('big'), m.value.get('set') instanceof Set, m.value.get('date') instanceof Date, m.value.get('buffer'));
      console.log('argv', JSON.stringify(m.argv));
      worker.send({ kind: 'bye' }, (err) => console.log('send callback', err));
    }
  });
  worker.on('exit', (code) => {
    console.log('exit', code, Object.keys(cluster.workers).length);
    try {
      worker.send('too late', (err) => console.log('late callback', err && err.code));
    } catch (err) {
      console.log('late send threw', err.code);
    }
    console.log('process fields', worker.process.connected, typeof worker.process.pid, worker.process.killed);
  });
  worker.on('online', () => {
    const value = new Map([['big', 12345678901234567890n], ['set', new Set([1, 2])], ['date', new Date(0)], ['buffer', new Uint8Array([1, 2, 3])]]);
    worker.send({ kind: 'value', value });
  });
} else {
  process.on('message', (m) => {
    if (m.kind === 'value') process.send({ kind: 'back', value: m.value, argv: process.argv.slice(2) });
    if (m.kind === 'bye') process.disconnect();
  });
}
