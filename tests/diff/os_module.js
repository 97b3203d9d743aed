// os: machine facts (the same machine under node and packed), shapes of the changing ones.
const os = require('os');
console.log(os.EOL === '\n', os.devNull, os.arch(), os.platform(), os.type(), os.release(), os.version(), os.machine());
console.log(os.hostname(), os.homedir(), os.tmpdir(), os.endianness(), `${os.type}`, os.availableParallelism() > 0);
console.log(typeof os.uptime(), os.loadavg().length, os.totalmem() > 0, os.freemem() > 0, os.freemem() <= os.totalmem());
const cpus = os.cpus();
console.log(cpus.length, cpus[0].model, typeof cpus[0].speed, Object.keys(cpus[0].times));
const nets = os.networkInterfaces();
console.log(Object.keys(nets), JSON.stringify(nets.lo));
const user = os.userInfo();
console.log(user.username, user.uid, user.gid, user.homedir, user.shell, Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username));
console.log(os.constants.signals.SIGINT, os.constants.signals.SIGTERM, Object.keys(os.constants.signals).length > 25, os.constants.errno.ENOENT, os.constants.errno.EACCES, os.constants.priority);
console.log(typeof os.getPriority(), os.getPriority() === os.getPriority(0));
for (const bad of [() => os.setPriority(0, 100), () => os.getPriority('x'), () => os.setPriority(999999999, 0)]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
