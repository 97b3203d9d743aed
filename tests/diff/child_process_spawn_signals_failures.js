// A child killed by a signal, a child that stops reading its input, and the events of a failed
// start in order. (Whether a write after the child stopped reading fails with EPIPE depends on
// timing under node too, so the write here is what the child reads.)
const { spawn } = require('child_process');
const closed = (child) => new Promise((resolve) => child.on('close', (...a) => resolve(a)));
(async () => {
  const killed = spawn('sh', ['-c', 'kill -TERM $$; sleep 1']);
  // Both listeners from the start: 'close' may follow 'exit' in the same turn.
  const exited = new Promise((r) => killed.on('exit', (...a) => r(a)));
  const killedClosed = closed(killed);
  const exitArgs = await exited;
  console.log('exit', exitArgs, killed.exitCode, killed.signalCode, killed.killed);
  console.log('close', await killedClosed);

  const failed = spawn('/nonexistent/binary', ['a', 'b'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const order = [];
  failed.on('error', (e) => order.push(`error ${e.code} ${e.syscall}`));
  failed.on('exit', () => order.push('exit'));
  failed.on('spawn', () => order.push('spawn'));
  failed.stdout.on('close', () => order.push('stdout close'));
  const [code, signal] = await closed(failed);
  order.push(`close ${code} ${signal}`);
  console.log(order, failed.pid, failed.exitCode);

  const readsOne = spawn('head', ['-c', '3']);
  let got = '';
  readsOne.stdout.on('data', (d) => { got += d; });
  readsOne.stdin.on('error', (e) => console.log('stdin error is', e.code));
  readsOne.stdin.write('abc');
  console.log('head', await closed(readsOne), got);
})();
