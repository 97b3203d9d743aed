// fs access/accessSync/exists/existsSync/promises.access: modes, odd arguments, permission results and error shapes.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-aem-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const E = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, show(e.message), show(e.path));
const p = (...a) => path.join(dir, ...a);
const { F_OK, R_OK, W_OK, X_OK } = fs.constants;
console.log(F_OK, R_OK, W_OK, X_OK, fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
fs.writeFileSync(p('rw'), '');
fs.writeFileSync(p('exec'), '', { mode: 0o755 });
fs.mkdirSync(p('d'));
fs.symlinkSync('nothing', p('dangling'));
const isRoot = process.getuid && process.getuid() === 0;
for (const [label, fn] of [
  ['rw F_OK', () => fs.accessSync(p('rw'))],
  ['rw R|W', () => fs.accessSync(p('rw'), R_OK | W_OK)],
  ['rw X', () => fs.accessSync(p('rw'), X_OK)],
  ['exec X', () => fs.accessSync(p('exec'), X_OK)],
  ['dir X', () => fs.accessSync(p('d'), X_OK)],
  ['dangling', () => fs.accessSync(p('dangling'))],
  ['missing', () => fs.accessSync(p('missing'), R_OK)],
  ['through file', () => fs.accessSync(p('rw/x'))],
  ['mode 8', () => fs.accessSync(p('rw'), 8)],
  ['mode -1', () => fs.accessSync(p('rw'), -1)],
  ['mode string', () => fs.accessSync(p('rw'), 'r')],
  ['mode undefined', () => fs.accessSync(p('rw'), undefined)],
  ['mode null', () => fs.accessSync(p('rw'), null)],
  ['path undefined', () => fs.accessSync()],
  ['path URL', () => fs.accessSync(new URL(`file://${p('rw')}`))],
  ['path Buffer', () => fs.accessSync(Buffer.from(p('rw')))],
  ['empty path', () => fs.accessSync('')],
]) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    E(label, e);
  }
}
console.log('root-only readable check', (() => {
  fs.chmodSync(p('rw'), 0o000);
  try { fs.accessSync(p('rw'), R_OK); return isRoot ? 'ok-as-expected' : 'unexpected'; } catch (e) { return isRoot ? 'unexpected' : e.code; } finally { fs.chmodSync(p('rw'), 0o644); }
})());
console.log('existsSync', [p('rw'), p('d'), p('dangling'), p('missing'), '', '.', Buffer.from(p('rw')), new URL(`file://${p('d')}`), 5, {}, null, undefined, 'a\0b', Symbol('s')].map((x) => {
  try { return fs.existsSync(x); } catch (e) { return e.code; }
}).join(' '));
fs.exists(p('rw'), (a, b) => {
  console.log('exists cb args', a, b);
  fs.exists(p('missing'), (a2) => {
    console.log('exists missing', a2);
    fs.exists(5, (a3) => {
      console.log('exists number', a3);
      try { fs.exists(p('rw')); } catch (e) { E('exists no cb', e); }
      console.log('exists promisified', typeof require('util').promisify(fs.exists));
      require('util').promisify(fs.exists)(p('rw')).then((v) => {
        console.log('promisified exists', v);
        fs.access(p('missing'), W_OK, (e) => {
          E('cb access missing', e);
          fs.access(p('rw'), (e2) => {
            console.log('cb access ok', e2);
            try { fs.access(p('rw'), 99, () => {}); } catch (e3) { E('cb access bad mode', e3); }
            try { fs.access(p('rw'), R_OK); } catch (e3) { E('access no cb', e3); }
            fs.promises.access(p('dangling')).catch((e4) => E('promise access dangling', e4))
              .then(() => fs.promises.access(p('exec'), X_OK)).then((v) => console.log('promise access exec', v))
              .then(() => fs.promises.access(p('rw'), 'x')).catch((e5) => E('promise access bad mode', e5));
          });
        });
      });
    });
  });
});
