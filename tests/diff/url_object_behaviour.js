// URL object: setters (with invalid values ignored), toJSON, inspect, static helpers, errors.
const util = require('util');
const show = (label, fn) => { try { const r = fn(); console.log(label, typeof r === 'string' ? JSON.stringify(r) : r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message, e.input === undefined ? '' : 'input=' + e.input, e.base === undefined ? '' : 'base=' + e.base); } };
const set = (href, prop, val) => { const u = new URL(href); u[prop] = val; return u.href; };
const setCases = [
  ['http://h/p', 'protocol', 'https'], ['http://h/p', 'protocol', 'ftp:'], ['http://h/p', 'protocol', 'foo'], ['foo://h/p', 'protocol', 'http'],
  ['http://h/p', 'protocol', 'ht tp'], ['http://h:8080/p', 'protocol', 'https'], ['http://h:443/p', 'protocol', 'https'], ['file:///x', 'protocol', 'http'],
  ['http://h/p', 'username', 'a b@c'], ['http://h/p', 'password', 'p:w'], ['file:///x', 'username', 'u'], ['mailto:a@b', 'username', 'u'],
  ['http://h/p', 'host', 'new:81'], ['http://h/p', 'host', 'new:80'], ['http://h/p', 'host', ''], ['http://h/p', 'host', 'a b'], ['http://h:1/p', 'hostname', 'x:9'],
  ['http://h/p', 'port', '8080'], ['http://h/p', 'port', '80'], ['http://h:8/p', 'port', ''], ['http://h/p', 'port', '99999'], ['http://h/p', 'port', '12abc'], ['http://h/p', 'port', -1], ['file:///x', 'port', '8'],
  ['http://h/p', 'pathname', 'a b/c?d#e'], ['http://h/p', 'pathname', ''], ['mailto:a@b', 'pathname', 'x'], ['http://h/p', 'pathname', '\\x\\y'],
  ['http://h/p', 'search', 'a=b c'], ['http://h/p?x', 'search', ''], ['http://h/p', 'search', '??x'], ['http://h/p', 'hash', 'a b'], ['http://h/p#x', 'hash', ''], ['http://h/p', 'hash', '##'],
  ['http://h/p', 'href', 'https://other/'], ['http://h/p', 'origin', 'http://x'],
];
for (const [h, p, v] of setCases) show(`set ${p}=${JSON.stringify(v)} on ${h}`, () => set(h, p, v));
show('set href invalid', () => { const u = new URL('http://h/'); u.href = 'nope'; });
show('toJSON', () => JSON.stringify({ u: new URL('http://h/ä?q#f') }));
show('toString', () => String(new URL('http://h')));
show('inspect', () => util.inspect(new URL('https://u:p@h:8/p?q=1#f')));
show('inspect showHidden', () => util.inspect(new URL('http://h/'), { showHidden: true }).split('\n').length > 1);
show('invalid with base', () => new URL('http://[', 'http://b'));
show('invalid base', () => new URL('x', 'nope'));
show('object input', () => new URL({ toString() { return 'http://from-object/'; } }).href);
show('URL input', () => new URL(new URL('http://u/')).href);
show('symbol input', () => new URL(Symbol('s')));
show('keys', () => Object.keys(new URL('http://h/')));
show('own props', () => Object.getOwnPropertyNames(new URL('http://h/')));
show('no new', () => URL('http://h'));
show('equality', () => new URL('http://h/') == 'http://h/');
show('instanceof global', () => new URL('http://h/') instanceof require('url').URL);
