// Large writes that cannot go out at once wait in a queue: the bytes that arrive are those of
// the view given (its offset and length, not its whole buffer), for a socket and for a child
// process's standard input, with the reader slower than the writer.
const net = require('net');
const { spawn } = require('child_process');
const { createHash } = require('crypto');

const backing = Buffer.alloc(5 * 1024 * 1024);
for (let i = 0; i < backing.length; i++) backing[i] = (i * 7 + (i >> 12)) & 0xff;
const views = [backing.subarray(3, 3 + 2 * 1024 * 1024), backing.subarray(1024 * 1024 + 5), new Uint8Array(backing.buffer, backing.byteOffset + 11, 300000)];
const expected = createHash('sha256');
for (const view of views) expected.update(view);
const want = expected.digest('hex').slice(0, 16);
const total = views.reduce((n, v) => n + v.byteLength, 0);

const server = net.createServer((socket) => {
  const hash = createHash('sha256');
  let received = 0;
  socket.pause();
  // A slow reader: the writer's queue fills first.
  setTimeout(() => socket.resume(), 100);
  socket.on('data', (chunk) => {
    hash.update(chunk);
    received += chunk.length;
  });
  socket.on('end', () => {
    console.log('socket', received === total, hash.digest('hex').slice(0, 16) === want);
    server.close();
    viaChild();
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    const results = views.map((view) => client.write(view));
    console.log('write returned', results.join(','));
    client.end();
  });
});

function viaChild() {
  const child = spawn('cat', [], { stdio: ['pipe', 'pipe', 'inherit'] });
  const hash = createHash('sha256');
  let received = 0;
  child.stdout.on('data', (chunk) => {
    hash.update(chunk);
    received += chunk.length;
  });
  child.on('close', (code) => {
    console.log('child', code, received === total, hash.digest('hex').slice(0, 16) === want);
  });
  for (const view of views) child.stdin.write(view);
  child.stdin.end();
}
