// fs chmod/fchmod/lchmod and chown/fchown/lchown: mode forms (octal strings, numbers), uid/gid validation and errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-cco-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const E = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, show(e.message));
const p = (...a) => path.join(dir, ...a);
const mode = (f) => (fs.lstatSync(f).mode & 0o7777).toString(8);
fs.writeFileSync(p('f'), '');
fs.symlinkSync('f', p('l'));
console.log('lchmod', typeof fs.lchmod, typeof fs.lchmodSync, typeof fs.promises.lchmod, typeof fs.lchown, typeof fs.fchown);
for (const m of [0o600, '644', '0755', 0o4755, 511, '1777', 0]) {
  fs.chmodSync(p('f'), m);
  console.log('chmod', typeof m, String(m), mode(p('f')));
}
fs.chmodSync(p('l'), 0o640);
console.log('chmod through link', mode(p('f')), fs.lstatSync(p('l')).isSymbolicLink());
const fd = fs.openSync(p('f'), 'r');
fs.fchmodSync(fd, '600');
console.log('fchmod', mode(p('f')));
const uid = process.getuid();
const gid = process.getgid();
fs.chownSync(p('f'), uid, gid);
fs.fchownSync(fd, uid, gid);
fs.lchownSync(p('l'), uid, gid);
fs.chownSync(p('f'), -1, -1);
console.log('chown same ids', fs.statSync(p('f')).uid === uid, fs.statSync(p('f')).gid === gid);
for (const [label, fn] of [
  ['chmod missing', () => fs.chmodSync(p('missing'), 0o644)],
  ['chmod bad string', () => fs.chmodSync(p('f'), '999')],
  ['chmod hex string', () => fs.chmodSync(p('f'), '0x1ff')],
  ['chmod negative', () => fs.chmodSync(p('f'), -1)],
  ['chmod too big', () => fs.chmodSync(p('f'), 2 ** 32)],
  ['chmod float', () => fs.chmodSync(p('f'), 1.5)],
  ['chmod undefined', () => fs.chmodSync(p('f'))],
  ['chmod object', () => fs.chmodSync(p('f'), {})],
  ['fchmod bad fd', () => fs.fchmodSync(-1, 0o644)],
  ['fchmod closed fd', () => fs.fchmodSync(99999, 0o644)],
  ['fchmod bad mode', () => fs.fchmodSync(fd, 'rwx')],
  ['chown missing', () => fs.chownSync(p('missing'), uid, gid)],
  ['chown uid string', () => fs.chownSync(p('f'), '0', gid)],
  ['chown uid -2', () => fs.chownSync(p('f'), -2, gid)],
  ['chown uid float', () => fs.chownSync(p('f'), 1.5, gid)],
  ['chown gid too big', () => fs.chownSync(p('f'), uid, 2 ** 32)],
  ['chown no gid', () => fs.chownSync(p('f'), uid)],
  ['fchown bad fd', () => fs.fchownSync('x', uid, gid)],
  ['fchown closed fd', () => fs.fchownSync(99999, uid, gid)],
  ['lchown missing', () => fs.lchownSync(p('missing'), uid, gid)],
  ['lchmod sync', () => fs.lchmodSync(p('l'), 0o600)],
]) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    E(label, e);
  }
}
fs.closeSync(fd);
fs.chmod(p('f'), 0o700, (e) => {
  console.log('cb chmod', e, mode(p('f')));
  fs.chmod(p('missing'), 0o700, (e2) => {
    E('cb chmod missing', e2);
    fs.chown(p('missing'), uid, gid, (e3) => {
      E('cb chown missing', e3);
      try { fs.chmod(p('f'), 'abc', () => {}); } catch (e4) { E('cb chmod bad mode', e4); }
      try { fs.chown(p('f'), uid, gid); } catch (e4) { E('chown no cb', e4); }
      (async () => {
        await fs.promises.chmod(p('f'), '640');
        console.log('promise chmod', mode(p('f')));
        try { await fs.promises.chmod(p('missing'), 0o600); } catch (e) { E('promise chmod missing', e); }
        try { await fs.promises.chown(p('f'), 'a', 0); } catch (e) { E('promise chown bad uid', e); }
        try { await fs.promises.lchown(p('missing'), uid, gid); } catch (e) { E('promise lchown missing', e); }
      })();
    });
  });
});
