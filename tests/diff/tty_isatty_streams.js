// tty: isatty over many fd values (stdio is piped/null here), ReadStream/WriteStream classes and errors on non-tty fds.
const tty = require('tty');
const fs = require('fs');
console.log('exports', Object.keys(tty).sort().join(','));
for (const fd of [0, 1, 2, 3, 99, -1, 1.5, 2 ** 31, '1', null, undefined, {}, NaN, true]) {
  let r;
  try { r = tty.isatty(fd); } catch (e) { r = `${e.name} ${e.code}`; }
  console.log('isatty', typeof fd === 'object' ? JSON.stringify(fd) : String(fd), r);
}
const devNull = fs.openSync('/dev/null', 'r');
console.log('isatty /dev/null', tty.isatty(devNull));
fs.closeSync(devNull);
console.log('stdio isTTY', process.stdin.isTTY, process.stdout.isTTY, process.stderr.isTTY);
console.log('stdout is WriteStream', process.stdout instanceof tty.WriteStream, 'stdin is ReadStream', process.stdin instanceof tty.ReadStream);
const WP = tty.WriteStream.prototype;
console.log('WriteStream proto', ['getColorDepth', 'hasColors', 'getWindowSize', 'clearLine', 'clearScreenDown', 'cursorTo', 'moveCursor'].map((m) => `${m}:${typeof WP[m]}`).join(' '));
console.log('ReadStream proto', ['setRawMode'].map((m) => `${m}:${typeof tty.ReadStream.prototype[m]}`).join(' '));
console.log('inheritance', Object.getPrototypeOf(WP).constructor.name, Object.getPrototypeOf(tty.ReadStream.prototype).constructor.name, Object.getPrototypeOf(WP) === Object.getPrototypeOf(tty.ReadStream.prototype));
console.log('isTTY on proto', WP.isTTY, tty.ReadStream.prototype.isTTY);
for (const [label, fn] of [
  ['WriteStream on /dev/null', () => { const fd = fs.openSync('/dev/null', 'w'); try { return new tty.WriteStream(fd); } finally { try { fs.closeSync(fd); } catch {} } }],
  ['WriteStream bad fd', () => new tty.WriteStream(-1)],
  ['WriteStream string fd', () => new tty.WriteStream('1')],
  ['ReadStream bad fd', () => new tty.ReadStream(-5)],
  ['ReadStream on /dev/null', () => { const fd = fs.openSync('/dev/null', 'r'); try { return new tty.ReadStream(fd); } finally { try { fs.closeSync(fd); } catch {} } }],
]) {
  try {
    const s = fn();
    console.log(label, 'created', s.constructor.name);
    s.destroy();
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.info ? JSON.stringify(e.info) : '');
  }
}
console.log('hasColors on non-tty proto call', (() => {
  try { return WP.hasColors.call({ getColorDepth: () => 8 }, 16); } catch (e) { return `${e.name} ${e.code}`; }
})());
for (const args of [[], [2], [256], [16777216], ['x'], [{ TERM: 'xterm-256color' }], [300, { TERM: 'dumb' }]]) {
  try {
    console.log('hasColors', JSON.stringify(args), WP.hasColors.call({ getColorDepth: WP.getColorDepth }, ...args));
  } catch (e) {
    console.log('hasColors', JSON.stringify(args), e.name, e.code, e.message);
  }
}
for (const env of [{}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { COLORTERM: 'truecolor' }, { NO_COLOR: '1', TERM: 'xterm-256color' }, { FORCE_COLOR: '0' }, { FORCE_COLOR: '1' }, { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: '' }, { CI: '1', GITHUB_ACTIONS: '1' }, { TERM: 'screen' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0' }, { NODE_DISABLE_COLORS: '1', TERM: 'xterm' }]) {
  console.log('getColorDepth', JSON.stringify(env), WP.getColorDepth.call({}, env));
}
