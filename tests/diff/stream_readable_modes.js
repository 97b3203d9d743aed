// Readable modes: pause/resume, unshift, setEncoding, isPaused, events order.
const { Readable } = require('stream');
const events = [];
const r = new Readable({ read() {} });
for (const ev of ['pause', 'resume', 'end', 'close']) r.on(ev, () => events.push(ev));
r.push('one');
r.push('two');
r.on('data', (c) => {
  events.push(`data ${c}`);
  if (String(c) === 'one') {
    r.pause();
    setTimeout(() => r.resume(), 2);
  }
});
console.log('isPaused', r.isPaused(), r.readableFlowing);
setTimeout(() => {
  r.push('three');
  r.push(null);
}, 5);
setTimeout(() => console.log(events.join(', '), r.readableEnded, r.destroyed), 30);
const u = new Readable({ read() {} });
u.push('world');
u.unshift('hello ');
u.push(null);
let text = '';
u.setEncoding('utf8');
u.on('data', (c) => (text += c));
u.on('end', () => console.log('unshifted', JSON.stringify(text), u.readableEncoding));
const objs = Readable.from([{ a: 1 }, 'str', 3]);
const seen = [];
objs.on('data', (o) => seen.push(o));
objs.on('end', () => console.log('from objects', seen));
const failing = new Readable({
  read() {
    this.destroy(new Error('boom'));
  },
});
failing.on('error', (e) => console.log('error', e.message, failing.destroyed, failing.errored === e));
failing.on('close', () => console.log('closed after error'));
failing.resume();
