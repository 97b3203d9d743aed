// FormData, Headers and File in detail: entry order under set/delete, Blob-to-File naming,
// argument errors, header value normalisation and combination, live iteration, and which web
// types structuredClone accepts.
const t = (label, f) => {
  try {
    const r = f();
    console.log(label, r);
  } catch (e) {
    console.log(label, e.name, e.code ?? '-', JSON.stringify(e.message));
  }
};
const show = (form) => [...form].map(([k, v]) => (typeof v === 'string' ? `${k}=${v}` : `${k}=<${v.constructor.name} ${v.name} ${v.type} ${v.size}>`)).join(' ');

const fd = new FormData();
fd.append('a', '1');
fd.append('b', new Blob(['xyz'], { type: 'text/x' }));
fd.append('a', '2');
fd.append('c', new Blob(['q']), 'named.bin');
fd.append('d', new File(['file'], 'orig.txt', { type: 'text/plain', lastModified: 42 }));
fd.append('e', new File(['file'], 'orig.txt', { lastModified: 42 }), 'renamed.txt');
console.log('form', show(fd));
fd.set('a', 'only');
console.log('after set', show(fd));
fd.delete('b');
fd.set('z', 'new');
console.log('after delete/set', show(fd), fd.has('b'), fd.get('missing'), fd.getAll('a'));
console.log('kept lastModified', fd.get('d').lastModified, fd.get('e').lastModified, fd.get('c').lastModified > 0);
fd.append(1, 2);
fd.append('obj', { toString: () => 'stringified' });
console.log('coerced', fd.get('1'), typeof fd.get('1'), fd.get('obj'));
t('append one arg', () => fd.append('x'));
t('set one arg', () => fd.set('x'));
t('append filename with string', () => { const f = new FormData(); f.append('s', 'str', 'file.txt'); return show(f); });
t('append non-blob with filename', () => new FormData().append('s', {}, 'f'));
t('constructor arg', () => new FormData({}));
t('constructor undefined', () => show(new FormData(undefined)));
t('get no args', () => fd.get());
t('forEach this', () => { const seen = []; fd.forEach(function (v, k, self) { seen.push(`${k}:${self === fd}:${this.tag}`); }, { tag: 'T' }); return seen.slice(0, 2); });
t('keys/values', () => [[...fd.keys()].join(','), [...fd.values()].length]);
t('live iteration', () => {
  const f = new FormData();
  f.append('p', '1');
  f.append('q', '2');
  const out = [];
  for (const [k] of f) {
    out.push(k);
    if (k === 'p') f.append('r', '3');
  }
  return out;
});
t('brand check', () => FormData.prototype.get.call({}, 'a'));
t('names with newlines', () => { const f = new FormData(); f.append('a\r\nb', 'v\rw\nx'); return JSON.stringify([...f]); });

const file = new File(['ab', new Uint8Array([99])], 'n', { type: 'TEXT/Plain' });
console.log('file', file.name, file.type, file.size, file.lastModified > 0, file instanceof Blob, Object.prototype.toString.call(file));
t('file no name', () => new File(['x']));
t('file name coerced', () => new File([], 5).name);
t('file bad type', () => new File([], 'n', { type: 'a\u00e9' }).type);
t('blob slice of file', () => { const s = file.slice(1, 3, 'x/y'); return [s.constructor.name, s.size, s.type]; });

const h = new Headers();
h.append('X-A', '  spaced  value \t');
h.append('x-a', 'second');
h.append('Set-Cookie', 'c=1');
h.append('set-cookie', 'd=2');
h.append('B', '');
console.log('headers', [...h], JSON.stringify(h.get('x-a')), JSON.stringify(h.get('b')));
t('append bad value', () => h.append('x', 'a\0b'));
t('append value with CR inside', () => h.append('x', 'a\rb'));
t('append value with tab inside', () => { h.append('tabbed', 'a\tb'); return h.get('tabbed'); });
t('get bad name', () => h.get('bad name'));
t('has empty name', () => h.has(''));
t('set non-latin1 value', () => h.set('x', 'é'));
t('set above latin1', () => h.set('x', '✓'));
t('delete missing', () => h.delete('nope'));
t('live entries', () => {
  const k = new Headers({ b: '1', a: '2' });
  const out = [];
  for (const [name] of k) {
    out.push(name);
    if (name === 'a') k.append('c', '3');
  }
  return out;
});
t('from headers', () => [...new Headers(h)].length === [...h].length);
t('record with symbol', () => [...new Headers({ a: '1', [Symbol('s')]: '2' })]);
t('sequence of strings', () => [...new Headers(['ab', 'cd'])]);
t('forEach no fn', () => h.forEach('x'));
t('sequence of numbers', () => new Headers([5]));
t('sequence of objects', () => new Headers([{}]));
t('has symbol', () => h.has(Symbol('s')));
t('get no args', () => h.get());
t('append one arg', () => h.append('a'));
t('record non-enumerable', () => { const o = { a: '1' }; Object.defineProperty(o, 'b', { value: '2' }); return [...new Headers(o)]; });
t('form filename undefined', () => new FormData().append('a', 'b', undefined));
t('form forEach no fn', () => new FormData().forEach(5));
t('form has no args', () => new FormData().has());
t('getSetCookie empty', () => new Headers({ a: '1' }).getSetCookie());
t('set-cookie get joined', () => h.get('Set-Cookie'));
t('brand check', () => Headers.prototype.get.call({}, 'a'));

for (const [label, value] of [['blob', new Blob(['b'], { type: 'a/b' })], ['file', new File(['f'], 'f.txt', { lastModified: 7 })], ['headers', new Headers({ a: '1' })],
  ['formdata', new FormData()], ['request', new Request('http://x/')], ['response', new Response('r')], ['params', new URLSearchParams('a=1')], ['url', new URL('http://x/')],
  ['abort signal', new AbortController().signal]]) {
  try {
    const copy = structuredClone(value);
    console.log('clone', label, copy.constructor.name, copy instanceof value.constructor, copy.size ?? copy.name ?? '', copy.type ?? '', copy.lastModified ?? '', copy.message ?? '');
  } catch (e) {
    console.log('clone', label, e.name, e.message);
  }
}
