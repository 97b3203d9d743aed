// URLSearchParams: argument checks (missing args, non-iterable Symbol.iterator, brand checks),
// iterators (live, their own class and inspect output).
const util = require('util');
const show = (label, fn) => { try { const r = fn(); console.log(label, typeof r === 'string' ? JSON.stringify(r) : r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); } };
show('Symbol.iterator not callable', () => new URLSearchParams({ [Symbol.iterator]: 5 }));
show('append missing', () => new URLSearchParams().append('a'));
show('append none', () => new URLSearchParams().append());
show('get missing', () => new URLSearchParams().get());
show('getAll missing', () => new URLSearchParams().getAll());
show('has missing', () => new URLSearchParams().has());
show('delete missing', () => new URLSearchParams().delete());
show('set missing', () => new URLSearchParams().set('a'));
show('brand get', () => URLSearchParams.prototype.get.call({}, 'a'));
show('brand toString', () => URLSearchParams.prototype.toString.call({}));
show('brand size', () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}));
show('live iteration', () => { const p = new URLSearchParams('a=1&b=2&c=3'); const seen = []; for (const [k] of p) { seen.push(k); if (k === 'a') p.delete('b'); } return seen; });
show('iterator inspect', () => [util.inspect(new URLSearchParams('a=1&b=2').entries()), util.inspect(new URLSearchParams('a=1&b=2').keys()), util.inspect(new URLSearchParams('a=1').values())]);
show('iterator tag', () => { const it = new URLSearchParams('a=1').keys(); return [Object.prototype.toString.call(it), typeof it.next, it[Symbol.iterator]() === it, Object.getPrototypeOf(it) === Object.getPrototypeOf(new URLSearchParams().entries())]; });
show('iterator next brand', () => { const it = new URLSearchParams('a=1').keys(); return Object.getPrototypeOf(it).next.call({}); });
