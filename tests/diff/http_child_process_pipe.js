// A CGI-like server: request bodies piped into child processes (sort, tr, gzip -c, a failing
// command), their stdout piped back as the response with the exit code sent as a trailer,
// a missing executable answered with 500 (ENOENT), and the client gunzipping gzip's output.
const http = require('http');
const zlib = require('zlib');
const { spawn } = require('child_process');
const { once } = require('events');
const { pipeline } = require('stream');

const commands = {
  '/sort': ['sort', []],
  '/upper': ['tr', ['a-z', 'A-Z']],
  '/gzip': ['gzip', ['-c', '-n']],
  '/fail': ['sh', ['-c', 'cat >/dev/null; echo partial; echo oops >&2; exit 3']],
  '/missing': ['/nonexistent/definitely-not-here', []],
};

const server = http.createServer((req, res) => {
  const [cmd, args] = commands[req.url] || [];
  if (!cmd) { res.writeHead(404); return res.end(); }
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  let spawned = false;
  child.on('spawn', () => {
    spawned = true;
    res.writeHead(200, { 'content-type': 'application/octet-stream', trailer: 'x-exit-code, x-stderr' });
    pipeline(child.stdout, res, () => {});
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => { stderr += d; });
  child.on('error', (err) => {
    if (!spawned) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`spawn failed: ${err.code} ${err.syscall} ${err.path}`);
      req.resume();
    }
  });
  // The trailer must go before the response ends: hold the end until the child exits.
  const origEnd = res.end.bind(res);
  let exited = null;
  let ended = false;
  const finish = () => {
    if (!ended || exited === null) return;
    res.addTrailers({ 'x-exit-code': String(exited), 'x-stderr': stderr.trim() || '-' });
    origEnd();
  };
  child.on('close', (code) => { exited = code; finish(); });
  res.end = (...a) => {
    if (!spawned) return origEnd(...a);
    ended = true;
    finish();
    return res;
  };
  req.on('error', () => {});
  child.stdin.on('error', () => {});
  req.pipe(child.stdin);
});

async function call(path, body, { gunzip = false } = {}) {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, path, method: 'POST' });
  req.end(body);
  const [res] = await once(req, 'response');
  const chunks = [];
  const src = gunzip ? res.pipe(zlib.createGunzip()) : res;
  for await (const c of src) chunks.push(c);
  return { status: res.statusCode, body: Buffer.concat(chunks).toString(), trailers: res.trailers, te: res.headers['transfer-encoding'], trailerHeader: res.headers.trailer };
}

async function main() {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  let r = await call('/sort', 'pear\napple\nfig\nbanana\n');
  console.log('sort', r.status, JSON.stringify(r.body), JSON.stringify(r.trailers), r.te, r.trailerHeader);
  r = await call('/upper', 'hello, child process\n'.repeat(3));
  console.log('upper', r.status, JSON.stringify(r.body), r.trailers['x-exit-code']);
  const big = 'line of text that compresses well\n'.repeat(20000);
  r = await call('/gzip', big, { gunzip: true });
  console.log('gzip', r.status, r.body.length === big.length, r.body === big, JSON.stringify(r.trailers));
  r = await call('/fail', 'ignored input');
  console.log('fail', r.status, JSON.stringify(r.body), JSON.stringify(r.trailers));
  r = await call('/missing', 'x');
  console.log('missing', r.status, JSON.stringify(r.body), JSON.stringify(r.trailers));
  r = await call('/nope', 'x');
  console.log('nope', r.status, JSON.stringify(r.body));
  server.close();
  await once(server, 'close');
  console.log('closed');
}
main();
