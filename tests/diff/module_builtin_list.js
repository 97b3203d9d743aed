// module.builtinModules contents and isBuiltin over bare, node:-prefixed, subpath, internal and odd names.
const Module = require('module');
const list = Module.builtinModules;
console.log('array', Array.isArray(list), list.length, list.every((n) => typeof n === 'string'), list.includes('node:test'), list.includes('test'));
console.log(list.join(' '));
console.log('sorted', JSON.stringify(list) === JSON.stringify([...list].sort()));
console.log('underscored', list.filter((n) => n.startsWith('_')).join(' '));
console.log('subpaths', list.filter((n) => n.includes('/')).join(' '));
console.log('frozen', Object.isFrozen(list));
for (const name of ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'test', 'node:test', 'node:test/reporters', 'test/reporters', 'sea', 'node:sea', 'sqlite', 'node:sqlite', 'internal/util', 'node:internal/util', 'node:nope', 'NODE:fs', 'Fs', ' fs', 'fs/', 'path/posix', 'node:path/win32', '_http_agent', 'node:_http_agent', 'sys', 'node:sys', 'punycode', 'wasi', 'trace_events', 'inspector/promises', 'node:', '', 'v8', 'node:v8']) {
  console.log('isBuiltin', JSON.stringify(name), Module.isBuiltin(name));
}
for (const bad of [undefined, null, 5, {}]) {
  try {
    console.log('isBuiltin', String(bad), Module.isBuiltin(bad));
  } catch (e) {
    console.log('isBuiltin', String(bad), e.name, e.code, e.message);
  }
}
console.log('Module props', typeof Module.builtinModules, typeof Module.createRequire, typeof Module.isBuiltin, typeof Module.findSourceMap, typeof Module.syncBuiltinESMExports, typeof Module.register, typeof Module.Module, Module.Module === Module, typeof Module._load, typeof Module._resolveFilename, typeof Module._cache, typeof Module._extensions, Object.keys(Module._extensions).join(','));
