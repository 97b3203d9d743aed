// readline/promises Readline on a TTY-like writable: queued actions, rollback, commit of an
// empty queue, autoCommit writes, chaining, and argument validation of each action.
const { Readline } = require('readline/promises');
const { Writable } = require('stream');
const writes = [];
const tty = new Writable({ write(chunk, enc, cb) { writes.push(JSON.stringify(chunk.toString())); cb(); } });
tty.isTTY = true;
tty.columns = 80;
tty.rows = 24;
(async () => {
  const r = new Readline(tty);
  console.log('chain', r.cursorTo(0) === r, r.moveCursor(1, 1) === r, r.clearLine(1) === r, r.clearScreenDown() === r);
  r.rollback();
  console.log('rollback returns this', r.rollback() === r);
  console.log('commit of nothing', await r.commit(), writes.length);
  r.cursorTo(4, 2).moveCursor(0, 0).moveCursor(-2, 0).moveCursor(0, -3).clearLine(-1).clearLine(0);
  console.log('queued, not written', writes.length);
  const p = r.commit();
  console.log('commit is a promise', p instanceof Promise, writes.length);
  console.log('resolved with', await p, writes);
  writes.length = 0;
  const auto = new Readline(tty, { autoCommit: true });
  auto.cursorTo(1).clearScreenDown();
  console.log('autoCommit written later', writes.length);
  await new Promise((res) => process.nextTick(res));
  console.log('after a tick', writes);
  for (const [label, f] of [
    ['cursorTo string', () => r.cursorTo('1')],
    ['cursorTo fraction', () => r.cursorTo(1.5)],
    ['cursorTo bad y', () => r.cursorTo(1, 'y')],
    ['cursorTo negative', () => r.cursorTo(-1)],
    ['moveCursor fraction', () => r.moveCursor(0.5, 0)],
    ['moveCursor string', () => r.moveCursor('1', 1)],
    ['clearLine 2', () => r.clearLine(2)],
    ['clearLine string', () => r.clearLine('0')],
    ['no stream', () => new Readline()],
    ['not writable', () => new Readline({})],
    ['autoCommit string', () => new Readline(tty, { autoCommit: 'yes' })],
  ]) {
    try { f(); console.log(label, 'accepted'); } catch (e) { console.log(label, e.code, e.message); }
  }
  r.rollback();
  writes.length = 0;
  await r.cursorTo(0, 0).commit();
  console.log('final', writes);
})();
