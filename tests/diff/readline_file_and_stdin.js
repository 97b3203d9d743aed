// readline over a file stream and over standard input, with many lines and no final newline.
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const file = path.join(os.tmpdir(), `pack-rl-${process.pid}.txt`);
const lines = [];
for (let i = 0; i < 20000; i++) lines.push(`line ${i} ${'x'.repeat(i % 50)}`);
fs.writeFileSync(file, lines.join('\r\n'));
const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 1000 }), crlfDelay: Infinity });
let count = 0;
let total = 0;
rl.on('line', (l) => { count++; total += l.length; });
rl.on('close', () => {
  fs.unlinkSync(file);
  console.log('lines', count, 'chars', total);
  const stdin = readline.createInterface({ input: process.stdin });
  let n = 0;
  stdin.on('line', () => n++);
  stdin.on('close', () => console.log('stdin lines', n));
});
