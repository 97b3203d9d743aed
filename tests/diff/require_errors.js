// require of missing or relative modules from a packed program, and require.resolve errors.
for (const name of ['./missing-local', '../up', '/abs/path/x', 'some-package', 'some-package/deep', 'node:fs/nope']) {
  try {
    require(name);
  } catch (e) {
    console.log(name, e.code, e.message.split('\n')[0]);
  }
}
for (const name of ['fs', 'node:path', 'nope']) {
  try {
    console.log(require.resolve(name));
  } catch (e) {
    console.log('resolve', name, e.code);
  }
}
console.log(require.resolve.paths('fs'), Array.isArray(require.resolve.paths('x')));
