// Errors at the top of an ES module: a rejected import(), then an uncaught throw with the
// module's arrow and a file URL in it.
try {
  await import('./esm_missing_' + 'file.mjs');
} catch (err) {
  console.log(err.code, err.message.replace(/'.*\//, "'<dir>/"));
}
process.on('exit', (code) => console.log('exit', code));
function fail() {
  throw new TypeError('thrown from an ES module');
}
await null;
fail();
