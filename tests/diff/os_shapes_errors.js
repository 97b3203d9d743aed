// os: result types and shapes of every function, toPrimitive on getters, userInfo options, priority argument errors.
const os = require('os');
const fns = Object.keys(os).filter((k) => typeof os[k] === 'function').sort();
console.log('functions', fns.join(' '));
console.log('non-functions', Object.keys(os).filter((k) => typeof os[k] !== 'function').sort().join(' '));
const kind = (v) => (Array.isArray(v) ? `array(${v.length ? kind(v[0]) : ''})` : v === null ? 'null' : typeof v);
for (const f of fns.filter((n) => !['setPriority', 'getPriority', 'userInfo'].includes(n))) {
  console.log(f, kind(os[f]()), typeof os[f][Symbol.toPrimitive], os[f].length);
}
console.log('toPrimitive', `${os.arch}` === os.arch(), `${os.platform}` === os.platform(), `${os.hostname}` === os.hostname(), `${os.tmpdir}` === os.tmpdir(), `${os.endianness}` === os.endianness(), `${os.homedir}` === os.homedir());
const cpu = os.cpus()[0];
console.log('cpu', Object.keys(cpu).join(','), Object.keys(cpu.times).join(','), Object.values(cpu.times).every((n) => Number.isInteger(n) && n >= 0), typeof cpu.model, Number.isInteger(cpu.speed));
for (const [name, list] of Object.entries(os.networkInterfaces())) {
  for (const a of list) {
    console.log('iface', name === 'lo' ? 'lo' : 'other', Object.keys(a).join(','), a.family, typeof a.internal, typeof a.cidr, 'scopeid' in a ? typeof a.scopeid : '-', /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac));
  }
}
const la = os.loadavg();
console.log('loadavg', la.length, la.every((n) => typeof n === 'number' && n >= 0));
console.log('tmpdir env', (() => { const old = process.env.TMPDIR; process.env.TMPDIR = '/custom/tmp/'; const r = os.tmpdir(); if (old === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = old; return r; })());
console.log('homedir env', (() => { const old = process.env.HOME; process.env.HOME = '/custom/home'; const r = os.homedir(); process.env.HOME = old; return r; })());
const u = os.userInfo();
console.log('userInfo', Object.keys(u).join(','), typeof u.uid, typeof u.username, u.uid === process.getuid(), u.gid === process.getgid());
const ub = os.userInfo({ encoding: 'buffer' });
console.log('userInfo buffer', Buffer.isBuffer(ub.username), Buffer.isBuffer(ub.homedir), Buffer.isBuffer(ub.shell), typeof ub.uid, ub.username.toString() === u.username);
for (const [label, fn] of [
  ['userInfo bad encoding', () => typeof os.userInfo({ encoding: 'nope' }).username],
  ['userInfo string', () => typeof os.userInfo('buffer').username],
  ['userInfo null', () => typeof os.userInfo(null).username],
  ['userInfo number', () => typeof os.userInfo(5).username],
  ['getPriority float', () => os.getPriority(1.5)],
  ['getPriority missing pid', () => os.getPriority(2 ** 30)],
  ['getPriority negative', () => os.getPriority(-1)],
  ['getPriority too big', () => os.getPriority(2 ** 31)],
  ['setPriority one arg', () => os.setPriority(0)],
  ['setPriority string prio', () => os.setPriority(0, '5')],
  ['setPriority low', () => os.setPriority(0, -21)],
  ['setPriority float', () => os.setPriority(0, 1.5)],
  ['setPriority missing pid', () => os.setPriority(2 ** 30, 0)],
  ['setPriority same', () => os.setPriority(os.getPriority())],
  ['setPriority pid string', () => os.setPriority('1', 1)],
]) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.info ? JSON.stringify(e.info) : '', e.errno, e.syscall);
  }
}
