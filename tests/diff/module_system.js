// Built-in modules by bare name and node: prefix, require.resolve, module.createRequire.
const Module = require('module');
const mod = require('node:module');
console.log(mod === Module, typeof Module.createRequire, Module.isBuiltin('fs'), Module.isBuiltin('node:path'), Module.isBuiltin('nope'), Module.isBuiltin('test'), Module.isBuiltin('node:test'));
for (const name of ['fs', 'path', 'events', 'buffer', 'util', 'os', 'url', 'querystring', 'string_decoder', 'timers', 'timers/promises', 'path/posix', 'util/types']) {
  console.log(name, require(name) === require(`node:${name}`), Module.builtinModules.includes(name), require.resolve(name));
}
console.log(require.resolve('node:fs'), require('events').EventEmitter === require('events'));
const req = Module.createRequire('/tmp/some/file.js');
console.log(typeof req, req('path') === require('path'), typeof req.resolve);
try {
  req('./missing');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0], e.requireStack);
}
for (const bad of ['relative/path.js', 5]) {
  try {
    Module.createRequire(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
for (const bad of ['node:nope', 'nope-module', '', 42]) {
  try {
    require(bad);
  } catch (e) {
    console.log(e.code, e.message.split('\n')[0]);
  }
}
console.log(typeof require.cache, require.main === module, module.id, module.loaded, Module.wrap('x'));
