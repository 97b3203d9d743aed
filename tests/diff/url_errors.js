// URL errors and edge cases: invalid hosts, ports, special schemes, searchParams sync.
const cases = ['http://exa mple.com', 'http://[::1', 'http://host:99999', 'https://', 'file:', 'about:blank', 'data:text/plain,hi', 'http://a/%zz', 'HTTP://EX.COM:80/', 'https://ex.com:443/', 'ws://x:81', 'blob:https://a.com/uuid'];
for (const c of cases) {
  try {
    const u = new URL(c);
    console.log(JSON.stringify(c), u.href, u.origin, u.host, u.pathname);
  } catch (e) {
    console.log(JSON.stringify(c), e.code, e.message);
  }
}
const u = new URL('https://a.com/?x=1');
u.searchParams.set('y', 'two words');
u.search = '?z=3';
console.log(u.href, u.searchParams.get('z'), u.searchParams.get('x'));
u.hash = 'frag ment';
u.username = 'us er';
u.port = 'abc';
console.log(u.href, u.port);
u.port = '';
u.protocol = 'ftp';
console.log(u.href);
u.protocol = 'notspecial';
console.log(u.protocol);
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://base/'), new URL('?q', 'http://b/p?old#h').href);
