// fork() and its IPC channel: argv in the child, messages both ways, send callbacks, the
// channel's errors (closed, already disconnected, bad messages), silent children, a child that
// throws, a killed child, and Node's argument checks for fork and stdio 'ipc'.
const { fork, spawn, spawnSync } = require('child_process');

const role = process.argv[2];
const steps = [];
const step = (name, fn) => steps.push([name, fn]);
const show = (e) => `${e.name} ${e.code} ${e.message}`;

if (role === 'echo') {
  process.on('message', (m) => {
    if (m === 'bye') process.disconnect();
    else process.send({ echo: m, argv: process.argv.slice(2), connected: process.connected });
  });
  // Seen by the parent in the exit code: the child's own output would race the parent's.
  process.on('disconnect', () => {
    process.exitCode = process.connected === false ? 7 : 8;
  });
} else if (role === 'throws') {
  process.send('about to throw');
  setImmediate(() => {
    throw new Error('child failure');
  });
} else if (role === 'silent') {
  console.log('to the piped stdout');
  console.error('to the piped stderr');
  process.send({ silent: true });
} else if (role === 'advanced') {
  process.on('message', (m) => {
    process.send({ type: m.constructor.name, bytes: m.bytes, copy: m.bytes instanceof Uint8Array });
    try {
      process.send({ f() {} });
    } catch (e) {
      process.send(`cannot send: ${e.name}`);
    }
    process.disconnect();
  });
} else if (role === 'sleep') {
  process.send('sleeping');
  setInterval(() => {}, 1000);
} else {
  console.log('parent:', typeof process.send, process.connected, process.channel);

  step('echo', () => new Promise((resolve) => {
    const child = fork(__filename, ['echo', 'a b']);
    console.log('connected', child.connected, typeof child.channel.ref);
    const got = [];
    child.on('message', (m) => {
      got.push(m);
      if (got.length === 3) child.send('bye');
    });
    child.send('one', (err) => console.log('send callback', err));
    child.send({ two: [2] }, undefined, {}, () => console.log('send callback with options'));
    console.log('send returns', child.send(3));
    child.on('disconnect', () => {
      console.log('disconnect event', child.connected);
      console.log(JSON.stringify(got));
      child.send('late', (err) => console.log('late send:', show(err)));
      child.once('error', (err) => console.log('error event:', show(err)));
      child.send('late without callback');
    });
    child.on('exit', (code, signal) => resolve(console.log('exit', code, signal)));
  }));

  step('disconnect twice', () => new Promise((resolve) => {
    const child = fork(__filename, ['echo']);
    child.on('error', (err) => console.log('error event:', show(err)));
    child.disconnect();
    child.disconnect();
    child.on('exit', (code) => resolve(console.log('exit', code)));
  }));

  step('bad messages', () => new Promise((resolve) => {
    const child = fork(__filename, ['echo']);
    for (const message of [undefined, () => 1, Symbol('s'), 1n]) {
      try {
        child.send(message);
      } catch (e) {
        console.log('send', typeof message, show(e));
      }
    }
    try {
      const cyclic = {};
      cyclic.self = cyclic;
      child.send(cyclic);
    } catch (e) {
      console.log('cyclic:', e.name);
    }
    child.disconnect();
    child.on('exit', (code) => resolve(console.log('exit', code)));
  }));

  step('advanced', () => new Promise((resolve) => {
    const child = fork(__filename, ['advanced'], { serialization: 'advanced' });
    child.on('message', (m) => console.log('advanced got', m));
    child.send({ bytes: new Uint8Array([1, 2, 3]) });
    child.on('exit', (code) => resolve(console.log('exit', code)));
  }));

  step('silent', () => new Promise((resolve) => {
    const child = fork(__filename, ['silent'], { silent: true });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('message', (m) => console.log('silent message', m));
    child.on('close', (code) => resolve(console.log('close', code, JSON.stringify(out), JSON.stringify(err))));
  }));

  step('throws', () => new Promise((resolve) => {
    const child = fork(__filename, ['throws'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('message', (m) => console.log('message', m));
    child.on('close', (code) => resolve(console.log('close', code, err.includes('Error: child failure'))));
  }));

  step('killed', () => new Promise((resolve) => {
    const child = fork(__filename, ['sleep']);
    child.on('message', () => child.kill());
    child.on('exit', (code, signal) => resolve(console.log('exit', code, signal, child.connected)));
  }));

  step('argument checks', () => {
    const attempts = [
      () => fork(1),
      () => fork(__filename, 5),
      () => fork(__filename, ['x'], 5),
      () => fork(__filename, { stdio: ['pipe', 'pipe', 'pipe'] }),
      () => spawn('true', [], { serialization: 'x' }),
      () => spawn('true', [], { stdio: ['ipc', 'ipc'] }),
      () => spawnSync('true', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }),
    ];
    for (const attempt of attempts) {
      try {
        attempt();
        console.log('no error');
      } catch (e) {
        console.log(show(e));
      }
    }
  });

  (async () => {
    for (const [name, fn] of steps) {
      console.log(`-- ${name}`);
      await fn();
    }
  })();
}
