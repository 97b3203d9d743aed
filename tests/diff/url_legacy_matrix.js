// Legacy url.parse (with parseQueryString / slashesDenoteHost), url.format, url.resolve.
const url = require('url');
const util = require('util');
const keys = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href'];
const inputs = ['http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash', 'HTTP://x.com', '//host/path', 'host/path', '/just/path?x=1&x=2', 'mailto:A@B.com',
  'javascript:alert(1)', 'http://[::1]:3000/', 'http://a.com/ spaces here', 'http://a.com/\ttab', 'http://a@b@c/', 'http://ñ.com/ñ', 'file:///etc/passwd', 'file://host/x',
  'http://x.com#hash?notquery', 'http://x.com?#', '?q=1', '#h', 'HtTp://X.cOm/PaTh', 'xmpp:isaacschlueter@jabber.org',
  'http://x.com/a%20b', 'http://a.com/<>"`{}|', 'ws://x:80', 'http://user@/path', '', 'http://x.com/' + 'a'.repeat(5), 'http://-bad-.com/', 'http://a_b.com/'];
for (const i of inputs) {
  for (const [pq, sdh] of [[false, false], [true, false], [false, true]]) {
    let out;
    try {
      const u = url.parse(i, pq, sdh);
      out = keys.map((k) => `${k}=${util.inspect(u[k])}`).join(' ');
    } catch (e) { out = `ERR ${e.name} ${e.code} ${e.message}`; }
    console.log(JSON.stringify(i), pq, sdh, out);
  }
}
console.log(util.inspect(url.parse('http://a.com/?x=1', true)));
for (const bad of [undefined, 5, null, {}]) { try { url.parse(bad); } catch (e) { console.log('parse bad', e.name, e.code, e.message); } }
const formats = [
  { protocol: 'http', host: 'a.com', pathname: '/p', search: 'q=1' }, { protocol: 'http:', hostname: 'a.com', port: 8080, pathname: 'p', query: { a: [1, 2], b: 'c d' } },
  { protocol: 'mailto', auth: 'u', host: 'x' }, { protocol: 'custom', slashes: true, host: 'h' }, { protocol: 'https:', hostname: '::1', port: 443 }, { pathname: '/a?b#c' }, { protocol: 'http', host: 'h', pathname: '/p#?', search: '?s#' }, {}, { href: 'ignored' },
  'http://a.com/x?y#z', new URL('http://u:p@h/ä?q#f'), url.parse('http://x.com/p?q=1'),
];
for (const f of formats) { try { console.log('format', JSON.stringify(url.format(f))); } catch (e) { console.log('format ERR', e.name, e.code, e.message); } }
console.log(url.format(new URL('http://u:p@h/ä?q#f'), { auth: false, fragment: false, search: false, unicode: true }));
console.log(url.format(new URL('http://xn--nxasmq6b.com/'), { unicode: true }), url.format(new URL('http://xn--nxasmq6b.com/')));
for (const bad of [5, null, undefined, true]) { try { url.format(bad); } catch (e) { console.log('format bad', e.name, e.code, e.message); } }
const resolves = [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', './g'],
  ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', '#s'], ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', ''],
  ['http://a/', 'https://b/c'], ['http://a/b', 'http:c'], ['/a/b', '../../../..'], ['', ''], ['http://x.com', '..']];
for (const [a, b] of resolves) console.log('resolve', JSON.stringify(a), JSON.stringify(b), JSON.stringify(url.resolve(a, b)));
const obj = url.parse('http://a/b/c');
console.log(obj.format(), obj instanceof url.Url, typeof url.Url);
