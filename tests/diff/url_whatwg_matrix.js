// WHATWG URL parsing of many edge-case inputs (with and without a base): every component.
const inputs = [
  ['http://example.com'], ['HTTP://EXAMPLE.COM:80/a/../b/./c?#'], ['https://user:pa ss@host:443/p%41th?q=a b#f g'], ['http://[::1]:8080/'], ['http://[0:0::FFFF:127.0.0.1]/'],
  ['http://192.168.0.257/'], ['http://0x7f.1/'], ['http://0300.0250.0.1'], ['http://1.2.3.4.5/'], ['http://999999999/'], ['http://4294967296/'],
  ['http://ex%41mple.com/'], ['http://exa mple.com/'], ['http://xn--nxasmq6b.com/'], ['http://ñandú.com/ñ?ñ#ñ'], ['http://EXAMPLE.com./'], ['http://a..b/'],
  ['file:///C:/dir/file'], ['file://host/share/x'], ['file:/no/slashes'], ['file:c:\\windows'], ['file://localhost/etc'], ['FILE:///a/../../b'],
  ['mailto:Someone@Example.com'], ['data:text/plain,hello world'], ['javascript:alert(1)'], ['blob:https://a.com/uuid'], ['urn:isbn:123'],
  ['non-spec://host/path?q#f'], ['non-spec:/path'], ['non-spec:path'], ['sc://ñ/x'], ['sc://@/x'], ['ws://h/'], ['wss://h:443/'], ['ftp://h:21/'],
  ['http://h:65535/'], ['http://h:65536/'], ['http://h:0/'], ['http://h:/'], ['http://h:08/'], ['http://:80/'], ['http:///x'], ['http:/x'], ['http:x'],
  ['http://h/%zz%2F%2e%2E/..%2f'], ['http://h/a%2e/b'], ['http://h/?a=%zz&b=ñ&c=\''], ['http://h/#frag ment<>`'], ['http://h\\path\\to'],
  ['  http://trim.com/  '], ['http://h/\t\nx'], ['http://us@er:p@ss@host/'], ['http://h/a/b/c/../../../..'], ['http://h/;p?q'],
  ['a/b', 'http://base.com/x/y'], ['../up', 'http://base.com/x/y/z'], ['?q', 'http://b/p?old#f'], ['#h', 'http://b/p?q'], ['//other/p', 'https://b/'],
  ['/abs', 'file:///C:/x/y'], ['..', 'file:///C:/'], ['', 'http://b/p?q#f'], ['http:rel', 'http://b/dir/'], ['https:rel', 'http://b/dir/'],
  ['x', 'mailto:a@b'], ['x', 'non-spec:/a/b'], ['x', 'about:blank'], ['\\\\server\\x', 'file:///'], ['C|/x', 'file:///'],
  ['http://h/\u0000x'], ['http://[1::2::3]/'], ['http://[::1'], ['http://h%00/'], ['http://ho^st/'], ['http://host:99999999999/'], ['//x'], [''], ['http://'],
  ['http://%30x7f.1/'], ['http://１２７.０.０.１/'], ['http://0/'], ['http://0x/'], ['http://h/?%2'], ['http://10000000000/'], ['http://[v1.x]/'],
];
const parts = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash', 'origin'];
for (const [input, base] of inputs) {
  let out;
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    out = parts.map((p) => `${p}=${JSON.stringify(u[p])}`).join(' ');
  } catch (e) {
    out = `ERR ${e.name} ${e.code} ${e.message}`;
  }
  console.log(JSON.stringify(input), base ? 'base=' + base : '', '->', out);
}
console.log(URL.canParse('http://x'), URL.canParse('nope'), URL.canParse('x', 'http://b'));
