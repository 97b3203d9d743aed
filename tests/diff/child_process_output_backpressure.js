// A child's output waits while its stream is paused (the pipe fills and the child blocks), and
// flows again on resume: memory stays flat however much the child has to say.
const { spawn } = require('child_process');
const child = spawn('head', ['-c', '200000000', '/dev/zero']);
let size = 0;
child.stdout.on('data', (d) => { size += d.length; });
child.stdout.pause();
const before = process.memoryUsage().rss;
setTimeout(() => {
  const grown = process.memoryUsage().rss - before;
  console.log('paused: read at most a few chunks', size <= 1 << 20, 'memory flat', grown < 50 * 1024 * 1024);
  child.stdout.resume();
}, 300);
child.on('close', (code) => console.log('close', code, size));
