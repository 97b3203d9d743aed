// fork() options: execArgv seen by the child (and process.execArgv by default), env and cwd,
// an AbortSignal (aborted before and after the start) with killSignal, a timeout, stdio as
// a string and with 'ignore'/'inherit', the child's process.send/connected/channel, and the
// exit codes the parent sees.
const { fork } = require('child_process');
const os = require('os');

const role = process.argv[2];
if (role === 'report') {
  process.send({
    argv: process.argv.slice(3),
    execArgv: process.execArgv,
    env: process.env.FORK_VALUE,
    cwd: process.cwd() === os.tmpdir(),
    connected: process.connected,
    channel: typeof process.channel,
    send: typeof process.send,
  });
  process.disconnect();
  return;
} else if (role === 'wait') {
  process.on('SIGINT', () => process.exit(3));
  process.send('waiting');
  setInterval(() => {}, 1000);
  return;
} else if (role === 'exit') {
  process.exitCode = Number(process.argv[3]);
  return;
}

const life = (child) => new Promise((resolve) => {
  const events = [];
  child.on('message', (m) => events.push(`message ${JSON.stringify(m)}`));
  child.on('error', (e) => events.push(`error ${e.name} ${e.code} ${e.message}${e.cause ? ` cause=${e.cause}` : ''}`));
  child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
  child.on('close', (code, signal) => {
    events.push(`close ${code} ${signal}`);
    resolve(events);
  });
});

(async () => {
  console.log('report', await life(fork(__filename, ['report', 'a', 'b c'], { execArgv: ['--no-warnings'], env: { ...process.env, FORK_VALUE: 'from parent' }, cwd: os.tmpdir() })));
  console.log('default execArgv', await life(fork(__filename, ['report'], { stdio: 'inherit' })));
  console.log('stdio ignore', await life(fork(__filename, ['report'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] })));

  const early = new AbortController();
  early.abort('changed my mind');
  console.log('aborted before', await life(fork(__filename, ['wait'], { signal: early.signal })));

  const late = new AbortController();
  const child = fork(__filename, ['wait'], { signal: late.signal, killSignal: 'SIGINT' });
  child.once('message', () => late.abort());
  console.log('aborted later', await life(child), child.killed, child.signalCode, child.exitCode);

  const timed = fork(__filename, ['wait'], { timeout: 100 });
  // (Whether the child got to say 'waiting' before the timeout depends on the machine's load.)
  console.log('timeout', (await life(timed)).filter((e) => !e.startsWith('message')), timed.killed);

  for (const code of ['0', '7']) console.log('exit', code, await life(fork(__filename, ['exit', code])));

  for (const bad of [{ signal: 'x' }, { silent: 'yes', stdio: 5 }, { serialization: 'xml' }, { killSignal: 'NOPE' }]) {
    try { const c = fork(__filename, ['exit', '0'], bad); console.log('accepted', JSON.stringify(bad)); await life(c); } catch (e) { console.log(JSON.stringify(bad), e.name, e.code, e.message); }
  }
})();
