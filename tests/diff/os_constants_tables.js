// os.constants: full signals, errno, priority and dlopen tables, UV_UDP_REUSEADDR, and their mutability.
const os = require('os');
const c = os.constants;
console.log(Object.keys(c).join(','));
console.log('signals', Object.keys(c.signals).length, JSON.stringify(c.signals));
console.log('errno', Object.keys(c.errno).length, JSON.stringify(c.errno));
console.log('priority', JSON.stringify(c.priority));
console.log('dlopen', JSON.stringify(c.dlopen));
console.log('UV_UDP_REUSEADDR', c.UV_UDP_REUSEADDR);
console.log('frozen', Object.isFrozen(c), Object.isFrozen(c.signals), Object.isFrozen(c.errno), Object.isFrozen(c.priority), Object.isFrozen(c.dlopen));
console.log('protos', Object.getPrototypeOf(c.signals) === null, Object.getPrototypeOf(c.errno) === null, Object.getPrototypeOf(c) === null);
c.signals.SIGFAKE = 99;
console.log('added', c.signals.SIGFAKE, os.constants === c);
const byNumber = {};
for (const [name, n] of Object.entries(c.signals)) (byNumber[n] ||= []).push(name);
console.log('shared numbers', JSON.stringify(Object.entries(byNumber).filter(([, v]) => v.length > 1)));
console.log('process.kill accepts', ['SIGTERM', 'SIGUSR1', 'SIGIOT', 'SIGPOLL', 'SIGPWR', 'SIGSTKFLT', 'SIGUNUSED', 'SIGINFO', 'SIGLOST'].map((s) => `${s}:${s in c.signals}`).join(' '));
