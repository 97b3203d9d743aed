// process.umask value forms and errors; process.kill pid/signal validation, signal numbers, and OS errors.
const orig = process.umask();
for (const v of [0o022, '077', '0o7', '0777', '777', 0, 0o777, 0o1777, '1777', '8', '0x1f', '', -1, 2 ** 32, 1.5, null, undefined, {}, true, '  22']) {
  try {
    const prev = process.umask(v);
    console.log('umask', JSON.stringify(v) ?? String(v), 'ok', typeof prev, process.umask().toString(8));
  } catch (e) {
    console.log('umask', JSON.stringify(v) ?? String(v), e.name, e.code, e.message);
  }
}
process.umask(orig);
console.log('restored', process.umask() === orig);
const pid = process.pid;
for (const [label, args] of [
  ['self 0', [pid, 0]],
  ['self "0"', [pid, '0']],
  ['self SIGCONT', [pid, 'SIGCONT']],
  ['self 18', [pid, 18]],
  ['pid string', [String(pid), 0]],
  ['pid float', [1.5, 0]],
  ['pid NaN', [NaN, 0]],
  ['pid object', [{}, 0]],
  ['pid undefined', []],
  ['pid Infinity', [Infinity]],
  ['bad name', [pid, 'SIGFOO']],
  ['lowercase name', [pid, 'sigterm']],
  ['no SIG prefix', [pid, 'TERM']],
  ['bad number', [pid, 999]],
  ['negative signal', [pid, -1]],
  ['float signal', [pid, 1.5]],
  ['object signal', [pid, {}]],
  ['missing pid ESRCH', [2 ** 31 - 2, 'SIGTERM']],
  ['missing pid 0', [2 ** 31 - 2, 0]],
]) {
  try {
    console.log(label, 'ok', process.kill(...args));
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.syscall, e.message);
  }
}
process.on('SIGUSR2', (sig, num) => console.log('got', sig, num));
process.kill(pid, 'SIGUSR2');
setTimeout(() => process.removeAllListeners('SIGUSR2'), 20);
