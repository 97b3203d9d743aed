// Legacy url: backslashes and special schemes without slashes in parse, DEP0170 for bad ports,
// format of file: and host-only objects, resolve edge cases, Url.prototype.resolve/resolveObject,
// format's options validation.
const url = require('url');
const util = require('util');
process.on('warning', (w) => console.log('warning event:', w.name, w.code, w.message));
const keys = ['protocol', 'slashes', 'host', 'hostname', 'port', 'pathname', 'href'];
for (const i of ['http://x.com\\back\\slash', 'http:/single', 'http:no-slash', 'https:x', 'http://x.com:abc/', 'http://x.com:99999/', 'ftp:\\\\h\\p']) {
  const u = url.parse(i);
  console.log(JSON.stringify(i), keys.map((k) => `${k}=${util.inspect(u[k])}`).join(' '));
}
for (const f of [{ protocol: 'file', pathname: '/x' }, { protocol: 'file:', host: '', pathname: 'x' }, { host: 'h', hash: 'frag' }, { hostname: 'h' }, { protocol: 'ftp', pathname: '/p' }]) {
  console.log('format', JSON.stringify(f), JSON.stringify(url.format(f)));
}
for (const [a, b] of [['mailto:a@b', 'c'], ['a/b', '.'], ['a/b/', '..'], ['mailto:a@b', '//c'], ['javascript:x', 'y']]) console.log('resolve', a, b, JSON.stringify(url.resolve(a, b)));
const obj = url.parse('http://a/b/c');
console.log(typeof obj.resolve, typeof obj.resolveObject, typeof obj.parse);
try { console.log(obj.resolve('../d'), obj.resolveObject('?x').href); } catch (e) { console.log(e.name, e.message); }
try { url.format(new URL('http://h/'), 'x'); console.log('no error'); } catch (e) { console.log('format bad opts', e.name, e.code, e.message); }
