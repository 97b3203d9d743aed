// URL: protocol setter special->file, object URLs, missing-argument error, brand check message,
// prototype/static shape, inspect at depth limit.
const util = require('util');
const show = (label, fn) => { try { const r = fn(); console.log(label, typeof r === 'string' ? JSON.stringify(r) : r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); } };
show('http->file', () => { const u = new URL('http://h/p'); u.protocol = 'file'; return u.href; });
show('https->file with port', () => { const u = new URL('https://h:8/p'); u.protocol = 'file'; return u.href; });
show('http->file with creds', () => { const u = new URL('http://a@h/p'); u.protocol = 'file:'; return u.href; });
show('file->http empty host', () => { const u = new URL('file:///p'); u.protocol = 'http'; return u.href; });
show('no args', () => new URL());
show('brand', () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}));
show('brand toString', () => URL.prototype.toString.call({}));
show('proto props', () => Object.getOwnPropertyNames(URL.prototype).sort().join(','));
show('statics', () => Object.getOwnPropertyNames(URL).sort().join(','));
show('inspect depth 0', () => util.inspect({ a: new URL('http://h/') }, { depth: 0 }));
show('createObjectURL', () => { const id = URL.createObjectURL(new Blob(['x'])); const ok = /^blob:nodedata:[0-9a-f-]{36}$/.test(id); URL.revokeObjectURL(id); return ok; });
show('createObjectURL bad', () => URL.createObjectURL('x'));
show('revokeObjectURL junk', () => URL.revokeObjectURL('junk'));
show('resolveObjectURL', () => { const { resolveObjectURL } = require('buffer'); const id = URL.createObjectURL(new Blob(['abc'], { type: 't/x' })); const b = resolveObjectURL(id); return [b && b.size, b && b.type, resolveObjectURL('blob:nodedata:nope')]; });
