// A spawned child's events in Node's order: 'spawn' before any output, stream 'end'/'close'
// and 'exit' before the child's 'close'; a failed start ('error' with no 'spawn', stdin
// writes failing); a detached, unref'ed child not holding the loop; properties of a child
// without IPC (connected, send, channel, disconnect).
const { spawn } = require('child_process');

const trace = (child, streams = true) => {
  const events = [];
  const add = (e) => events.push(e);
  child.on('spawn', () => add('spawn'));
  child.on('error', (e) => add(`error ${e.code}`));
  child.on('exit', (code, signal) => add(`exit ${code} ${signal}`));
  for (const name of streams ? ['stdout', 'stderr'] : []) {
    const s = child[name];
    if (!s) continue;
    s.once('data', () => add(`${name} data`));
    s.on('end', () => add(`${name} end`));
    s.on('close', () => add(`${name} close`));
  }
  return new Promise((resolve) => child.on('close', (code, signal) => {
    add(`close ${code} ${signal}`);
    resolve(events);
  }));
};

(async () => {
  // Output only after stdin ends: 'spawn' has certainly come first.
  const cat = spawn('sh', ['-c', 'cat; echo done >&2']);
  const catEvents = trace(cat);
  cat.stdin.end('hello');
  const events = await catEvents;
  const pos = (e) => events.indexOf(e);
  console.log('spawn first', pos('spawn') === 0, 'exit before close', pos('exit 0 null') < pos('close 0 null'));
  // (Whether a stream's 'close' comes before the child's 'close' varies in Node itself.)
  console.log('end before stream close', pos('stdout end') < pos('stdout close'), pos('stderr end') < pos('stderr close'));
  console.log('sorted', events.slice().sort());

  const missing = spawn('/nonexistent/cmd-xyz');
  // (Its streams' events are not shown: Node ends them in an order of its own.)
  const missingEvents = trace(missing, false);
  missing.stdin.on('error', (e) => console.log('stdin error', e.code));
  missing.stdin.write('x', (err) => console.log('write callback', err && err.code));
  console.log('missing', await missingEvents, missing.pid, missing.exitCode, missing.killed);

  const plain = spawn('true');
  console.log('no ipc', plain.connected, plain.send, plain.channel, typeof plain.disconnect, plain.stdio.length);
  try { plain.disconnect(); console.log('disconnect did not throw'); } catch (e) { console.log('disconnect', e.name, e.code, e.message); }
  await trace(plain);

  const detached = spawn('sleep', ['0.3'], { detached: true, stdio: 'ignore' });
  detached.unref();
  detached.ref();
  console.log('ref again', await trace(detached));

  const loose = spawn('sleep', ['5'], { detached: true, stdio: 'ignore' });
  loose.unref();
  loose.on('exit', () => console.log('never printed'));
  process.on('exit', () => {
    loose.kill('SIGKILL');
    console.log('main exits with the unref\'ed child running');
  });
})();
