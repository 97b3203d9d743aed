// process.stdout/stderr as writable streams, process.stdin as a readable (empty here).
const { Writable, Readable } = require('stream');
console.log(process.stdout instanceof Writable, process.stdin instanceof Readable, process.stdout.isTTY, process.stdout.columns);
console.log(process.stdout.fd, process.stderr.fd, process.stdin.fd, typeof process.stdout.write, process.stdout.writable);
const ok = process.stdout.write('written directly\n', () => console.log('write callback ran'));
console.log('write returned', ok);
process.stderr.write('to stderr\n');
process.stdout.write(Buffer.from('buffer chunk\n'));
process.stdout.write('68656c6c6f0a', 'hex');
const original = process.stdout.write;
const captured = [];
process.stdout.write = (chunk) => {
  captured.push(String(chunk));
  return true;
};
console.log('captured line');
process.stdout.write = original;
console.log('captured:', JSON.stringify(captured));
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => console.log('stdin ended with', JSON.stringify(input)));
const tty = require('tty');
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(-1), typeof tty.WriteStream, typeof tty.ReadStream);
