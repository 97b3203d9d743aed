// File is a global in Node 20 (same as buffer.File), a Blob subclass with name and lastModified.
(async () => {
  console.log(typeof File, typeof globalThis.File, File === require('buffer').File);
  const f = new File(['x', 'yz'], 'name.txt', { type: 'text/plain', lastModified: 42 });
  console.log([f.name, f.size, f.type, f.lastModified, f instanceof Blob, await f.text(), Object.prototype.toString.call(f)]);
  console.log(f);
  try { new File(['x']); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(new File([], 123).name, typeof new File([], 'a').lastModified, new File([], 'a', { lastModified: '7' }).lastModified);
  const s = new File(['hello'], 'h').slice(1);
  console.log(s instanceof File, s.constructor.name, await s.text());
})();
