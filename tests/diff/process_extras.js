// process: hrtime, memory and cpu usage shapes, umask, chdir, ids, uptime, misc.
const [s, ns] = process.hrtime();
console.log(Number.isInteger(s), ns >= 0 && ns < 1e9, typeof process.hrtime.bigint());
const start = process.hrtime();
const diff = process.hrtime(start);
console.log(diff[0] >= 0, diff.length);
try {
  process.hrtime(1);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  process.hrtime([1]);
} catch (e) {
  console.log(e.code, e.message);
}
const mem = process.memoryUsage();
console.log(Object.keys(mem), mem.rss > 0, mem.heapUsed <= mem.heapTotal, typeof process.memoryUsage.rss());
const cpu = process.cpuUsage();
console.log(Object.keys(cpu), typeof process.cpuUsage(cpu).user);
try {
  process.cpuUsage({ user: -1, system: 0 });
} catch (e) {
  console.log(e.code, e.message);
}
console.log(Object.keys(process.resourceUsage()));
const old = process.umask(0o027);
console.log(process.umask(old).toString(8), process.umask() === old);
try {
  process.umask('9x');
} catch (e) {
  console.log(e.code);
}
const cwd = process.cwd();
process.chdir('/');
console.log(process.cwd());
process.chdir(cwd);
try {
  process.chdir('/definitely/not/here');
} catch (e) {
  console.log(e.code, e.syscall, e.errno, e.message.replace(cwd, '<cwd>'));
}
console.log(typeof process.getuid(), process.getuid() === process.geteuid(), Array.isArray(process.getgroups()));
console.log(typeof process.uptime(), process.uptime() < 60, process.release.name, typeof process.features, typeof process.config);
console.log(process.argv.length >= 2, typeof process.argv0, Array.isArray(process.execArgv), process.title.length > 0);
console.log(typeof process.env.PATH, 'PATH' in process.env, delete process.env.NOT_THERE, Object.keys(process.env).length > 0);
process.env.X_NUMBER = 5;
process.env.X_BOOL = true;
console.log(process.env.X_NUMBER, typeof process.env.X_BOOL, process.env.X_UNDEF === undefined);
delete process.env.X_NUMBER;
console.log(process.env.X_NUMBER);
