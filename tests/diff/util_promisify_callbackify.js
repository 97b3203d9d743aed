// util.promisify (custom symbol, multiple results, this), util.callbackify (falsy rejection reasons).
const util = require('util');
const err = (label, e) => console.log(label, 'ERR', e && e.name, e && e.code, e && e.message, e && Object.keys(e));
(async () => {
  const cbOk = (a, b, cb) => cb(null, a + b);
  console.log('basic', await util.promisify(cbOk)(1, 2));
  const cbErr = (cb) => cb(new Error('cb failed'));
  try { await util.promisify(cbErr)(); } catch (e) { err('rejects', e); }
  const cbMulti = (cb) => cb(null, 1, 2, 3);
  console.log('multi values takes first', await util.promisify(cbMulti)());
  const cbFalsyErr = (cb) => cb(0, 'val');
  console.log('falsy err', await util.promisify(cbFalsyErr)());
  const cbStrErr = (cb) => cb('string error');
  try { await util.promisify(cbStrErr)(); } catch (e) { console.log('string err', e); }
  const obj = { v: 7, m(cb) { cb(null, this && this.v); } };
  console.log('this binding', await util.promisify(obj.m).call(obj));
  const custom = function c() {};
  custom[util.promisify.custom] = () => Promise.resolve('custom!');
  console.log('custom', util.promisify(custom) === custom[util.promisify.custom], await util.promisify(custom)());
  console.log('custom symbol', util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'), String(util.promisify.custom));
  const bad = function b() {}; bad[util.promisify.custom] = 'nope';
  try { util.promisify(bad); } catch (e) { err('bad custom', e); }
  try { util.promisify('x'); } catch (e) { err('not fn', e); }
  try { util.promisify(); } catch (e) { err('undefined', e); }
  const p = util.promisify(cbOk);
  console.log('props', p.name, p.length, Object.getPrototypeOf(p) === Object.getPrototypeOf(cbOk), util.promisify(p) === p, p[util.promisify.custom] === p);
  function named(x, cb) { cb(null, x); }
  named.extra = 'kept';
  const pn = util.promisify(named);
  console.log('copied props', pn.name, pn.extra, Object.getOwnPropertyNames(pn).filter((k) => k !== 'arguments' && k !== 'caller').sort());
  const throwsSync = () => { throw new Error('sync throw'); };
  try { await util.promisify(throwsSync)(); } catch (e) { err('sync throw', e); }
  // callbackify
  const done = (label) => (e, v) => console.log(label, e === null ? null : e instanceof Error ? [e.name, e.code, e.message, 'reason' in e ? e.reason : 'no-reason'] : e, v);
  const wait = () => new Promise((r) => setTimeout(r, 5));
  util.callbackify(async (a) => a * 2)(21, done('cb ok'));
  await wait();
  util.callbackify(async () => { throw new TypeError('cb async fail'); })(done('cb reject'));
  await wait();
  for (const reason of [null, undefined, 0, '', false, NaN]) {
    util.callbackify(() => Promise.reject(reason))(done('falsy ' + String(reason)));
    await wait();
  }
  util.callbackify(() => Promise.reject('truthy string'))(done('truthy'));
  await wait();
  util.callbackify(function () { return Promise.resolve(this && this.tag); }).call({ tag: 'T' }, done('cb this'));
  await wait();
  try { util.callbackify(async () => 1)(1); } catch (e) { err('cb last not fn', e); }
  try { util.callbackify('x'); } catch (e) { err('callbackify not fn', e); }
  const cbf = util.callbackify(async function orig(a, b) {});
  console.log('cb props', cbf.name, cbf.length);
  process.once('uncaughtException', (e) => console.log('uncaught from callback:', e.message));
  util.callbackify(async () => 1)(() => { throw new Error('thrown in callback'); });
  await wait();
  console.log('end');
})();
