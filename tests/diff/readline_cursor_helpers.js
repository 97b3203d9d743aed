// readline's terminal helpers write ANSI sequences to any writable: cursorTo, moveCursor,
// clearLine in each direction, clearScreenDown; with callbacks and their return values.
const readline = require('readline');
const { Writable } = require('stream');

const written = [];
const sink = new Writable({
  write(chunk, encoding, callback) {
    written.push(JSON.stringify(chunk.toString()));
    callback();
  },
});

const results = [];
results.push(readline.cursorTo(sink, 5));
results.push(readline.cursorTo(sink, 3, 7));
results.push(readline.cursorTo(sink, 0, 0, () => written.push('cursorTo callback')));
results.push(readline.moveCursor(sink, 2, 0));
results.push(readline.moveCursor(sink, -3, 4));
results.push(readline.moveCursor(sink, 0, -1, () => written.push('moveCursor callback')));
results.push(readline.moveCursor(sink, 0, 0));
for (const dir of [-1, 0, 1]) results.push(readline.clearLine(sink, dir));
results.push(readline.clearLine(sink, 0, () => written.push('clearLine callback')));
results.push(readline.clearScreenDown(sink, () => written.push('clearScreenDown callback')));
results.push(readline.cursorTo(null, 1));
try {
  readline.cursorTo(sink, 'x');
} catch (e) {
  results.push(`${e.code}: ${e.message}`);
}
setImmediate(() => {
  console.log(results);
  console.log(written.join('\n'));
});
