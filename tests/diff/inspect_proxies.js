// util.inspect and Proxies: traps are not triggered; showProxy prints target and handler;
// revoked proxies print <Revoked Proxy>.
const util = require('util');
let trapped = 0;
const handler = { get(t, k) { trapped++; return 'trapped'; }, ownKeys(t) { trapped++; return Reflect.ownKeys(t); } };
const p = new Proxy({ a: 1 }, handler);
console.log(util.inspect(p), trapped);
console.log(util.inspect(p, { showProxy: true }), trapped);
console.log(util.inspect(new Proxy([1, 2], {})), util.inspect(new Proxy([1, 2], {}), { showProxy: true }));
console.log(util.inspect(new Proxy(function f() {}, {}), { showProxy: true }));
console.log(util.inspect(new Proxy(new Proxy({}, {}), {}), { showProxy: true }));
const r = Proxy.revocable({}, {});
r.revoke();
console.log(util.inspect(r.proxy), util.inspect(r.proxy, { showProxy: true }), util.inspect({ inner: r.proxy }));
console.log(util.types.isProxy(p), util.types.isProxy(r.proxy));
console.log(util.format('%o', new Proxy({ b: 2 }, {})));
console.log(trapped);
