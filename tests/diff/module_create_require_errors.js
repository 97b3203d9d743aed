// module.createRequire argument forms and errors; the returned require's resolve, cache and built-in handling.
const Module = require('module');
const path = require('path');
const { pathToFileURL } = require('url');
const E = (label, e) => console.log(label, e.name, e.code, e.message.split('\n')[0], e.requireStack ? JSON.stringify(e.requireStack) : '');
const base = '/nonexistent-pack-dir/sub';
for (const [label, arg] of [
  ['file path', `${base}/x.js`],
  ['dir with slash', `${base}/`],
  ['file URL string', pathToFileURL(`${base}/x.js`).href],
  ['URL object', pathToFileURL(`${base}/x.js`)],
  ['dir without slash', base],
  ['root', '/'],
]) {
  const req = Module.createRequire(arg);
  let res;
  try { res = req.resolve('./missing-mod'); } catch (e) { res = `${e.code} ${JSON.stringify(e.requireStack)} ${e.message.split('\n')[0]}`; }
  console.log('createRequire', label, typeof req, typeof req.resolve, typeof req.resolve.paths, req.cache === require.cache, req.main === require.main, res);
  console.log('  builtins', req('fs') === require('fs'), req('node:path') === path, req.resolve('os'), req.resolve('node:os'), req.resolve.paths('fs'));
  try { req('./nope'); } catch (e) { E('  require missing', e); }
  try { req('nope-package'); } catch (e) { E('  require missing package', e); }
}
for (const [label, arg] of [
  ['relative', 'rel/x.js'],
  ['dot relative', './x.js'],
  ['number', 5],
  ['undefined', undefined],
  ['null', null],
  ['object', {}],
  ['http URL', new URL('http://example.com/x.js')],
  ['http string', 'http://example.com/x.js'],
  ['file URL with host', 'file://host/x.js'],
  ['empty', ''],
  ['buffer', Buffer.from('/a/b.js')],
]) {
  try {
    const r = Module.createRequire(arg);
    console.log('createRequire', label, 'ok', typeof r);
  } catch (e) {
    E(`createRequire ${label}`, e);
  }
}
const req = Module.createRequire(`${base}/main.js`);
for (const [label, fn] of [
  ['resolve bad paths', () => req.resolve('./x', { paths: 'x' })],
  ['resolve empty paths', () => req.resolve('./x', { paths: [] })],
  ['resolve builtin with paths', () => req.resolve('fs', { paths: ['/nowhere'] })],
  ['resolve empty string', () => req.resolve('')],
  ['require empty string', () => req('')],
  ['require number', () => req(1)],
  ['resolve.paths relative', () => JSON.stringify(req.resolve.paths('./x'))],
  ['resolve.paths bad', () => req.resolve.paths(5)],
]) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    E(label, e);
  }
}
