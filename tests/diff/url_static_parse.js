// URL.parse (Node 20.18+): returns a URL or null instead of throwing.
console.log(typeof URL.parse, URL.parse.length);
const u = URL.parse('x/y', 'http://base.com/a/');
console.log(u instanceof URL, u && u.href);
console.log(URL.parse('nope'), URL.parse('http://[::1'), URL.parse('', 'nope'));
try { URL.parse(); } catch (e) { console.log(e.name, e.code, e.message); }
