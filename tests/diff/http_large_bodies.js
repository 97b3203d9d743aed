// Large bodies both ways with backpressure: a 8 MB upload piped back, checked by hash.
const http = require('http');
const crypto = require('crypto');
const { pipeline } = require('stream');

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
  pipeline(req, res, (err) => console.log('server pipeline', err ? err.code : 'ok'));
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ port, host: '127.0.0.1', method: 'POST' }, (res) => {
    const hash = crypto.createHash('sha256');
    let bytes = 0;
    let pauses = 0;
    res.on('data', (chunk) => {
      bytes += chunk.length;
      hash.update(chunk);
      // A slow reader: the server must wait for it.
      if (bytes % (1 << 20) < chunk.length) {
        pauses++;
        res.pause();
        setTimeout(() => res.resume(), 5);
      }
    });
    res.on('end', () => {
      console.log('received', bytes, hash.digest('hex'), pauses > 0, res.headers['transfer-encoding']);
      server.close();
    });
  });
  const sent = crypto.createHash('sha256');
  let written = 0;
  let falses = 0;
  const block = Buffer.alloc(64 * 1024);
  function writeMore() {
    while (written < 8 * 1024 * 1024) {
      block.fill(written % 251);
      sent.update(block);
      written += block.length;
      if (!req.write(block)) {
        falses++;
        req.once('drain', writeMore);
        return;
      }
    }
    console.log('sent', written, sent.digest('hex'), falses > 0);
    req.end();
  }
  writeMore();
});
