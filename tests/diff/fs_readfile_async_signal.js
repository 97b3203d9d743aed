// fs readFile/writeFile/appendFile callback and promise forms, AbortSignal handling and errors.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-rfs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (s) => String(s).replaceAll(dir, '<tmp>');
const f = path.join(dir, 'a.txt');
const err = (label, e) => console.log(label, e && e.name, e && e.code, e && show(e.message), e && e.cause !== undefined ? String(e.cause) : '');
const steps = [
  (next) => fs.writeFile(f, 'abc', (e) => { console.log('writeFile cb', e); next(); }),
  (next) => fs.appendFile(f, 'def', 'utf8', (e) => { console.log('appendFile cb', e); next(); }),
  (next) => fs.readFile(f, (e, d) => { console.log('readFile buf', e, d); next(); }),
  (next) => fs.readFile(f, 'hex', (e, d) => { console.log('readFile hex', e, d); next(); }),
  (next) => fs.readFile(f, { encoding: 'base64', flag: 'r' }, (e, d) => { console.log('readFile b64', e, d); next(); }),
  (next) => fs.readFile(path.join(dir, 'missing'), (e, d) => { err('readFile missing', e); console.log(d); next(); }),
  (next) => fs.readFile(dir, (e) => { err('readFile dir', e); console.log(e.syscall, e.errno); next(); }),
  (next) => fs.writeFile(f, 'x', { flag: 'wx' }, (e) => { err('writeFile wx', e); next(); }),
  (next) => {
    const ac = new AbortController();
    ac.abort();
    fs.readFile(f, { signal: ac.signal }, (e) => { err('readFile pre-aborted', e); next(); });
  },
  (next) => {
    const ac = new AbortController();
    ac.abort('why');
    fs.readFile(f, { signal: ac.signal }, (e) => { err('readFile reason', e); next(); });
  },
  (next) => {
    const ac = new AbortController();
    ac.abort();
    fs.writeFile(f, 'zzz', { signal: ac.signal }, (e) => { err('writeFile pre-aborted', e); console.log(fs.readFileSync(f, 'utf8')); next(); });
  },
  (next) => {
    try {
      fs.readFile(f, { signal: 'nope' }, () => {});
    } catch (e) { err('bad signal', e); }
    next();
  },
  (next) => {
    try { fs.writeFile(f, 'x'); } catch (e) { err('writeFile no cb', e); }
    try { fs.appendFile(f, 'x', 'utf8'); } catch (e) { err('appendFile no cb', e); }
    try { fs.readFile(f, 'utf8', 'cb'); } catch (e) { err('readFile bad cb', e); }
    next();
  },
  async (next) => {
    await fsp.writeFile(f, 'promised');
    await fsp.appendFile(f, '!', { encoding: 'utf8' });
    console.log('fsp', await fsp.readFile(f, 'utf8'), (await fsp.readFile(f)).length);
    const ac = new AbortController();
    ac.abort();
    try { await fsp.readFile(f, { signal: ac.signal }); } catch (e) { err('fsp readFile aborted', e); }
    try { await fsp.writeFile(f, 'q', { signal: ac.signal }); } catch (e) { err('fsp writeFile aborted', e); }
    const ac2 = new AbortController();
    ac2.abort(new Error('custom reason'));
    try { await fsp.readFile(f, { signal: ac2.signal }); } catch (e) { err('fsp custom reason', e); }
    try { await fsp.writeFile(f, 42); } catch (e) { err('fsp writeFile number', e); }
    try { await fsp.readFile(f, { encoding: 'nope' }); } catch (e) { err('fsp bad encoding', e); }
    async function* gen() { yield 'a'; yield Buffer.from('b'); yield 'c'; }
    await fsp.writeFile(f, gen());
    console.log('from iterable', await fsp.readFile(f, 'utf8'));
    await fsp.writeFile(f, ['x', 'y']);
    console.log('from array', await fsp.readFile(f, 'utf8'));
    next();
  },
];
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); else console.log('done'); };
next();
