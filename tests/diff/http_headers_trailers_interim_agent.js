// http details: repeated headers joined as Node joins them, trailers both ways, interim
// answers (102, 103), an agent with one socket queueing requests, and request properties.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/headers') {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ headers: req.headers, distinct: req.headersDistinct, raw: req.rawHeaders.filter((_, i) => i % 2 === 0) }));
  } else if (req.url === '/trailers') {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.writeHead(200, { Trailer: 'X-Checksum' });
      res.write(`got ${body} trailer=${req.trailers['x-client']}`);
      res.addTrailers({ 'X-Checksum': 'abc123' });
      res.end();
    });
  } else if (req.url === '/interim') {
    res.writeProcessing();
    res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
    res.end('final');
  } else if (req.url === '/dupes') {
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.appendHeader('X-List', 'one');
    res.appendHeader('X-List', 'two');
    res.writeHead(200, ['Content-Type', 'text/plain', 'Content-Type', 'text/html', 'X-Dup', 'x', 'X-Dup', 'y']);
    res.end('dupes');
  } else {
    setTimeout(() => res.end(`slow ${req.url}`), 10);
  }
});

function request(options, body) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, ...options }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ res, data, req }));
    });
    req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage, JSON.stringify(info.headers)));
    if (body !== undefined) req.write(body);
    return options.trailers ? (req.addTrailers(options.trailers), req.end()) : req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const sent = await request({
    path: '/headers',
    headers: [['Host', 'example'], ['Cookie', 'a=1'], ['Cookie', 'b=2'], ['Accept', 'x'], ['Accept', 'y'], ['Content-Type', 'one'], ['Content-Type', 'two'], ['X-Custom', 'p'], ['x-custom', 'q']],
  });
  const parsed = JSON.parse(sent.data);
  delete parsed.headers.host;
  delete parsed.distinct.host;
  console.log('joined', JSON.stringify(parsed.headers));
  console.log('distinct', JSON.stringify(parsed.distinct));
  console.log('raw names', parsed.raw.join(','));

  const trailers = await request({ path: '/trailers', method: 'POST', headers: { 'Transfer-Encoding': 'chunked', Trailer: 'X-Client' }, trailers: { 'X-Client': 'yes' } }, 'payload');
  console.log('trailers', trailers.data, JSON.stringify(trailers.res.trailers), trailers.res.rawTrailers.join(','));

  const interim = await request({ path: '/interim' });
  console.log('after interim', interim.res.statusCode, interim.data);

  const dupes = await request({ path: '/dupes' });
  const h = dupes.res.headers;
  console.log('response dupes', JSON.stringify(h['set-cookie']), h['content-type'], h['x-dup'], h['x-list']);

  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const order = [];
  const all = ['/a', '/b', '/c'].map((path) => request({ path, agent }).then(({ data, req }) => order.push(`${data} reused=${req.reusedSocket}`)));
  console.log('queued', Object.values(agent.requests).reduce((n, q) => n + q.length, 0), 'sockets', Object.values(agent.sockets).reduce((n, q) => n + q.length, 0));
  await Promise.all(all);
  console.log(order.join(' | '));
  agent.destroy();

  const req = http.request({ host: '127.0.0.1', port: server.address().port, path: '/props?x=1', method: 'put' });
  req.setHeader('X-Before', 'set');
  console.log('props', req.method, req.path, req.host, req.protocol, req.getHeader('x-before'), req.hasHeader('X-BEFORE'), JSON.stringify(req.getHeaderNames()));
  req.on('response', (res) => {
    res.resume();
    res.on('end', () => server.close(() => console.log('done')));
  });
  req.end();
});
