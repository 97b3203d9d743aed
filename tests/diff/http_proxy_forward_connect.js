// A small forward proxy built from http and net: absolute-form requests forwarded with
// http.request and piped both ways (bodies, status, headers rewritten, hop-by-hop headers
// dropped, Via added), a 502 when the upstream refuses, and CONNECT tunnels through
// net.connect used by a client (raw bytes and http.get over the tunnel socket).
const http = require('http');
const net = require('net');
const { once } = require('events');
const { pipeline } = require('stream');

const origin = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const seen = Object.keys(req.headers).filter((h) => h !== 'host').sort().join(',');
    res.setHeader('x-origin', 'yes');
    res.setHeader('set-cookie', ['a=1', 'b=2']);
    res.setHeader('keep-alive', 'timeout=5');
    if (req.url === '/redirect') {
      res.writeHead(302, { location: `http://127.0.0.1:${origin.address().port}/target` });
      return res.end();
    }
    res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'text/plain' });
    res.end(`${req.method} ${req.url} via=${req.headers.via} xff=${req.headers['x-forwarded-for']} headers=${seen} body=${JSON.stringify(body)}`);
  });
});

const HOP = ['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade'];
const proxyLog = [];
const proxy = http.createServer((creq, cres) => {
  let target;
  try { target = new URL(creq.url); } catch (e) {
    cres.writeHead(400);
    return cres.end('absolute URL required');
  }
  const headers = { ...creq.headers };
  for (const h of HOP) delete headers[h];
  headers.via = '1.1 testproxy';
  headers['x-forwarded-for'] = creq.socket.remoteAddress;
  const preq = http.request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: creq.method, headers, agent: false }, (pres) => {
    const out = { ...pres.headers };
    for (const h of HOP) delete out[h];
    if (out.location) out.location = out.location.replace(`:${target.port}/`, ':ORIGIN/');
    out.via = '1.1 testproxy';
    cres.writeHead(pres.statusCode, pres.statusMessage, out);
    pipeline(pres, cres, (err) => { if (err) proxyLog.push(`response pipe ${err.code}`); });
  });
  preq.on('error', (err) => {
    proxyLog.push(`upstream error ${err.code}`);
    cres.writeHead(502, { 'content-type': 'text/plain' });
    cres.end(`bad gateway: ${err.code}`);
  });
  pipeline(creq, preq, (err) => { if (err) proxyLog.push(`request pipe ${err.code}`); });
});
proxy.on('connect', (req, clientSocket, head) => {
  const [host, port] = req.url.split(':');
  proxyLog.push(`CONNECT ${host} head=${head.length}`);
  const upstream = net.connect({ host, port: Number(port) }, () => {
    clientSocket.write('HTTP/1.1 200 Connection Established\r\nProxy-Agent: testproxy\r\n\r\n');
    if (head.length) upstream.write(head);
    upstream.pipe(clientSocket);
    clientSocket.pipe(upstream);
  });
  upstream.on('error', (err) => {
    proxyLog.push(`tunnel error ${err.code}`);
    clientSocket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
  });
  clientSocket.on('error', () => {});
});

async function viaProxy(url, { method = 'GET', body, headers = {} } = {}) {
  const req = http.request({ host: '127.0.0.1', port: proxy.address().port, path: url, method, headers: { 'proxy-connection': 'keep-alive', ...headers }, agent: false });
  req.end(body);
  const [res] = await once(req, 'response');
  res.setEncoding('utf8');
  let text = '';
  for await (const c of res) text += c;
  return { res, text };
}

async function main() {
  origin.listen(0, '127.0.0.1');
  proxy.listen(0, '127.0.0.1');
  await Promise.all([once(origin, 'listening'), once(proxy, 'listening')]);
  const o = `http://127.0.0.1:${origin.address().port}`;

  let r = await viaProxy(`${o}/hello?x=1`, { headers: { 'x-custom': 'kept', te: 'trailers' } });
  console.log('GET', r.res.statusCode, r.text);
  console.log('  headers', JSON.stringify(Object.keys(r.res.headers).filter((h) => h !== 'date').sort()), r.res.headers['set-cookie'], r.res.headers.via);

  r = await viaProxy(`${o}/upload`, { method: 'POST', body: 'x'.repeat(70000), headers: { 'content-type': 'text/plain' } });
  console.log('POST', r.res.statusCode, r.text.replace(/x{70000}/, 'x*70000'));

  r = await viaProxy(`${o}/missing`);
  console.log('404', r.res.statusCode, r.res.statusMessage, r.res.headers['x-origin']);

  r = await viaProxy(`${o}/redirect`);
  console.log('302', r.res.statusCode, r.res.headers.location, JSON.stringify(r.text));

  r = await viaProxy('/relative');
  console.log('relative', r.res.statusCode, r.text);

  // An upstream nobody listens on.
  const dead = net.createServer();
  dead.listen(0, '127.0.0.1');
  await once(dead, 'listening');
  const deadPort = dead.address().port;
  dead.close();
  await once(dead, 'close');
  r = await viaProxy(`http://127.0.0.1:${deadPort}/x`);
  console.log('refused', r.res.statusCode, r.text);

  // CONNECT with raw HTTP through the tunnel.
  let creq = http.request({ host: '127.0.0.1', port: proxy.address().port, method: 'CONNECT', path: `127.0.0.1:${origin.address().port}`, agent: false });
  creq.end();
  let [cres, socket, head] = await once(creq, 'connect');
  console.log('CONNECT', cres.statusCode, cres.statusMessage, cres.headers['proxy-agent'], head.length);
  socket.write('GET /tunnel HTTP/1.1\r\nHost: origin\r\nConnection: close\r\n\r\n');
  let raw = '';
  socket.setEncoding('utf8');
  for await (const c of socket) raw += c;
  console.log('  raw', raw.split('\r\n')[0], JSON.stringify(raw.slice(raw.indexOf('\r\n\r\n') + 4)));

  // CONNECT, then http.get over the tunnel socket.
  creq = http.request({ host: '127.0.0.1', port: proxy.address().port, method: 'CONNECT', path: `127.0.0.1:${origin.address().port}`, agent: false });
  creq.end();
  [cres, socket] = await once(creq, 'connect');
  const greq = http.get({ path: '/over-tunnel', headers: { host: 'origin', connection: 'close' }, createConnection: () => socket });
  const [gres] = await once(greq, 'response');
  gres.setEncoding('utf8');
  let gt = '';
  for await (const c of gres) gt += c;
  console.log('  tunnel get', gres.statusCode, gt);

  // CONNECT to a dead port.
  creq = http.request({ host: '127.0.0.1', port: proxy.address().port, method: 'CONNECT', path: `127.0.0.1:${deadPort}`, agent: false });
  creq.end();
  [cres, socket] = await once(creq, 'connect');
  console.log('CONNECT dead', cres.statusCode, cres.statusMessage);
  socket.destroy();

  await new Promise((r2) => setTimeout(r2, 20));
  console.log('proxy log', proxyLog.sort().join(' | '));
  proxy.close();
  origin.close();
  await Promise.all([once(proxy, 'close'), once(origin, 'close')]);
  console.log('closed');
}
main();
