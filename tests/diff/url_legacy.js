// The legacy url API: parse, format, resolve.
const url = require('url');
for (const s of [
  'http://user:pa%20ss@Host.COM:8080/p/a/t/h?query=string&a=1#hash',
  'https://example.com',
  '//cdn.example.com/lib.js',
  '/just/a/path?x=1',
  'relative/path#frag',
  'mailto:someone@example.com',
  'file:///etc/passwd',
  'http://[::1]:3000/x',
  'HTTP://EXAMPLE.com/%7Efoo',
  'javascript:alert(1)',
  'http://a.com/has space',
  '',
]) {
  const u = url.parse(s);
  console.log(JSON.stringify(s), u.protocol, u.slashes, u.auth, u.host, u.port, u.hostname, u.hash, u.search, u.query, u.pathname, u.path, u.href);
}
console.log(url.parse('http://x.com/?a=1&b=2&a=3', true).query, url.parse('/p', true).query);
console.log(url.parse('//host/path', false, true).host, url.parse('//host/path').host);
console.log(url.format({ protocol: 'https', hostname: 'example.com', port: 8443, pathname: '/a b', query: { q: 'x y', n: [1, 2] }, hash: 'top' }));
console.log(url.format({ protocol: 'http:', host: 'h.com', pathname: 'no-slash', search: 'a=1' }), url.format('http://x.com/a?b#c'));
console.log(url.format(new URL('https://u:p@example.com:8080/a?b=1#c'), { auth: false, search: false, fragment: false }));
for (const [from, to] of [['http://a.com/b/c', '../d'], ['http://a.com/b/c', '/e'], ['http://a.com/b/c', 'https://other.com/'], ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two']]) {
  console.log(from, to, url.resolve(from, to));
}
console.log(url.parse('http://example.com') instanceof url.Url);
