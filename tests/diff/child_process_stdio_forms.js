// spawn's stdio forms: 'overlapped' and negative numbers (pipes), null/undefined entries, numbers and
// open file streams as descriptors, 'inherit' of the parent's stdout, and what child.stdio,
// stdin/stdout/stderr are for each; windowsHide is accepted and ignored; argv0 and spawnfile.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const done = (child) => new Promise((resolve) => child.on('close', (code, signal) => resolve([code, signal])));
// (Node's pipes are net.Sockets, the runtime's plain streams: only their presence is shown.)
const kinds = (child) => child.stdio.map((s) => (s === null ? 'null' : 'stream')).join(',');
const collect = (stream) => {
  let text = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (d) => { text += d; });
  return () => text;
};

(async () => {
  const over = spawn('sh', ['-c', 'cat; echo err >&2'], { stdio: ['overlapped', 'overlapped', 'pipe'] });
  const overOut = collect(over.stdout);
  const overErr = collect(over.stderr);
  over.stdin.end('through overlapped\n');
  console.log('overlapped', kinds(over), await done(over), JSON.stringify(overOut()), JSON.stringify(overErr()));

  const nulls = spawn('sh', ['-c', 'echo out'], { stdio: [null, undefined, 'ignore'] });
  const nullsOut = collect(nulls.stdout);
  console.log('null/undefined', kinds(nulls), nulls.stderr, await done(nulls), JSON.stringify(nullsOut()));

  const negative = spawn('cat', { stdio: [-1, 'pipe', 'ignore'] });
  const negativeOut = collect(negative.stdout);
  negative.stdin.end('a negative number is a pipe');
  console.log('negative', kinds(negative), await done(negative), JSON.stringify(negativeOut()));

  const file = path.join(os.tmpdir(), `stdio-forms-${process.pid}.txt`);
  const fd = fs.openSync(file, 'w');
  const toFile = spawn('sh', ['-c', 'echo to-file; echo err-to-file >&2'], { stdio: ['ignore', fd, fd] });
  console.log('fd numbers', kinds(toFile), toFile.stdout, await done(toFile));
  fs.closeSync(fd);
  console.log('file has', JSON.stringify(fs.readFileSync(file, 'utf8')));

  const stream = fs.createWriteStream(file);
  await new Promise((r) => stream.once('open', r));
  const toStream = spawn('sh', ['-c', 'echo via-stream'], { stdio: ['ignore', stream, 'ignore'] });
  console.log('stream', kinds(toStream), await done(toStream));
  stream.end();
  await new Promise((r) => stream.once('close', r));
  console.log('file has', JSON.stringify(fs.readFileSync(file, 'utf8')));
  const input = fs.openSync(file, 'r');
  const fromFd = spawn('head', ['-c', '2'], { stdio: [input, 'pipe', 'inherit'] });
  const head = collect(fromFd.stdout);
  console.log('stdin from fd', kinds(fromFd), await done(fromFd), JSON.stringify(head()));
  fs.closeSync(input);
  fs.unlinkSync(file);

  const inherit = spawn('echo', ['inherited line'], { stdio: ['pipe', process.stdout, 'pipe'], windowsHide: true, windowsVerbatimArguments: true });
  // Printed after the child has written its own line to the shared stdout.
  const inheritKinds = kinds(inherit);
  inherit.stdin.end();
  const inheritDone = await done(inherit);
  console.log('inherit kinds', inheritKinds);
  console.log('inherit', inheritDone);

  const named = spawn('sh', ['-c', 'echo $0'], { argv0: 'shown-name', stdio: ['ignore', 'pipe', 'ignore'] });
  const namedOut = collect(named.stdout);
  console.log('argv0', named.spawnfile, named.spawnargs, await done(named), JSON.stringify(namedOut()));

  const shell = spawn('echo "$((1 + 2))"', { shell: true, stdio: ['ignore', 'pipe', 'ignore'] });
  const shellOut = collect(shell.stdout);
  console.log('shell', shell.spawnfile, shell.spawnargs, await done(shell), JSON.stringify(shellOut()));

  for (const bad of [['pipe', 'pipe', 'pipe', 'wat'], [{}], ['ipc', 'ipc']]) {
    const label = JSON.stringify(bad);
    try { const c = spawn('true', { stdio: bad }); console.log('accepted', label); await done(c); } catch (e) { console.log(label, e.name, e.code, e.message); }
  }
})();
