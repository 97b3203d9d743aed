// ChildProcess.kill with signal names, numbers and bad values (ERR_UNKNOWN_SIGNAL, types), its
// return value before and after the exit, and exitCode/signalCode/killed through a child's life;
// process.kill on a child pid with signal 0 and names.
const { spawn } = require('child_process');
const os = require('os');

const life = (child) => new Promise((resolve) => child.on('exit', (code, signal) => resolve([code, signal])));
const state = (c) => `exitCode=${c.exitCode} signalCode=${c.signalCode} killed=${c.killed}`;

(async () => {
  const cases = ['SIGTERM', 'sigint', 'SigHup', 'SIGKILL', 'SIGINT', 'SIGHUP', 'SIGUSR1', 9, 15, 2, undefined];
  for (const sig of cases) {
    const child = spawn('sleep', ['10']);
    const exited = life(child);
    const before = state(child);
    const ret = sig === undefined ? child.kill() : child.kill(sig);
    const [code, signal] = await exited;
    console.log(String(sig).padEnd(9), 'before', before, '| returned', ret, '| exit', code, signal, '|', state(child));
  }

  const child = spawn('sleep', ['10']);
  const exited = life(child);
  for (const bad of ['SIGNOPE', 'TERM', 999, -1, 1.5, {}, null, true]) {
    try {
      console.log('kill', JSON.stringify(bad), 'returned', child.kill(bad));
    } catch (e) {
      console.log('kill', JSON.stringify(bad), e.name, e.code, e.message);
    }
  }
  console.log('still running', state(child));
  console.log('process.kill 0', process.kill(child.pid, 0));
  console.log('kill 0 on child', child.kill(0), state(child));
  try { process.kill(child.pid, 'SIGBOGUS'); } catch (e) { console.log('process.kill', e.name, e.code, e.message); }
  try { process.kill('abc'); } catch (e) { console.log('process.kill', e.name, e.code, e.message); }
  console.log('process.kill SIGTERM', process.kill(child.pid, 'SIGTERM'));
  console.log(await exited, state(child));
  console.log('kill after exit', child.kill(), child.kill('SIGKILL'), state(child));

  // A child that traps SIGTERM exits with a code of its own: killed is still true.
  const trap = spawn('sh', ['-c', 'trap "exit 42" TERM; echo ready; while true; do sleep 0.05; done']);
  await new Promise((r) => trap.stdout.once('data', r));
  const trapExit = life(trap);
  console.log('trap kill returned', trap.kill());
  console.log('trap exit', await trapExit, state(trap));

  // A child that exits by itself: killed stays false.
  const quick = spawn('sh', ['-c', 'exit 3']);
  console.log('self exit', await life(quick), state(quick));
  console.log('signal numbers', os.constants.signals.SIGTERM, os.constants.signals.SIGKILL);
})();
