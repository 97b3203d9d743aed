// A socket over a JS stream (Node's _stream_wrap) keeps its idle timeout fresh while data
// flows either way, and times out once both directions fall quiet.
const { Duplex } = require('stream');
const JSStreamSocket = require('_stream_wrap');

const start = Date.now();
const log = [];
const inner = new Duplex({
  read() {},
  write(chunk, _encoding, callback) {
    log.push(`inner got ${chunk.length} bytes`);
    callback();
  },
});
const socket = new JSStreamSocket(inner);
let timeouts = 0;
socket.setTimeout(400, () => {
  timeouts++;
  const quiet = Date.now() - start;
  log.push(`timeout after the traffic: ${quiet >= 850}`);
  socket.destroy();
});
socket.on('data', (d) => log.push(`socket read ${d}`));
socket.on('close', () => log.push(`closed, timeouts: ${timeouts}`));
// The socket's timer does not hold the process open; this one does, past the expected timeout.
setTimeout(() => console.log(log.join('\n')), 1800);

// Reads every 50 ms for 250 ms, then writes every 50 ms for 250 ms more: never 400 ms quiet.
let step = 0;
const traffic = setInterval(() => {
  step++;
  if (step <= 5) inner.push(`r${step}`);
  else socket.write(`w${step}`);
  if (step === 10) clearInterval(traffic);
}, 50);
