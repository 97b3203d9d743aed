// util.inspect of Event, CustomEvent and EventTarget (timeStamp masked).
const util = require('util');
const mask = (s) => s.replace(/timeStamp: [\d.]+/g, 'timeStamp: N');
console.log(mask(util.inspect(new Event('x'))));
console.log(mask(util.inspect(new Event('y', { cancelable: true, bubbles: true }))));
console.log(mask(util.inspect(new CustomEvent('c', { detail: [1] }))));
console.log(util.inspect(new EventTarget()));
const t = new EventTarget();
t.addEventListener('a', () => {});
console.log(util.inspect(t), util.inspect(new AbortController().signal));
console.log(mask(util.inspect({ nested: new Event('n') }, { depth: 0 })));
