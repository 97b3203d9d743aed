// structuredClone of Blob and File (copied as Blob, shared identity kept, clones of clones)
// and the transfer-list checks: invalid objects, duplicates, detached buffers.
(async () => {
const b = new Blob(['hello', new Uint8Array([1, 2])], { type: 'text/x' });
const c = structuredClone(b);
console.log(c, c instanceof Blob, c === b, c.size, c.type, await c.text());
const f = new File(['x'], 'n.txt', { type: 'a/b', lastModified: 5 });
try { const g = structuredClone(f); console.log(g, g instanceof File, g.name, g.lastModified); } catch (e) { console.log(e.name, e.message); }
const o = structuredClone({ list: [b, b] });
console.log(o.list[0] === o.list[1], await o.list[1].text());
try { structuredClone(b, { transfer: [b] }); } catch (e) { console.log(e.name, e.code, e.message); }
try { structuredClone(1, { transfer: [1] }); } catch (e) { console.log(e.name, e.code, e.message); }
try { structuredClone(1, { transfer: [{}] }); } catch (e) { console.log(e.name, e.code, e.message); }
const ab = new ArrayBuffer(4); const r = structuredClone({ ab }, { transfer: [ab] }); console.log(ab.byteLength, r.ab.byteLength);
try { structuredClone(ab, { transfer: [ab] }); } catch (e) { console.log(e.name, e.code, e.message); }
try { const ab2 = new ArrayBuffer(1); structuredClone(1, { transfer: [ab2, ab2] }); } catch (e) { console.log(e.name, e.code, e.message); }
try { structuredClone(() => 1); } catch (e) { console.log(e.name, e.code, e.message); }
try { structuredClone(Symbol('x')); } catch (e) { console.log(e.name, e.code, e.message); }
  // A clone of a clone, a sliced blob, a blob inside a Map, and a blob of a Buffer.
  const b2 = new Blob(["abcdef"]);
  const c2 = structuredClone(structuredClone(b2.slice(1, 4, 'T/Y')));
  console.log(c2, await c2.text(), c2.type);
  const m = structuredClone(new Map([['k', new Blob([Buffer.from('xyz')])]]));
  console.log(m, await m.get('k').arrayBuffer());
  const { Blob: B } = require('buffer');
  console.log(structuredClone(new B(['q'])) instanceof B, Object.keys(structuredClone(b)));
})();
