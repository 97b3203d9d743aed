// Blob endings option, File argument checks, and process.throwDeprecation turning a deprecation into an uncaught error.
(async () => {
  for (const endings of ['native', 'transparent', undefined]) {
    console.log(endings, JSON.stringify(await new Blob(['a\nb\r\nc\rd', new Uint8Array([13, 10])], { endings }).text()));
  }
  for (const endings of ['x', 5, null]) {
    try {
      new Blob([], { endings });
      console.log('no error', endings);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  try { new File(['x']); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(new File(['ab'], 'f.txt', { type: 'text/plain', lastModified: 5 }));
  process.on('exit', (code) => console.log('exit', code));
  process.throwDeprecation = true;
  process.emitWarning('old thing', 'DeprecationWarning', 'DEP_X');
  console.log('still running');
})();
