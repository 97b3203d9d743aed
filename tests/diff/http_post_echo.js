// A POST with a chunked body and its echo: request line, headers and body on both sides.
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    console.log('server got', req.method, req.url, req.httpVersion, JSON.stringify(req.headers).replace(String(server.address().port), "PORT"), JSON.stringify(body));
    res.setHeader('X-Test', 'yes');
    res.end(`echo:${body}`);
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/p?q=1', headers: { 'Content-Type': 'text/plain' } }, (res) => {
    console.log('status', res.statusCode, res.statusMessage, res.httpVersion);
    const h = { ...res.headers };
    delete h.date;
    console.log('headers', JSON.stringify(h));
    res.setEncoding('utf8');
    let data = '';
    res.on('data', (c) => (data += c));
    res.on('end', () => {
      console.log('body', data);
      server.close(() => console.log('closed'));
    });
  });
  req.write('hello ');
  req.end('world');
});
