// Request and Response constructors: enum options (mode, credentials, cache, redirect, referrerPolicy),
// method normalisation, signals, Request-from-Request inheritance, header guards, Response statics.
const t = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.constructor.name, e.code ?? '-', e.message);
  }
};
const u = 'http://example.com/p';
for (const [k, v] of [['mode', 'navigate'], ['mode', 'websocket'], ['mode', 'bogus'], ['mode', 'no-cors'], ['mode', 'same-origin'],
  ['credentials', 'include'], ['credentials', 'nope'], ['cache', 'no-store'], ['cache', 'only-if-cached'], ['cache', 'bad'],
  ['redirect', 'manual'], ['redirect', 'stop'], ['referrerPolicy', 'no-referrer'], ['referrerPolicy', 'bad'], ['priority', 'high'], ['priority', 'urgent'],
  ['duplex', 'full'], ['window', null], ['window', {}], ['integrity', 'sha256-abc'], ['referrer', ''], ['referrer', '/rel'], ['referrer', 'http://other/'], ['referrer', 'about:client']]) {
  t(`${k}=${v === null ? 'null' : typeof v === 'object' ? '{}' : v}`, () => {
    const r = new Request(u, { [k]: v });
    return [r.mode, r.credentials, r.cache, r.redirect, r.referrerPolicy, r.referrer, r.integrity].join(' ');
  });
}
for (const m of ['get', 'post', 'Patch', 'Delete', 'options', 'head', 'put', 'PROPFIND', 'connect', 'trace', 'track', 'bad method', '']) {
  t(`method ${JSON.stringify(m)}`, () => new Request(u, { method: m }).method);
}
t('only-if-cached no-cors', () => new Request(u, { cache: 'only-if-cached', mode: 'no-cors' }).cache);
t('no-cors PUT', () => new Request(u, { mode: 'no-cors', method: 'PUT' }).method);
t('signal wrong', () => new Request(u, { signal: {} }));
t('signal null', () => new Request(u, { signal: null }).signal.aborted);
t('signal aborted', () => { const r = new Request(u, { signal: AbortSignal.abort('why') }); return [r.signal.aborted, r.signal.reason]; });
t('no args', () => new Request());
t('url object', () => new Request(new URL('http://a.b/c?d#e')).url);
t('credentials in url', () => new Request('http://user:pw@a.b/'));
t('relative', () => new Request('/x'));
const base = new Request(u, { method: 'POST', body: 'abc', headers: { 'X-A': '1' }, redirect: 'manual', mode: 'same-origin', credentials: 'omit', cache: 'no-cache', integrity: 'sha1-x', keepalive: true });
const derived = new Request(base, { headers: { 'X-B': '2' } });
console.log('derived', derived.method, derived.redirect, derived.mode, derived.credentials, derived.cache, derived.integrity, derived.keepalive, [...derived.headers]);
console.log('base used after derive', base.bodyUsed);
t('derive from used', () => new Request(base));
t('derive GET from POST body', () => new Request(new Request(u, { method: 'POST', body: 'x' }), { method: 'GET' }));
t('derive navigate', () => new Request(new Request(u, { mode: 'cors' }), { mode: 'no-cors' }).mode);
t('body on HEAD', () => new Request(u, { method: 'HEAD', body: '' }));
t('null body on GET', () => new Request(u, { method: 'GET', body: null }).body);
t('init not object', () => new Request(u, 5).method);
// Response
for (const s of [200, 299, 300, 599, 600, 199, 0, '201', 201.5, NaN]) t(`status ${s}`, () => new Response(null, { status: s }).status);
for (const st of ['ok', 'with\nnewline', 'tab\there', 'é', 'Ā']) t(`statusText ${JSON.stringify(st)}`, () => new Response(null, { statusText: st }).statusText);
t('body with 205', () => new Response('x', { status: 205 }));
t('empty body with 304', () => new Response('', { status: 304 }));
t('null body with 304', () => new Response(null, { status: 304 }).status);
t('json bigint', () => Response.json({ a: 1n }));
t('json undefined', () => Response.json(undefined));
t('json symbol', () => Response.json(Symbol('s')));
t('json init', () => { const r = Response.json([1], { status: 418, statusText: 'tea', headers: { 'content-type': 'text/x' } }); return [r.status, r.statusText, r.headers.get('content-type')]; });
t('json null body status', () => Response.json(1, { status: 204 }));
t('redirect relative', () => Response.redirect('/rel'));
t('redirect bad status', () => Response.redirect('http://a/', 304));
t('redirect string status', () => Response.redirect('http://a/', '301').status);
t('redirect headers set', () => Response.redirect('http://a/').headers.set('x', 'y'));
t('error headers append', () => Response.error().headers.append('x', 'y'));
t('error fields', () => { const r = Response.error(); return [r.type, r.status, r.statusText, r.ok, r.body, r.url, r.redirected]; });
t('response headers guard', () => { const r = new Response('x', { headers: { 'set-cookie': 'a=1' } }); r.headers.append('set-cookie', 'b=2'); return r.headers.getSetCookie(); });
t('request headers guard', () => { const r = new Request(u, { headers: { 'Set-Cookie': 'a=1' } }); return [...r.headers]; });
t('response init headers bad', () => new Response('x', { headers: 5 }));
t('response init headers pair', () => new Response('x', { headers: [['a', 'b', 'c']] }));
t('response init not object', () => new Response('x', 'str').status);
t('h5', () => new Headers(5));
t('hstr', () => new Headers('ab'));
t('req h5', () => new Request('http://a/', { headers: 5 }));
t('req pair', () => new Request('http://a/', { headers: [['a']] }));
t('req method ByteString', () => new Request('http://a/', { method: 'Ā' }));
t('status 65736', () => new Response(null, { status: 65736 }).status);
t('status -1', () => new Response(null, { status: -1 }).status);
t('status str', () => new Response(null, { status: 'abc' }).status);
t('status Inf', () => new Response(null, { status: Infinity }).status);
t('resp fn init', () => new Response(null, () => {}).status);
t('req fn init', () => new Request('http://a/', () => {}).method);
t('req str init', () => new Request('http://a/', 'x').method);
t('req null init', () => new Request('http://a/', null).method);
t('resp null init', () => new Response(null, null).status);
t('redirect 65843', () => Response.redirect('http://a/', 65843).status);
t('redirect url obj', () => Response.redirect(new URL('http://a/b')).headers.get('location'));
t('input number', () => new Request(5));
t('input obj', () => new Request({ toString() { return 'http://t/'; } }).url);
t('mode undefined', () => new Request('http://a/', { mode: undefined }).mode);
t('keepalive str', () => new Request('http://a/', { keepalive: 'yes' }).keepalive);
t('integrity null', () => new Request('http://a/', { integrity: null }).integrity);
t('redirect null', () => new Request('http://a/', { redirect: null }).redirect);
t('body stream no-cors', () => new Request('http://a/', { method: 'POST', body: new ReadableStream(), duplex: 'half', mode: 'no-cors' }));
t('body stream same-origin', () => new Request('http://a/', { method: 'POST', body: new ReadableStream(), duplex: 'half', mode: 'same-origin' }).mode);
t('derive referrer', () => new Request(new Request('http://a/', { referrer: '' })).referrer);
t('derive referrer init', () => new Request(new Request('http://a/', { referrer: '' }), {method: 'GET'}).referrer);
t('derive ref policy', () => new Request(new Request('http://a/', { referrerPolicy: 'origin' }), {method: 'GET'}).referrerPolicy);
t('derive ref policy noinit', () => new Request(new Request('http://a/', { referrerPolicy: 'origin' })).referrerPolicy);
t('derive body GET', () => new Request(new Request('http://a/', { method: 'POST', body: 'x' }), { method: 'GET', body: null }));
t('derive signal', () => { const c = new AbortController(); const r = new Request(new Request('http://a/', { signal: c.signal })); c.abort('r'); return r.signal.reason; });
t('derive signal null', () => { const c = new AbortController(); const r = new Request(new Request('http://a/', { signal: c.signal }), { signal: null }); c.abort('r'); return r.signal.aborted; });
t('method symbol', () => new Request('http://a/', { method: Symbol('m') }));
t('statusText symbol', () => new Response('', { statusText: Symbol('s') }));
t('statusText beyond latin-1', () => new Response('', { statusText: 'ok \u0100' }));
