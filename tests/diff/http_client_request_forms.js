// http.request's argument forms (URL string, URL object, url + options, options alone) and
// what they put on the wire; ClientRequest header methods and properties; argument errors.
const http = require('http');

function tryIt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const server = http.createServer((req, res) => {
  const names = req.rawHeaders.filter((_, i) => i % 2 === 0);
  const host = req.headers.host ? req.headers.host.replace(/:\d+$/, ':PORT') : '(none)';
  const other = req.rawHeaders.map((v, i) => (i % 2 === 0 && !/^host$/i.test(v) ? `${v}=${req.rawHeaders[i + 1]}` : null)).filter(Boolean);
  req.resume();
  req.on('end', () => res.end(`${req.method} ${req.url} host=${host} names=${names.join(',')} ${other.join(' ')}`));
});

function run(label, make) {
  return new Promise((resolve) => {
    let req;
    try {
      req = make((res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => {
          console.log(label, '=>', body);
          resolve();
        });
      });
    } catch (e) {
      console.log(label, 'threw', e.code, e.message);
      resolve();
      return;
    }
    req.on('error', (e) => {
      console.log(label, 'error', e.code, e.message);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const base = `http://127.0.0.1:${port}`;
  await run('string', (cb) => http.request(`${base}/s?q=1#frag`, cb).end());
  await run('string auth', (cb) => http.request(`http://user:p%40ss@127.0.0.1:${port}/auth`, cb).end());
  await run('URL object', (cb) => http.request(new URL(`${base}/u?x=y`), cb).end());
  await run('url + options', (cb) => http.request(`${base}/orig`, { method: 'post', path: '/over', headers: { 'X-Extra': 'e' } }, cb).end('body'));
  await run('URL + options', (cb) => http.request(new URL(`${base}/orig`), { headers: { host: 'custom.example' } }, cb).end());
  await run('options', (cb) => http.request({ hostname: '127.0.0.1', port: String(port), path: '/o', method: 'DELETE', agent: false }, cb).end());
  await run('options host', (cb) => http.request({ host: '127.0.0.1', port, headers: { 'X-A': ['1', '2'] } }, cb).end());
  await run('setHost false', (cb) => http.request({ host: '127.0.0.1', port, path: '/nohost', setHost: false, headers: { Host: 'explicit' } }, cb).end());
  await run('auth option', (cb) => http.request({ host: '127.0.0.1', port, path: '/a', auth: 'me:secret' }, cb).end());
  await run('defaultPort', (cb) => http.request({ host: '127.0.0.1', port, defaultPort: port, path: '/dp' }, cb).end());
  await run('array headers', (cb) => http.request({ host: '127.0.0.1', port, path: '/arr', headers: ['X-One', '1', 'X-One', '2', 'Host', 'arr.example'] }, cb).end());
  await run('get string', (cb) => http.get(`${base}/g`, cb));
  await run('get url+opts', (cb) => http.get(`${base}/g2`, { headers: { 'X-G': 'g' } }, cb));

  await run('methods', (cb) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/m?x=1', method: 'patch' }, cb);
    req.setHeader('X-Set', 'one');
    req.setHeader('x-set', 'two');
    req.setHeader('X-Num', 3);
    req.appendHeader('X-Num', 4);
    console.log('client props', req.method, req.path, req.host, req.protocol, req.reusedSocket, req.headersSent, req.finished);
    console.log('client headers', JSON.stringify(req.getHeaders()).replace(String(port), 'PORT'), req.getRawHeaderNames(), req.hasHeader('HOST'));
    req.removeHeader('x-num');
    tryIt('getHeader number', () => req.getHeader(1));
    tryIt('setHeader bad', () => req.setHeader('bad name', 'v'));
    req.flushHeaders();
    console.log('after flushHeaders', req.headersSent);
    tryIt('setHeader after flush', () => req.setHeader('X-Late', '1'));
    tryIt('removeHeader after flush', () => req.removeHeader('X-Set'));
    req.end();
    return req;
  });

  const bad = (label, fn) => tryIt(label, fn);
  bad('invalid url', () => http.request('not a url'));
  bad('hostname number', () => http.request({ hostname: 5, port }));
  bad('host object', () => http.request({ host: {}, port }));
  bad('method number', () => http.request({ method: 5, port }));
  bad('timeout string', () => http.request({ timeout: 'x', port }));
  bad('timeout negative', () => http.request({ timeout: -1, port }));
  bad('maxHeaderSize negative', () => http.request({ maxHeaderSize: -1, port }));
  bad('insecureHTTPParser string', () => http.request({ insecureHTTPParser: 'yes', port }));
  bad('header value CRLF', () => http.request({ port, headers: { 'X-Bad': 'a\r\nb' } }));
  bad('header name bad', () => http.request({ port, headers: { 'X Bad': 'a' } }));
  bad('https url', () => http.request('https://127.0.0.1/'));
  bad('path with space', () => http.request({ port, path: '/a b' }));
  bad('path with tab', () => http.request({ port, path: '/a\tb' }));
  bad('joinDuplicateHeaders string', () => http.request({ port, joinDuplicateHeaders: 'x' }));
  server.close(() => console.log('closed'));
});
