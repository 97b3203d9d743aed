// fs mkdir (recursive return values in all forms, modes) and mkdtemp (prefix forms, encodings), with their errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-mkr-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => (s === undefined ? 'undefined' : String(s).replaceAll(dir, '<tmp>'));
const E = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, show(e.message));
console.log('plain', show(fs.mkdirSync(path.join(dir, 'p'))));
console.log('recursive new', show(fs.mkdirSync(path.join(dir, 'r1/r2/r3'), { recursive: true })));
console.log('recursive existing', show(fs.mkdirSync(path.join(dir, 'r1/r2'), { recursive: true })));
console.log('recursive partial', show(fs.mkdirSync(path.join(dir, 'r1/r2/x/y'), { recursive: true })));
console.log('recursive root', show(fs.mkdirSync('/', { recursive: true })));
console.log('recursive relative dots', show(fs.mkdirSync(path.join(dir, 'r1/../dots/./z'), { recursive: true })));
console.log('mode', show(fs.mkdirSync(path.join(dir, 'm'), 0o700)), (fs.statSync(path.join(dir, 'm')).mode & 0o777).toString(8));
console.log('mode str', show(fs.mkdirSync(path.join(dir, 'm2'), { mode: '750' })), (fs.statSync(path.join(dir, 'm2')).mode & 0o777).toString(8));
console.log('buffer path', show(fs.mkdirSync(Buffer.from(path.join(dir, 'bp/q')), { recursive: true })));
fs.writeFileSync(path.join(dir, 'file'), '');
for (const [label, fn] of [
  ['exists', () => fs.mkdirSync(path.join(dir, 'p'))],
  ['no parent', () => fs.mkdirSync(path.join(dir, 'n1/n2'))],
  ['under file', () => fs.mkdirSync(path.join(dir, 'file/x'))],
  ['recursive under file', () => fs.mkdirSync(path.join(dir, 'file/x/y'), { recursive: true })],
  ['recursive on file', () => fs.mkdirSync(path.join(dir, 'file'), { recursive: true })],
  ['recursive not bool', () => fs.mkdirSync(path.join(dir, 'rb'), { recursive: 'yes' })],
  ['bad mode', () => fs.mkdirSync(path.join(dir, 'bm'), { mode: -1 })],
  ['bad options', () => fs.mkdirSync(path.join(dir, 'bo'), 'abc')],
  ['no path', () => fs.mkdirSync()],
  ['mkdtemp missing parent', () => fs.mkdtempSync(path.join(dir, 'none/x-'))],
  ['mkdtemp number', () => fs.mkdtempSync(5)],
  ['mkdtemp null byte', () => fs.mkdtempSync('a\0b')],
  ['mkdtemp bad encoding', () => fs.mkdtempSync(path.join(dir, 'x-'), 'zz')],
]) {
  try {
    console.log(label, 'ok', show(fn()));
  } catch (e) {
    E(label, e);
  }
}
const t1 = fs.mkdtempSync(path.join(dir, 'tmp-'));
console.log('mkdtemp', /^<tmp>\/tmp-[A-Za-z0-9]{6}$/.test(show(t1)), fs.statSync(t1).isDirectory(), (fs.statSync(t1).mode & 0o777).toString(8));
const t2 = fs.mkdtempSync(path.join(dir, 'raw'), { encoding: 'buffer' });
console.log('mkdtemp buffer', Buffer.isBuffer(t2), /raw[A-Za-z0-9]{6}$/.test(t2.toString()));
const t3 = fs.mkdtempSync(Buffer.from(path.join(dir, 'b-')));
console.log('mkdtemp buffer prefix', typeof t3, /b-[A-Za-z0-9]{6}$/.test(t3));
const t4 = fs.mkdtempSync(path.join(dir, 'sub/'.replace('sub/', 'p/')));
console.log('mkdtemp trailing slash', path.dirname(show(t4)), path.basename(t4).length);
fs.mkdir(path.join(dir, 'cb1/cb2'), { recursive: true }, (e, first) => {
  console.log('cb recursive', e, show(first));
  fs.mkdir(path.join(dir, 'cb1/cb2'), { recursive: true }, (e2, first2) => {
    console.log('cb recursive existing', e2, show(first2));
    fs.mkdir(path.join(dir, 'cb3'), (e3, r3) => {
      console.log('cb plain', e3, show(r3));
      fs.mkdir(path.join(dir, 'cb3'), (e4) => {
        E('cb exists', e4);
        fs.mkdtemp(path.join(dir, 'cbt-'), (e5, p5) => {
          console.log('cb mkdtemp', e5, /cbt-.{6}$/.test(p5));
          (async () => {
            console.log('promise recursive', show(await fs.promises.mkdir(path.join(dir, 'pr/a/b'), { recursive: true })));
            console.log('promise recursive existing', show(await fs.promises.mkdir(path.join(dir, 'pr/a'), { recursive: true })));
            console.log('promise plain', show(await fs.promises.mkdir(path.join(dir, 'pp'))));
            try { await fs.promises.mkdir(path.join(dir, 'file/q'), { recursive: true }); } catch (e) { E('promise under file', e); }
            try { await fs.promises.mkdtemp(path.join(dir, 'nope/x')); } catch (e) { e.message = e.message.replace(/x[A-Za-z0-9]{6}'$/, "xXXXXXX'"); E('promise mkdtemp missing', e); }
            console.log('promise mkdtemp', /pt-.{6}$/.test(await fs.promises.mkdtemp(path.join(dir, 'pt-'))));
          })();
        });
      });
    });
  });
});
