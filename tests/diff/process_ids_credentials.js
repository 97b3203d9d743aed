// process ids (getuid/getgid/...), credential setters' validation and unknown-name errors, usage objects' shapes.
console.log('ids', ['getuid', 'geteuid', 'getgid', 'getegid'].map((f) => `${f}:${typeof process[f]()}`).join(' '), Array.isArray(process.getgroups()), process.getgroups().every(Number.isInteger));
console.log('same', process.getuid() === process.geteuid(), process.getgid() === process.getegid());
console.log('setters', ['setuid', 'seteuid', 'setgid', 'setegid', 'setgroups', 'initgroups'].map((f) => `${f}:${typeof process[f]}`).join(' '));
const uid = process.getuid();
const gid = process.getgid();
for (const [label, fn] of [
  ['setuid self', () => process.setuid(uid)],
  ['setgid self', () => process.setgid(gid)],
  ['seteuid self', () => process.seteuid(uid)],
  ['setegid self', () => process.setegid(gid)],
  ['setuid unknown name', () => process.setuid('no-such-user-pack')],
  ['setgid unknown name', () => process.setgid('no-such-group-pack')],
  ['seteuid unknown name', () => process.seteuid('no-such-user-pack')],
  ['setegid unknown name', () => process.setegid('no-such-group-pack')],
  ['setuid object', () => process.setuid({})],
  ['setuid float', () => process.setuid(1.5)],
  ['setuid negative', () => process.setuid(-1)],
  ['setuid too big', () => process.setuid(2 ** 32)],
  ['setgid null', () => process.setgid(null)],
  ['setgroups not array', () => process.setgroups('x')],
  ['setgroups bad item', () => process.setgroups([0, {}])],
  ['setgroups unknown', () => process.setgroups(['no-such-group-pack'])],
  ['setgroups negative', () => process.setgroups([-1])],
  ['initgroups bad user', () => process.initgroups({}, 0)],
  ['initgroups bad group', () => process.initgroups('root', {})],
  ['initgroups unknown user', () => process.initgroups('no-such-user-pack', 0)],
  ['initgroups unknown group', () => process.initgroups(uid, 'no-such-group-pack')],
]) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const mem = process.memoryUsage();
console.log('memoryUsage', Object.keys(mem).join(','), Object.values(mem).every((n) => Number.isInteger(n) && n >= 0), mem.heapUsed <= mem.heapTotal);
const cpu = process.cpuUsage();
console.log('cpuUsage', Object.keys(cpu).join(','), Number.isInteger(cpu.user), Number.isInteger(cpu.system));
const d = process.cpuUsage(cpu);
console.log('cpuUsage diff', d.user >= 0, d.system >= 0);
const ru = process.resourceUsage();
console.log('resourceUsage', Object.keys(ru).join(','), Object.values(ru).every((n) => typeof n === 'number'));
for (const [label, arg] of [['null', null], ['string', 'x'], ['missing user', { system: 1 }], ['string user', { user: '1', system: 1 }], ['NaN', { user: NaN, system: 0 }], ['Infinity', { user: 0, system: Infinity }], ['negative system', { user: 0, system: -5 }]]) {
  try {
    const r = process.cpuUsage(arg);
    console.log('cpuUsage', label, 'ok', typeof r.user);
  } catch (e) {
    console.log('cpuUsage', label, e.name, e.code, e.message);
  }
}
