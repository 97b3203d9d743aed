// fileURLToPath / pathToFileURL (errors, encoding, windows option), domainToASCII/Unicode, urlToHttpOptions.
const url = require('url');
const show = (label, fn) => { try { const r = fn(); console.log(label, typeof r === 'string' ? JSON.stringify(r) : r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); } };
for (const v of ['file:///a/b%20c', 'file:///a%2Fb', 'file:///a%2fb', 'file://host/x', 'file://localhost/x', 'http://x/y', 'file:///%E2%82%AC', 'file:///a/%00', 'file:///C:/x', new URL('file:///u/v'), 5, null, undefined, {}, 'not a url', 'file:///a/b/', 'file:///a?q#h']) {
  show('fileURLToPath ' + String(v), () => url.fileURLToPath(v));
}
for (const p of ['/a/b c', '/a/#?%', '/a/\u20ac', 'relative/x', '.', '/trailing/', '/a\\b', '/a\nb\tc\rd', '/x%20y', '/a/..']) {
  show('pathToFileURL ' + JSON.stringify(p), () => { const r = url.pathToFileURL(p).href; return r.replace(process.cwd(), '<CWD>'); });
}
show('pathToFileURL bad', () => url.pathToFileURL(5));
for (const d of ['example.com', 'EXAMPLE.com', 'español.com', 'xn--espaol-zwa.com', '中文.com', 'a..b', '', 'xn--iñvalid.com', 'ex ample.com', '☃.net', 'faß.de', '-a.com', 'a'.repeat(64) + '.com']) {
  show('domainToASCII ' + JSON.stringify(d), () => url.domainToASCII(d));
  show('domainToUnicode ' + JSON.stringify(d), () => url.domainToUnicode(d));
}
