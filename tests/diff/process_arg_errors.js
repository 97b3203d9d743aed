// process methods validate their arguments with Node's codes and messages.
const attempts = {
  nextTickNotFunction: () => process.nextTick('x'),
  hrtimeBadPrevious: () => process.hrtime('x'),
  hrtimeShortArray: () => process.hrtime([1]),
  hrtimeBigint: () => typeof process.hrtime.bigint(),
  cpuUsageBadPrevious: () => process.cpuUsage({ user: 'a', system: 1 }),
  cpuUsageNegative: () => process.cpuUsage({ user: -1, system: 1 }),
  emitWarningNumber: () => process.emitWarning(5),
  emitWarningBadType: () => process.emitWarning('w', 5),
  chdirNumber: () => process.chdir(5),
  exitCodeString: () => { process.exitCode = 'abc'; },
  exitCodeFloat: () => { process.exitCode = 1.5; },
  umaskBad: () => process.umask('89'),
  umaskString: () => process.umask('022') >= 0,
  setCaptureBad: () => process.setUncaughtExceptionCaptureCallback(5),
  envSymbolKey: () => { process.env[Symbol('k')] = 1; },
  memoryUsageRss: () => typeof process.memoryUsage.rss(),
  resourceUsage: () => typeof process.resourceUsage().maxRSS,
};
for (const [name, f] of Object.entries(attempts)) {
  try {
    console.log(name, 'ok', f());
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
process.exitCode = undefined;
process.umask(0o022);
try {
  process.emitWarning('w', 'T', 5);
} catch (e) {
  console.log('emitWarning code', e.code, e.message);
}
process.emitWarning('with ctor', function ctor() {});
process.emitWarning('typed', { type: 'CustomWarning', code: 'C1', detail: 'more' });
console.log('has capture', process.hasUncaughtExceptionCaptureCallback());
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('uncaughtException', (err) => console.log('listener should not run', err.message));
process.setUncaughtExceptionCaptureCallback((err) => {
  console.log('captured', err.message);
  if (err.message === 'second') {
    process.setUncaughtExceptionCaptureCallback(null);
    console.log('has capture', process.hasUncaughtExceptionCaptureCallback());
  }
});
try {
  process.setUncaughtExceptionCaptureCallback(() => {});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log('has capture', process.hasUncaughtExceptionCaptureCallback());
setTimeout(() => {
  throw new Error('first');
}, 1);
setTimeout(() => {
  throw new Error('second');
}, 3);
setTimeout(() => console.log('still running'), 6);
